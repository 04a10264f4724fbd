using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Facts.Tests;

/// <summary>The quotes command through the real launcher: with --no-clean, offsets index the input file exactly.</summary>
public sealed class CliTests
{
    [Fact]
    public void No_clean_quote_offsets_point_into_the_file()
    {
        using var dir = new TempDir();
        const string content = "Title-like first line stays.\n\n“The dam held,” engineer Rosa Kim said. “We were lucky.”\n";
        var file = dir.File("story.txt", content);
        var r = Repo.Run(dir.Path, "quotes", "--no-clean", "--format", "jsonl", file);
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var q = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("direct", q.GetProperty("kind").GetString());
        var text = q.GetProperty("text").GetString();
        Assert.Equal(text, content.Substring(q.GetProperty("start").GetInt32(), q.GetProperty("length").GetInt32()));
        var second = q.GetProperty("second");
        Assert.Equal("We were lucky.", content.Substring(second.GetProperty("start").GetInt32(), second.GetProperty("length").GetInt32()));
        var speaker = q.GetProperty("speaker");
        Assert.Equal("engineer Rosa Kim", content.Substring(speaker.GetProperty("start").GetInt32(), speaker.GetProperty("length").GetInt32()));
        Assert.Equal("Rosa Kim", speaker.GetProperty("name").GetString());
    }
}
