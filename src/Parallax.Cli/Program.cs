using System.CommandLine;
using Parallax.Cli;
using Parallax.Cli.Commands;
using Parallax.Pipeline;

var root = new RootCommand("Parallax reads one news story through many outlets: clean text, entities, quotes, claims, events and stories compared across outlets.");
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(StoriesCommand.Create());
root.Subcommands.Add(StoriesCommand.CreateShow());
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
catch (FatalException ex)
{
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
