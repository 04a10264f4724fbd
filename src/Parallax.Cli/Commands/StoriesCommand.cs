using System.CommandLine;
using System.Globalization;
using System.Text;
using Parallax.Model;
using Parallax.Pipeline.Output;

namespace Parallax.Cli.Commands;

public static class StoriesCommand
{
    public static Command Create()
    {
        var db = Options.Db();
        var format = Options.Format("table", "table", "json");
        var command = new Command("stories", "List the stories in the store, most recent and most covered first.") { db, format };
        command.SetAction(parse =>
        {
            using var store = IngestCommand.OpenStore(RequireDb(parse.GetValue(db)!));
            var stories = store.ListStories();
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                    stories.Select(s => new StoryListItem(s.Id, s.Title, s.Articles, s.Outlets, s.FirstPublished, s.LastPublished)).ToList(),
                    CliJsonContext.Default.ListStoryListItem));
                return ExitCodes.Ok;
            }

            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"{"STORY",-14} {"ARTICLES",8} {"OUTLETS",7}  {"LATEST",-20}  TITLE\n");
            foreach (var s in stories)
                sb.Append(CultureInfo.InvariantCulture, $"{s.Id,-14} {s.Articles,8} {s.Outlets,7}  {s.LastPublished ?? "-",-20}  {s.Title}\n");
            Console.Out.Write(sb.ToString());
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command CreateShow()
    {
        var id = new Argument<string>("story-id") { Description = "A story id, as listed by 'parallax stories'." };
        var db = Options.Db();
        var format = Options.Format("json", "json", "md");
        var command = new Command("show", "Show one stored story: its articles and the comparison across outlets.") { id, db, format };
        command.SetAction(parse =>
        {
            using var store = IngestCommand.OpenStore(RequireDb(parse.GetValue(db)!));
            var found = store.GetStory(parse.GetValue(id)!);
            if (found is not { } story)
            {
                Console.Error.WriteLine($"parallax: no story '{parse.GetValue(id)}' in {store.Path}");
                return ExitCodes.Fatal;
            }

            var corpus = new Corpus(story.Documents);
            corpus.Stories.Add(story.Story);
            var report = ReportBuilder.Build(corpus, []);
            Console.Out.Write(parse.GetValue(format) == "md" ? MarkdownReport.Render(report) : ReportJson.Serialize(report) + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reading commands never create an empty database by accident.</summary>
    private static string RequireDb(string path) =>
        File.Exists(path) ? path : throw new FatalException($"no database at {path} (run 'parallax ingest' first, or pass --db)");
}

public sealed record StoryListItem(string Id, string Title, int Articles, int Outlets, string? FirstPublished, string? LastPublished);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<StoryListItem>))]
internal sealed partial class CliJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
