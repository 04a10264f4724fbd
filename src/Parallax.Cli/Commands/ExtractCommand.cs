using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Extract;
using Parallax.Ingest;
using Parallax.Model;

namespace Parallax.Cli.Commands;

/// <summary>
/// <c>parallax extract PATH...</c>: clean text and metadata per document, as JSON (one document) or JSON Lines
/// (several). A document that fails gives an error object in its place and the rest go on.
/// </summary>
public static class ExtractCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files, directories, JSONL, RSS/Atom, WARC(.gz) files or http(s) URLs (sniffed by content).",
        };
        var format = Options.Format("auto", "auto", "json", "jsonl");
        var url = new Option<string?>("--url") { Description = "The page's URL, for a single input read from a file (sets url and outlet)." };
        var fetch = new Option<bool>("--fetch") { Description = "Fetch the linked page of each feed item instead of using the item's summary." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from private, loopback and link-local addresses." };
        var output = Options.Out();
        var command = new Command("extract", "Extract the article text and metadata from each document.")
        {
            paths, format, url, fetch, allowPrivate, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0)
                throw new FatalException("no input: give at least one file, directory or URL");
            var options = new SourceOptions { Fetch = parse.GetValue(fetch), AllowPrivate = parse.GetValue(allowPrivate), UrlOverride = parse.GetValue(url) };
            using var sources = SourceFactory.Create(inputs, options);
            var extractor = new ArticleExtractor();
            var jsonl = parse.GetValue(format) switch
            {
                "jsonl" => true,
                "json" => false,
                _ => inputs.Length > 1 || !File.Exists(inputs[0]) || SourceFactory.IsContainer(inputs[0]),
            };
            var file = parse.GetValue(output);
            var stream = OpenOutput(file);
            var errors = 0;
            var count = 0;
            await foreach (var item in sources.ReadAsync(ct))
            {
                count++;
                using (var writer = new Utf8JsonWriter(stream, WriterOptions with { Indented = !jsonl }))
                {
                    if (item.Error is { } error)
                    {
                        errors++;
                        WriteError(writer, error.Source, null, error.Message);
                    }
                    else
                    {
                        var raw = item.Document!;
                        try
                        {
                            Write(writer, extractor.Extract(raw, ct));
                        }
                        catch (DocumentException ex)
                        {
                            errors++;
                            WriteError(writer, raw.Source.Path, raw.Source.Url, ex.Message);
                        }
                    }
                }

                stream.WriteByte((byte)'\n');
                await stream.FlushAsync(ct);
            }

            await stream.DisposeAsync();
            if (file is not null)
                File.Move(file.FullName + ".tmp", file.FullName, overwrite: true);
            return count > 0 && errors == count ? ExitCodes.Partial : ExitCodes.ForErrors(errors);
        });
        return command;
    }

    /// <summary>Standard output, or a temporary file beside the target that replaces it only once every document is written.</summary>
    private static Stream OpenOutput(FileInfo? file)
    {
        if (file is null)
            return Console.OpenStandardOutput();
        try
        {
            return File.Create(file.FullName + ".tmp");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"cannot write {file.FullName}: {ex.Message}", ex);
        }
    }

    private static void WriteError(Utf8JsonWriter w, string? path, string? url, string message)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteString("url", url);
        w.WriteString("error", message);
        w.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, Article a)
    {
        var m = a.Metadata;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("path", a.Source.Path);
        w.WriteString("url", a.Source.Url ?? m.CanonicalUrl);
        w.WriteString("canonical_url", m.CanonicalUrl);
        w.WriteString("outlet", a.Source.Outlet);
        w.WriteString("title", m.Title);
        w.WriteString("dek", m.Dek);
        w.WriteString("byline", m.Byline);
        w.WriteString("dateline", m.Dateline);
        if (m.Published is { } p)
            w.WriteString("published", p.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        else
            w.WriteNull("published");
        w.WriteString("language", m.Language);
        w.WriteString("text", a.Text);
        w.WriteStartArray("captions");
        foreach (var c in a.Captions)
            w.WriteStringValue(c);
        w.WriteEndArray();
        w.WriteStartArray("removed");
        foreach (var r in a.Removed)
        {
            w.WriteStartObject();
            w.WriteNumber("start", r.Start);
            w.WriteNumber("length", r.Length);
            w.WriteString("reason", r.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var x in a.Warnings)
            w.WriteStringValue(x);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
