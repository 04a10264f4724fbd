using System.CommandLine;
using Parallax.Ingest;
using Parallax.Pipeline.Output;

namespace Parallax.Cli.Commands;

public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = Options.Paths();
        var format = Options.Format("json", "json", "md", "html");
        var output = Options.Out();
        var kb = EntitiesCommand.Kb();
        var dict = EventsCommand.DictOption();
        var command = new Command("analyze", "Run the whole pipeline over files or directories and print the result.")
        {
            paths, format, output, kb, dict,
        };
        command.SetAction(async (parse, ct) =>
        {
            var engine = EntitiesCommand.CreateEngine(parse.GetValue(kb), parse.GetValue(dict));
            var progress = new ProgressDisplay();
            var source = SourceFactory.Create(parse.GetValue(paths)!);
            var result = await progress.RunAsync("analyzing", p => engine.AnalyzeAsync(source, p, ct));
            var report = ReportBuilder.Build(result.Corpus, result.Errors);
            var text = parse.GetValue(format) switch
            {
                "md" => MarkdownReport.Render(report),
                "html" => HtmlReport.Render(report),
                _ => ReportJson.Serialize(report) + "\n",
            };
            await Output.WriteAsync(parse.GetValue(output), text, ct);
            return ExitCodes.ForErrors(result.Errors.Count);
        });
        return command;
    }
}
