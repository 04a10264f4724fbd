using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Events.Tests;

/// <summary>The events commands through the real ./parallax launcher.</summary>
public sealed class CliTests
{
    [Fact]
    public void Sentences_file_gives_one_json_line_per_sentence_with_its_id()
    {
        using var dir = new TempDir();
        var file = dir.File("s.txt", "s1\t[Iran|IRN] rejected the [US|USA] request.\n\n[Kerry|USAGOV|PER] met [Massoum|IRQGOV|PER] in [Paris|FRA|LOC].\n");
        var r = Repo.Run(dir.Path, "events", "--sentences", file, "--annotated", "--date", "20140915");
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("s1", first.RootElement.GetProperty("id").GetString());
        var e = first.RootElement.GetProperty("events")[0];
        Assert.Equal("120", e.GetProperty("cameo").GetString());
        Assert.Equal("IRN", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("2014-09-15", e.GetProperty("date").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("3", second.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Bad_inputs_are_fatal_with_a_message()
    {
        using var dir = new TempDir();
        var r = Repo.Run(dir.Path, "export", "events", "--db", "missing.db");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no database", r.Stderr, StringComparison.Ordinal);
        var dict = dir.File("d.txt", "[verbs]\n999 meet\n");
        var s = dir.File("s.txt", "x\n");
        r = Repo.Run(dir.Path, "events", "--sentences", s, "--events-dict", dict);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("d.txt:2", r.Stderr, StringComparison.Ordinal);
        r = Repo.Run(dir.Path, "events");
        Assert.Equal(2, r.ExitCode);
    }
}
