using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Annotations;
using Parallax.Extract.Decoding;
using Parallax.Ingest;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Stages;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax quotes PATH...</c>: one object per quote, with speaker and cue.</summary>
public static class QuotesCommand
{
    public static Command Create() => FactsCommand.Create(
        "quotes",
        "Print every quote (direct, partial, indirect) with its speaker and cue.",
        static doc => doc.Quotes.Length,
        static (w, path, doc, i) =>
        {
            var q = doc.Quotes[i];
            {
                w.WriteStartObject();
                w.WriteString("path", path);
                w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
                FactsCommand.Span(w, doc.Text, new TextRange(q.Start, q.Length));
                if (!q.Second.IsNone)
                {
                    w.WritePropertyName("second");
                    w.WriteStartObject();
                    FactsCommand.Span(w, doc.Text, q.Second);
                    w.WriteEndObject();
                }

                w.WritePropertyName("speaker");
                if (q.Speaker.IsNone)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteStartObject();
                    FactsCommand.Span(w, doc.Text, q.Speaker);
                    w.WriteString("name", q.SpeakerName);
                    w.WriteString("entity", q.SpeakerEntity);
                    w.WriteEndObject();
                }

                w.WritePropertyName("cue");
                if (q.Cue.IsNone)
                {
                    w.WriteNullValue();
                }
                else
                {
                    w.WriteStartObject();
                    FactsCommand.Span(w, doc.Text, q.Cue);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }
        });
}

/// <summary>What quotes and claims share: reading paths, the --no-clean mode and json/jsonl output.</summary>
internal static class FactsCommand
{
    public delegate void Writer(Utf8JsonWriter writer, string path, Document document, int index);

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static Command Create(string name, string description, Func<Document, int> count, Writer write)
    {
        var paths = Options.Paths();
        var format = Options.Format("json", "json", "jsonl");
        var noClean = new Option<bool>("--no-clean")
        {
            Description = "Take each file as already-clean text: no extraction, and offsets point into the file exactly.",
        };
        var output = Options.Out();
        var command = new Command(name, description) { paths, format, noClean, output };
        command.SetAction(async (parse, ct) =>
        {
            var engine = Engine.CreateDefault();
            IExtractor extractor = parse.GetValue(noClean) ? new CleanTextExtractor() : engine.Documents.Extractor;
            var pipeline = new DocumentPipeline(extractor, engine.Documents.Stages);
            var jsonl = parse.GetValue(format) == "jsonl";
            using var buffer = new MemoryStream();
            var errors = 0;
            using (var w = new Utf8JsonWriter(buffer, jsonl ? Compact : Indented))
            {
                if (!jsonl)
                    w.WriteStartArray();
                await foreach (var outcome in new PipelineRunner(pipeline).RunAsync(new FileSource(parse.GetValue(paths)!), ct))
                {
                    if (outcome.Error is { } error)
                    {
                        errors++;
                        Console.Error.WriteLine($"parallax: {error.Source}: {error.Stage}: {error.Message}");
                        continue;
                    }

                    var doc = outcome.Document!;
                    for (var i = 0; i < count(doc); i++)
                    {
                        write(w, doc.Article.Source.Display, doc, i);
                        if (!jsonl)
                            continue;
                        w.Flush();
                        buffer.WriteByte((byte)'\n');
                        w.Reset();
                    }
                }

                if (!jsonl)
                    w.WriteEndArray();
            }

            var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            await Output.WriteAsync(parse.GetValue(output), jsonl ? text : text + "\n", ct);
            return ExitCodes.ForErrors(errors);
        });
        return command;
    }

    public static void Span(Utf8JsonWriter w, string text, TextRange r)
    {
        w.WriteString("text", text.AsSpan(r.Start, r.Length));
        w.WriteNumber("start", r.Start);
        w.WriteNumber("length", r.Length);
    }

    /// <summary>The file's decoded text as it is, so every offset is an offset into the file.</summary>
    private sealed class CleanTextExtractor : IExtractor
    {
        public Article Extract(RawDocument raw, CancellationToken cancellationToken)
        {
            var text = TextDecoder.Decode(raw.Content.Span).Text;
            if (text.AsSpan().IsWhiteSpace())
                throw new DocumentException("no text (only white space)");
            var meta = new ArticleMetadata { Title = raw.TitleHint, Published = raw.PublishedHint };
            return new Article(raw.Source, text, text, meta);
        }
    }
}
