using System.CommandLine;
using Parallax.Cli;
using Parallax.Cli.Commands;
using Parallax.Pipeline;

var root = new RootCommand("Parallax reads one news story through many outlets: clean text, entities, quotes, claims, events and stories compared across outlets.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(StoriesCommand.Create());
root.Subcommands.Add(StoriesCommand.CreateShow());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(TagCommand.Create());
root.Subcommands.Add(EntitiesCommand.Create());
root.Subcommands.Add(ExplainEntityCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(FactsEvalCommand.Create());
root.Subcommands.Add(EvalExtractionCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());

var version = root.Options.OfType<VersionOption>().FirstOrDefault();
if (version is not null)
{
    version.Action = new VersionAction();
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"parallax: {error.Message}");
    Console.Error.WriteLine("Try 'parallax --help'.");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("parallax: cancelled");
    return ExitCodes.Fatal;
}
catch (Exception ex) when (ex is FatalException or Parallax.Nlp.Model.ModelException or Parallax.Store.StoreException)
{
    // Problems with the whole run (a model file, the database), not with one document: one clear line, no stack trace.
    Console.Error.WriteLine($"parallax: {ex.Message}");
    return ExitCodes.Fatal;
}

internal sealed class VersionAction : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.WriteLine($"parallax {Engine.Version}");
        return ExitCodes.Ok;
    }
}
