using Parallax.Model;

namespace Parallax.Stories.Tests;

public sealed class StoryAssignerTests
{
    private static Document Doc(string title, string text) =>
        new(new Article(SourceInfo.FromPath(title), text, text, new ArticleMetadata { Title = title }));

    [Fact]
    public void Related_articles_share_a_story_and_unrelated_ones_do_not()
    {
        var a = new StoryAssigner();
        var s1 = a.Assign(Doc("Floods hit Varna valley", "Floods along the Varna river destroyed homes and bridges in the valley."), default);
        var s2 = a.Assign(Doc("Council passes transit budget", "The Lakeview council approved a transit budget with two new bus lines."), default);
        var s3 = a.Assign(Doc("Donors pledge aid for Varna flood", "Donors pledged aid to rebuild homes and bridges after the Varna river floods."), default);
        var s4 = a.Assign(Doc("Bus lines added in Lakeview budget", "Two bus lines are added under the transit budget the council approved."), default);
        Assert.Equal(s1, s3);
        Assert.Equal(s2, s4);
        Assert.NotEqual(s1, s2);
        Assert.Equal(2, a.StoryCount);
    }

    [Fact]
    public void Assignment_is_deterministic_for_the_same_order()
    {
        var docs = Enumerable.Range(0, 60)
            .Select(i => Doc($"{Topics[i % 6][0]} {Topics[i % 6][1]} news", string.Join(' ', Topics[i % 6]) + $" update {i}"))
            .ToList();
        var first = Run(docs);
        var second = Run(docs);
        Assert.Equal(first, second);
        Assert.Equal(6, first.Distinct().Count());
    }

    [Fact]
    public void Story_ids_are_stable_hashes_of_the_first_article()
    {
        Assert.Equal(StoryAssigner.StoryId("abc"), StoryAssigner.StoryId("abc"));
        Assert.NotEqual(StoryAssigner.StoryId("abc"), StoryAssigner.StoryId("abd"));
        Assert.Matches("^s[0-9a-f]{12}$", StoryAssigner.StoryId("abc"));
    }

    [Fact]
    public void Random_text_never_throws_and_always_gets_a_story()
    {
        var rng = new Random(7);
        var a = new StoryAssigner();
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[rng.Next(0, 200)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = (char)rng.Next(0, 0xD7FF);
            Assert.Matches("^s[0-9a-f]{12}$", a.Assign(Doc(new string(chars, 0, Math.Min(chars.Length, 20)), new string(chars)), default));
        }
    }

    private static readonly string[][] Topics =
    [
        ["harbor", "ferry", "landing", "repairs", "crossing"],
        ["council", "budget", "transit", "vote", "routes"],
        ["wildfire", "evacuation", "smoke", "firefighters", "ridge"],
        ["election", "ballots", "runoff", "candidates", "turnout"],
        ["vaccine", "clinic", "doses", "nurses", "appointments"],
        ["strike", "workers", "union", "wages", "picket"],
    ];

    private static List<string> Run(List<Document> docs)
    {
        var a = new StoryAssigner();
        return docs.Select(d => a.Assign(d, default)).ToList();
    }
}
