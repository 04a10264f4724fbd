using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Stories;
using Parallax.Stories.Clustering;
using Parallax.Stories.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary>
/// parallax cluster FILE.jsonl: streaming story clustering over JSON lines {id, title, text, published?, outlet?},
/// taken in file order as arrival order. Writes {id, story} lines (plus duplicateOf, copy and similarity for copies)
/// once the stream is done, so later merges and splits are reflected. --eval scores the result against gold labels.
/// </summary>
public static class ClusterCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON lines {id, title, text, published?, outlet?}, in arrival order." };
        var output = Options.Out();
        var eval = new Option<FileInfo?>("--eval")
        {
            Description = "Gold labels as JSON lines {id, story}: print B-cubed and pairwise precision, recall and F1 to stderr.",
        };
        var command = new Command("cluster", "Group articles from a JSON-lines file into stories, as a stream, and write {id, story} lines.")
        {
            file, output, eval,
        };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
                throw new FatalException($"no such file: {input.FullName}");
            var clock = Stopwatch.StartNew();
            var assigner = new StoryAssigner();
            var errors = 0;
            foreach (var (line, features) in FeaturePipeline.Extract(ReadLines(input.FullName), Parse, ct))
            {
                if (features is null)
                {
                    errors++;
                    Console.Error.WriteLine($"parallax: {input.Name}:{line.Number}: {Describe(line.Text)}");
                    continue;
                }

                assigner.Assign(features, ct);
            }

            var stories = WriteAssignments(assigner, parse.GetValue(output));
            using var self = Process.GetCurrentProcess();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"parallax: clustered {assigner.Count} articles into {stories} stories ({Copies(assigner)} copies, {assigner.Changes.Count} merges or splits) "
                + $"in {clock.Elapsed.TotalSeconds:F1} s, peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB"));
            if (parse.GetValue(eval) is { } gold)
                Console.Error.WriteLine("parallax: " + Score(assigner, gold));
            await Task.CompletedTask;
            return ExitCodes.ForErrors(errors);
        });
        return command;
    }

    public readonly record struct Line(int Number, string Text);

    private static IEnumerable<Line> ReadLines(string path)
    {
        var n = 0;
        foreach (var text in File.ReadLines(path))
        {
            n++;
            if (!string.IsNullOrWhiteSpace(text))
                yield return new Line(n, text);
        }
    }

    private static ClusterItem? Parse(Line line)
    {
        try
        {
            var l = JsonSerializer.Deserialize(line.Text, ClusterJsonContext.Default.ClusterLine);
            if (l is null || string.IsNullOrEmpty(l.Id) || l.Text is null)
                return null;
            DateTimeOffset? published = null;
            if (l.Published is { } p)
            {
                if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                    return null;
                published = d;
            }

            return new ClusterItem(l.Id, l.Title, l.Text, published, l.Outlet, l.Entities);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Describe(string text)
    {
        try
        {
            var l = JsonSerializer.Deserialize(text, ClusterJsonContext.Default.ClusterLine);
            return l is null || string.IsNullOrEmpty(l.Id) ? "line has no \"id\""
                : l.Text is null ? $"article {l.Id} has no \"text\""
                : $"article {l.Id}: \"published\" is not a date: {l.Published}";
        }
        catch (JsonException ex)
        {
            return "not a JSON object: " + ex.Message;
        }
    }

    private static int WriteAssignments(StoryAssigner assigner, FileInfo? file)
    {
        var temp = file is null ? null : file.FullName + ".tmp";
        var stories = new HashSet<int>();
        try
        {
            using (var stream = temp is null ? Console.OpenStandardOutput() : File.Create(temp))
            using (var buffered = new BufferedStream(stream, 1 << 16))
            using (var json = new Utf8JsonWriter(buffered))
            {
                var ids = new Dictionary<int, string>();
                for (var i = 0; i < assigner.Count; i++)
                {
                    var number = assigner.Clusterer.StoryOf(i);
                    stories.Add(number);
                    if (!ids.TryGetValue(number, out var story))
                        ids[number] = story = assigner.StoryIdOfNumber(number);
                    json.WriteStartObject();
                    json.WriteString("id", assigner.ArticleIds[i]);
                    json.WriteString("story", story);
                    if (assigner.CopyOf(i) is { } copy)
                    {
                        json.WriteString("duplicateOf", assigner.ArticleIds[copy.Of]);
                        json.WriteString("copy", StoryStage.Kind(copy.Kind));
                        json.WriteNumber("similarity", Math.Round(copy.Similarity, 3));
                    }

                    json.WriteEndObject();
                    json.Flush();
                    json.Reset();
                    buffered.WriteByte((byte)'\n');
                }
            }

            if (temp is not null)
                File.Move(temp, file!.FullName, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FatalException($"cannot write {file?.FullName ?? "stdout"}: {ex.Message}", ex);
        }

        return stories.Count;
    }

    private static int Copies(StoryAssigner assigner)
    {
        var n = 0;
        for (var i = 0; i < assigner.Count; i++)
            n += assigner.CopyOf(i) is null ? 0 : 1;
        return n;
    }

    private static ClusterScores Score(StoryAssigner assigner, FileInfo goldFile)
    {
        if (!goldFile.Exists)
            throw new FatalException($"no such file: {goldFile.FullName}");
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReadLines(goldFile.FullName))
        {
            GoldLine? g;
            try
            {
                g = JsonSerializer.Deserialize(line.Text, ClusterJsonContext.Default.GoldLine);
            }
            catch (JsonException ex)
            {
                throw new FatalException($"{goldFile.Name}:{line.Number}: not a JSON object: {ex.Message}", ex);
            }

            if (g?.Id is null || g.Story is null)
                throw new FatalException($"{goldFile.Name}:{line.Number}: a gold line needs \"id\" and \"story\"");
            gold[g.Id] = g.Story;
        }

        var predicted = new Dictionary<string, string>(assigner.Count, StringComparer.Ordinal);
        for (var i = 0; i < assigner.Count; i++)
            predicted[assigner.ArticleIds[i]] = assigner.Clusterer.StoryOf(i).ToString(CultureInfo.InvariantCulture);
        return ClusterScores.Compute(predicted, gold);
    }
}

public sealed record ClusterLine(string? Id, string? Title, string? Text, string? Published, string? Outlet, List<string>? Entities);

public sealed record GoldLine(string? Id, string? Story);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ClusterLine))]
[JsonSerializable(typeof(GoldLine))]
internal sealed partial class ClusterJsonContext : JsonSerializerContext;
