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

    [Fact]
    public void Seeds_form_one_story_whose_comparison_meets_the_acceptance_bars()
    {
        if (Repo.Seeds is null)
            return;
        var r = Repo.Run(Repo.Root, "analyze", "../shared/seeds");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        var texts = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
        var story = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(texts.Keys.Order(), story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order());

        var numbers = story.GetProperty("conflicts").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "number").ToList();
        var nations = Assert.Single(numbers, c => c.GetProperty("about").GetString()!.StartsWith("nation", StringComparison.Ordinal));
        var values = nations.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["24", "30"], values.Select(v => v.GetProperty("value").GetString()).Order());
        foreach (var v in values)
        {
            var sentence = texts[v.GetProperty("article").GetString()!].Substring(v.GetProperty("start").GetInt32(), v.GetProperty("length").GetInt32());
            Assert.Equal(v.GetProperty("text").GetString(), sentence.Trim());
            Assert.Contains(v.GetProperty("written").GetString()!, sentence, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(numbers.SelectMany(c => c.GetProperty("values").EnumerateArray()), v => v.GetProperty("value").GetString() == "40");

        // 000 reports Kerry denying coordination with Iran; 004 says he keeps working with Iran possible. That is no contradiction.
        Assert.DoesNotContain(story.GetProperty("conflicts").EnumerateArray(), c => c.GetProperty("kind").GetString() == "event-polarity");
        var variants = story.GetProperty("nameVariants").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToList();
        Assert.Contains(variants, n => n.EndsWith("Lavrov", StringComparison.Ordinal));
        Assert.Contains(variants, n => n.EndsWith("Rasmussen", StringComparison.Ordinal));
        Assert.Contains(variants, n => n.EndsWith("Khamenei", StringComparison.Ordinal));

        var brief = story.GetProperty("brief").EnumerateArray().ToList();
        Assert.True(brief.Count >= 5, $"{brief.Count} brief sentences");
        Assert.Equal(2, brief.Select(b => b.GetProperty("article").GetString()).Distinct().Count());
        var framing = story.GetProperty("framing").EnumerateArray().ToList();
        Assert.Contains(framing, f => f.GetProperty("cues").EnumerateArray().Any(c => c.GetProperty("signal").GetString() == "exclusion" && c.GetProperty("actor").GetString() == "Iran"));
        Assert.Contains(framing, f => f.GetProperty("cues").EnumerateArray().Any(c => c.GetProperty("signal").GetString() == "openness" && c.GetProperty("actor").GetString() == "Iran"));
    }
}
