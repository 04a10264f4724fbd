using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Ingest;
using Parallax.Knowledge;
using Parallax.Knowledge.Kb;
using Parallax.Model;
using Parallax.Pipeline.Output;

namespace Parallax.Cli.Commands;

/// <summary>Shows how one entity was built: every merge with its rule and evidence, and where its facts came from.</summary>
public static class ExplainEntityCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "An entity id (as in 'parallax entities'), or a name or alias." };
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files or directories to analyze; without them the articles stored in --db are used.",
        };
        var db = Options.Db();
        var kb = EntitiesCommand.Kb();
        var format = Options.Format("text", "text", "json");
        var command = new Command("explain-entity", "Explain an entity: each merge with its rule and evidence, and the source of its code, country and roles.")
        {
            id, paths, db, kb, format,
        };
        command.SetAction(async (parse, ct) =>
        {
            var files = parse.GetValue(paths) ?? [];
            Corpus corpus;
            if (files.Length > 0)
            {
                var engine = EntitiesCommand.CreateEngine(parse.GetValue(kb));
                var result = await new ProgressDisplay().RunAsync("resolving entities", p => engine.AnalyzeAsync(new FileSource(files), p, ct));
                corpus = result.Corpus;
            }
            else
            {
                corpus = FromStore(parse.GetValue(db)!, parse.GetValue(kb), ct);
            }

            var wanted = parse.GetValue(id)!;
            var matches = Find(corpus, wanted);
            if (matches.Count == 0)
            {
                Console.Error.WriteLine($"parallax: no entity '{wanted}' ({corpus.Entities.Count} entities in {corpus.Documents.Count} articles)");
                return ExitCodes.Fatal;
            }

            if (matches.Count > 1)
            {
                Console.Error.WriteLine($"parallax: '{wanted}' matches {matches.Count} entities; give one id:");
                foreach (var m in matches)
                    Console.Error.WriteLine($"  {m.Id}  {m.Type}  {m.Name}");
                return ExitCodes.Usage;
            }

            var text = parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(ReportBuilder.Entity(matches[0]), EntitiesJson.Indented.EntityDto) + "\n"
                : Render(matches[0], corpus);
            await Console.Out.WriteAsync(text.AsMemory(), ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Corpus FromStore(string path, FileInfo[]? kbFiles, CancellationToken ct)
    {
        if (!File.Exists(path))
            throw new FatalException($"no database at {path} (run 'parallax ingest' first, pass --db, or give files)");
        using var store = IngestCommand.OpenStore(path);
        var documents = store.ReadAllDocuments().ToList();
        KnowledgeBase kb;
        try
        {
            kb = kbFiles is { Length: > 0 } ? KnowledgeBase.Load([.. kbFiles.Select(f => f.FullName)]) : KnowledgeBase.Default;
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"cannot load knowledge base: {ex.Message}", ex);
        }

        var corpus = new Corpus(documents);
        new EntityStage(new EntityResolution(kb)).Process(corpus, ct);
        return corpus;
    }

    /// <summary>By id first; then by canonical name or alias, ignoring case.</summary>
    public static List<Entity> Find(Corpus corpus, string wanted)
    {
        var byId = corpus.Entities.Where(e => string.Equals(e.Id, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count > 0)
            return byId;
        return corpus.Entities.Where(e => string.Equals(e.Name, wanted, StringComparison.OrdinalIgnoreCase)
            || e.Aliases.Exists(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    public static string Render(Entity e, Corpus corpus)
    {
        var sources = corpus.Documents.ToDictionary(d => d.Article.Id, d => d.Article.Source.Display, StringComparer.Ordinal);
        string Where(string article, int start) =>
            $"{(sources.TryGetValue(article, out var s) ? s : article)}@{start.ToString(CultureInfo.InvariantCulture)}";

        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{e.Id}  {e.Type}  {e.Name}\n");
        sb.Append(inv, $"  code {e.Code ?? "-"}  country {e.Country ?? "-"}  roles {(e.Roles.Count == 0 ? "-" : string.Join(", ", e.Roles))}\n");
        sb.Append(inv, $"  aliases {(e.Aliases.Count == 0 ? "-" : string.Join(" | ", e.Aliases))}\n");
        sb.Append(inv, $"  {e.Mentions.Count} mentions in {e.Mentions.Select(m => m.Article).Distinct().Count()} articles\n");
        sb.Append(inv, $"merges ({e.Merges.Count}):\n");
        foreach (var m in e.Merges)
            sb.Append(inv, $"  [{m.Rule}] {Where(m.Article, m.Start)}: {m.Detail}\n");
        sb.Append(inv, $"attributions ({e.Attributions.Count}):\n");
        foreach (var a in e.Attributions)
            sb.Append(inv, $"  [{a.Rule}] {Where(a.Article, a.Start)}: {a.Detail}\n");
        sb.Append("mentions:\n");
        foreach (var m in e.Mentions)
            sb.Append(inv, $"  {Where(m.Article, m.Start)}  {m.Text}\n");
        return sb.ToString();
    }
}
