using System.CommandLine;
using System.Text;
using System.Text.Json;
using Parallax.Events.Export;

namespace Parallax.Cli.Commands;

/// <summary>`parallax export events`: the stored events as a GDELT 2.0-style table or JSON lines.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Export stored data in formats other tools read.");
        var db = Options.Db();
        var format = Options.Format("gdelt-csv", "gdelt-csv", "jsonl");
        var delimiter = new Option<string>("--delimiter") { Description = "Field separator for gdelt-csv: tab (as GDELT) or comma.", DefaultValueFactory = _ => "tab" };
        delimiter.AcceptOnlyFromAmong("tab", "comma");
        var all = new Option<bool>("--all") { Description = "Include negated events and intents, demands and hypotheticals (marked in their own columns)." };
        var output = Options.Out();
        var events = new Command("events", "Export coded events, one row per event with its mentions counted across articles and outlets.")
        {
            db, format, delimiter, all, output,
        };
        events.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(db)!;
            if (!File.Exists(path))
                throw new FatalException($"no database at {path} (run 'parallax ingest' first, or pass --db)");
            using var store = IngestCommand.OpenStore(path);
            var rows = GdeltExport.Rows(store.ReadAllDocuments(), parse.GetValue(all));
            var text = parse.GetValue(format) == "jsonl"
                ? JsonLines(rows)
                : GdeltExport.ToDelimited(rows, parse.GetValue(delimiter) == "comma" ? ',' : '\t');
            await Output.WriteAsync(parse.GetValue(output), text, ct);
            return ExitCodes.Ok;
        });
        export.Subcommands.Add(events);
        return export;
    }

    /// <summary>Each row as an object keyed by the GDELT column names.</summary>
    private static string JsonLines(List<GdeltRow> rows)
    {
        var sb = new StringBuilder();
        using var buffer = new MemoryStream();
        foreach (var r in rows)
        {
            buffer.SetLength(0);
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                var fields = GdeltExport.Fields(r);
                for (var i = 0; i < fields.Length; i++)
                    w.WriteString(GdeltExport.Columns[i], fields[i]);
                w.WriteEndObject();
            }

            sb.Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append('\n');
        }

        return sb.ToString();
    }
}
