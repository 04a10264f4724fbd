using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Ingest;
using Parallax.Pipeline;
using Parallax.Pipeline.Output;

namespace Parallax.Cli.Commands;

public static class EntitiesCommand
{
    public static Option<FileInfo[]> Kb() => new("--kb")
    {
        Description = "Extra knowledge-base file (see docs/knowledge-base.md); may be given more than once.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create()
    {
        var paths = Options.Paths();
        var format = Options.Format("json", "json", "jsonl");
        var kb = Kb();
        var output = Options.Out();
        var command = new Command("entities", "List the canonical entities (people, organizations, places) across files or directories.")
        {
            paths, format, kb, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var engine = CreateEngine(parse.GetValue(kb));
            var progress = new ProgressDisplay();
            var source = new FileSource(parse.GetValue(paths)!);
            var result = await progress.RunAsync("resolving entities", p => engine.AnalyzeAsync(source, p, ct));
            var entities = result.Corpus.Entities.Select(ReportBuilder.Entity).ToList();
            string text;
            if (parse.GetValue(format) == "jsonl")
            {
                var sb = new StringBuilder();
                foreach (var e in entities)
                    sb.Append(JsonSerializer.Serialize(e, EntitiesJson.Compact.EntityDto)).Append('\n');
                text = sb.ToString();
            }
            else
            {
                text = JsonSerializer.Serialize(entities, EntitiesJson.Indented.ListEntityDto) + "\n";
            }

            await Output.WriteAsync(parse.GetValue(output), text, ct);
            return ExitCodes.ForErrors(result.Errors.Count);
        });
        return command;
    }

    /// <summary>A bad knowledge-base file stops the command with its file and line, before any document is read.</summary>
    public static Engine CreateEngine(FileInfo[]? files, FileInfo? eventsDictionary = null)
    {
        var coder = EventsCommand.Coder(eventsDictionary);
        try
        {
            return Engine.CreateDefault(files is { Length: > 0 } ? [.. files.Select(f => f.FullName)] : null, coder);
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"cannot load knowledge base: {ex.Message}", ex);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<EntityDto>))]
[JsonSerializable(typeof(EntityDto))]
internal sealed partial class EntitiesJson : JsonSerializerContext
{
    public static readonly EntitiesJson Indented = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static readonly EntitiesJson Compact = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
