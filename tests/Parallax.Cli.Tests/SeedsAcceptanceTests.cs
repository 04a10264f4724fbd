using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

/// <summary>The first acceptance case: the two real seed articles in ../shared/seeds, when this machine has them.</summary>
public sealed class SeedsAcceptanceTests
{
    [Fact]
    public void Seeds_come_back_as_two_articles_with_their_titles_in_schema_valid_json()
    {
        if (Repo.Seeds is null)
            return;
        var r = Repo.Run(Repo.Root, "analyze", "../shared/seeds", "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Empty(SchemaCheck.Errors(r.Stdout));
        using var json = JsonDocument.Parse(r.Stdout);
        var titles = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains(titles, t => t!.StartsWith("Without Iran", StringComparison.Ordinal));
        Assert.Contains(titles, t => t!.StartsWith("U.S. won", StringComparison.Ordinal));
    }
}
