using System.CommandLine;
using Parallax.Ingest;
using Parallax.Store;

namespace Parallax.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var paths = Options.Paths();
        var db = Options.Db();
        var kb = EntitiesCommand.Kb();
        var dict = EventsCommand.DictOption();
        var command = new Command("ingest", "Analyze files or directories and store the articles and their analysis in SQLite.")
        {
            paths, db, kb, dict,
        };
        command.SetAction(async (parse, ct) =>
        {
            var engine = EntitiesCommand.CreateEngine(parse.GetValue(kb), parse.GetValue(dict));
            using var store = OpenStore(parse.GetValue(db)!);
            var ingestor = new Ingestor(engine, store);
            var progress = new ProgressDisplay();
            var summary = await progress.RunAsync("ingesting", p => ingestor.RunAsync(SourceFactory.Create(parse.GetValue(paths)!), p, ct));
            Console.Out.WriteLine(
                $"{summary.Processed} documents: {summary.Added} stored, {summary.AlreadyStored} already stored, {summary.Errors.Count} failed; {store.ArticleCount} articles in {store.Path}");
            return ExitCodes.ForErrors(summary.Errors.Count);
        });
        return command;
    }

    public static SqliteStore OpenStore(string path)
    {
        try
        {
            return SqliteStore.Open(path);
        }
        catch (StoreException ex)
        {
            throw new FatalException(ex.Message, ex);
        }
    }
}
