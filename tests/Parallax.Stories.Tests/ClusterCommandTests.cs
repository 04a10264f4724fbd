using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Stories.Tests;

/// <summary>'parallax cluster' through the real launcher, as a user runs it.</summary>
public sealed class ClusterCommandTests
{
    private static string Line(string id, string title, string text, string? published = null) =>
        JsonSerializer.Serialize(new Dictionary<string, string?> { ["id"] = id, ["title"] = title, ["text"] = text, ["published"] = published });

    private const string Wire =
        "Delegations from nineteen nations pledged money on Monday to rebuild the flooded Varna valley, an organizer said, as a row over the Stara dam "
        + "threatened to split the region. The commission chair said the money would pay for housing, bridges and a new flood warning system.";

    [Fact]
    public void Writes_story_lines_marks_copies_and_scores_against_gold()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", string.Join('\n',
            Line("a", "Donors pledge money for Varna flood", Wire, "2025-03-03T10:00:00Z"),
            Line("b", "Council approves Lakeview transit budget", "The Lakeview council approved a transit budget with two new bus lines and later evening service for riders.", "2025-03-03T11:00:00Z"),
            string.Empty,
            Line("c", "Varna flood pledges", Wire, "2025-03-03T12:00:00Z"),
            Line("d", "Lakeview adds bus lines in transit budget", "Two bus lines are added under the Lakeview transit budget the council approved, with evening service for riders.", "2025-03-04T08:00:00Z")) + "\n");
        var gold = dir.File("gold.jsonl", "{\"id\":\"a\",\"story\":\"flood\"}\n{\"id\":\"b\",\"story\":\"bus\"}\n{\"id\":\"c\",\"story\":\"flood\"}\n{\"id\":\"d\",\"story\":\"bus\"}\n");

        var r = Repo.Run(dir.Path, "cluster", input, "--eval", gold);
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a", "b", "c", "d"], lines.Select(l => l.GetProperty("id").GetString()));
        var story = lines.Select(l => l.GetProperty("story").GetString()).ToList();
        Assert.Equal(story[0], story[2]);
        Assert.Equal(story[1], story[3]);
        Assert.NotEqual(story[0], story[1]);
        Assert.Equal("a", lines[2].GetProperty("duplicateOf").GetString());
        Assert.Equal("exact", lines[2].GetProperty("copy").GetString());
        Assert.False(lines[0].TryGetProperty("duplicateOf", out _));
        Assert.Contains("B3 P 1.0000 R 1.0000 F1 1.0000", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_line_number_and_the_rest_is_clustered()
    {
        using var dir = new TempDir();
        var input = dir.File("in.jsonl", Line("a", "Flood", Wire) + "\nnot json\n{\"title\":\"no id\"}\n" + Line("b", "Flood", Wire, "yesterday-ish") + "\n");
        var r = Repo.Run(dir.Path, "cluster", input);
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Contains("in.jsonl:2: not a JSON object", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:3: line has no \"id\"", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("in.jsonl:4: article b: \"published\" is not a date", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_file_is_fatal()
    {
        using var dir = new TempDir();
        var r = Repo.Run(dir.Path, "cluster", Path.Combine(dir.Path, "none.jsonl"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no such file", r.Stderr, StringComparison.Ordinal);
    }
}
