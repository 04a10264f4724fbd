using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Parallax.Events;
using Parallax.Events.Evaluation;
using Parallax.Ingest;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Pipeline.Output;

namespace Parallax.Cli.Commands;

/// <summary>`parallax events`: coded political events from articles, from one sentence per line, or scored on a development set.</summary>
public static class EventsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or directories to read." };
        var format = Options.Format("json", "json", "jsonl");
        var sentences = new Option<FileInfo?>("--sentences") { Description = "Read one sentence per line (optionally id<TAB>sentence) and write JSONL with that id." };
        var date = new Option<string?>("--date") { Description = "Date (YYYYMMDD) of the sentences, used as the event date." };
        var annotated = new Option<bool>("--annotated") { Description = "Sentences carry hand annotation ([Iran|IRN] ...) instead of going through the NLP stages." };
        var dict = DictOption();
        var eval = new Option<FileInfo?>("--eval") { Description = "Score the coder on a development-set file and print accuracy." };
        var showErrors = new Option<bool>("--show-errors") { Description = "With --eval, list every missed or spurious event." };
        var output = Options.Out();
        var command = new Command("events", "Code political events (CAMEO, Goldstein) from articles or sentences.")
        {
            paths, format, sentences, date, annotated, dict, eval, showErrors, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var coder = Coder(parse.GetValue(dict));
            if (parse.GetValue(eval) is { } evalFile)
                return Evaluate(coder, evalFile, parse.GetValue(showErrors));
            if (parse.GetValue(sentences) is { } file)
                return await Sentences(coder, file, ParseDate(parse.GetValue(date)), parse.GetValue(annotated), parse.GetValue(output), ct);
            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0)
            {
                Console.Error.WriteLine("parallax: events needs PATH..., --sentences FILE or --eval FILE");
                return ExitCodes.Usage;
            }

            var engine = Engine.CreateDefault(eventCoder: coder);
            var result = await new ProgressDisplay().RunAsync("coding events", p => engine.AnalyzeAsync(SourceFactory.Create(inputs), p, ct));
            var events = new List<EventDto>();
            foreach (var doc in result.Corpus.Documents)
                events.AddRange(ReportBuilder.Events(doc));

            await Output.WriteAsync(parse.GetValue(output), Render(events, parse.GetValue(format) == "jsonl"), ct);
            Console.Error.WriteLine($"{events.Count} events, {events.Count(e => !e.Negated && e.Modality == "happened")} counted (happened, not negated)");
            foreach (var e in result.Errors)
                Console.Error.WriteLine($"parallax: {e}");
            return ExitCodes.ForErrors(result.Errors.Count);
        });
        return command;
    }

    public static Option<FileInfo?> DictOption() => new("--events-dict")
    {
        Description = "An extra events dictionary (verb patterns, actors, modality words) added to the built-in one.",
    };

    public static EventCoder Coder(FileInfo? dict)
    {
        if (dict is null)
            return EventCoder.Default;
        try
        {
            return new EventCoder(EventDictionary.LoadWith(dict.FullName));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"events dictionary {dict.FullName}: {ex.Message}", ex);
        }
    }

    private static int Evaluate(EventCoder coder, FileInfo file, bool showErrors)
    {
        List<DevItem> items;
        try
        {
            items = DevSet.Load(file.FullName);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new FatalException($"{file.FullName}: {ex.Message}", ex);
        }

        var score = DevSetScore.Run(coder, items);
        Console.Out.Write(score.Report(items.Count));
        if (showErrors)
        {
            foreach (var e in score.Errors)
                Console.Out.WriteLine(e);
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> Sentences(EventCoder coder, FileInfo file, DateOnly? date, bool annotated, FileInfo? output, CancellationToken ct)
    {
        if (!file.Exists)
            throw new FatalException($"no such file: {file.FullName}");
        var stages = Engine.CreateDefault().Documents.Stages;
        var sb = new StringBuilder();
        var lineNo = 0;
        var withoutMentions = 0;
        foreach (var line in await File.ReadAllLinesAsync(file.FullName, ct))
        {
            lineNo++;
            if (line.Trim().Length == 0)
                continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var id = tab >= 0 ? line[..tab] : lineNo.ToString(CultureInfo.InvariantCulture);
            var text = tab >= 0 ? line[(tab + 1)..] : line;
            Document doc;
            if (annotated)
            {
                doc = AnnotatedText.Parse(text, date);
            }
            else
            {
                var meta = new ArticleMetadata { Published = date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null };
                doc = new Document(new Article(new SourceInfo(null, null, null), text, text, meta));
                foreach (var stage in stages)
                    stage.Process(doc, ct);
            }

            if (doc.Mentions.Length == 0)
                withoutMentions++;
            doc.Events = coder.Code(doc, ct);
            var dto = new SentenceEvents(id, doc.Text, ReportBuilder.Events(doc).ToList());
            sb.Append(System.Text.Json.JsonSerializer.Serialize(dto, EventsJsonContext.Default.SentenceEvents)).Append('\n');
        }

        await Output.WriteAsync(output, sb.ToString(), ct);
        if (!annotated && withoutMentions == lineNo && lineNo > 0)
            Console.Error.WriteLine("parallax: no entity mentions were found; events need the NLP and knowledge stages (or --annotated input)");
        return ExitCodes.Ok;
    }

    private static DateOnly? ParseDate(string? s)
    {
        if (s is null)
            return null;
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FatalException($"--date must be YYYYMMDD, not '{s}'");
    }

    private static string Render(List<EventDto> events, bool lines)
    {
        if (lines)
        {
            var sb = new StringBuilder();
            foreach (var e in events)
                sb.Append(ReportJson.Serialize(e, indented: false)).Append('\n');
            return sb.ToString();
        }

        return System.Text.Json.JsonSerializer.Serialize(events, EventsJsonContext.Default.ListEventDto) + "\n";
    }
}

/// <summary>One input sentence and the events coded from it, as a line of --sentences output.</summary>
public sealed record SentenceEvents(string Id, string Text, List<EventDto> Events);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(SentenceEvents))]
[JsonSerializable(typeof(List<EventDto>))]
internal sealed partial class EventsJsonContext : JsonSerializerContext;
