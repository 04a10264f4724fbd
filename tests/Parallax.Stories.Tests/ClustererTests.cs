using Parallax.Stories.Clustering;
using Parallax.Stories.Evaluation;
using Parallax.Synthetic;

namespace Parallax.Stories.Tests;

public sealed class ClustererTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static ClusterItem Item(string id, string text, double hours = 0) => new(id, null, text, T0.AddHours(hours));

    [Fact]
    public void Two_stories_that_one_article_bridges_are_merged_and_the_merge_is_recorded()
    {
        var options = new ClusterOptions { JoinThreshold = 0.5, MergeThreshold = 0.2 };
        var a = new StoryAssigner(options);
        var s1 = a.Assign(Item("a1", "flood valley dam river spillway flood valley dam river spillway"), default);
        var s2 = a.Assign(Item("b1", "flood valley donors pledge geneva flood valley donors pledge geneva"), default);
        Assert.NotEqual(s1, s2);
        a.Assign(Item("c1", "flood valley dam river spillway donors pledge geneva"), default);
        var change = Assert.Single(a.Changes);
        Assert.Equal("merge", change.Kind);
        Assert.Equal(1, a.StoryCount);
        Assert.Equal(s1, a.StoryIdOf(1));
        Assert.Equal(2, change.AtOrdinal);
    }

    [Fact]
    public void A_story_that_drifted_into_two_topics_is_split_and_the_split_is_recorded()
    {
        // A low join threshold lets a bridging article pull a second topic into the first story; the split check undoes it.
        var a = new StoryAssigner(new ClusterOptions { JoinThreshold = 0.05, SplitThreshold = 0.3 });
        var rng = new Random(3);
        string Mix(string words, int n)
        {
            var w = words.Split(' ');
            return string.Join(' ', Enumerable.Range(0, n).Select(_ => w[rng.Next(w.Length)]));
        }

        const string x = "harbor ferry landing repairs crossing dock pier";
        const string y = "wildfire evacuation smoke firefighters ridge blaze embers";
        for (var i = 0; i < 4; i++)
            a.Assign(Item($"x{i}", Mix(x, 20)), default);
        a.Assign(Item("bridge", Mix(x, 20) + " " + Mix(y, 8)), default);
        for (var i = 0; i < 5; i++)
            a.Assign(Item($"y{i}", Mix(y, 20) + " harbor"), default);

        var split = Assert.Single(a.Changes);
        Assert.Equal("split", split.Kind);
        Assert.Equal([5, 6, 7], split.Moved);
        Assert.Equal(7, split.AtOrdinal);
        var xStory = a.StoryIdOf(0);
        var yStory = a.StoryIdOf(5);
        Assert.NotEqual(xStory, yStory);
        Assert.Equal(StoryAssigner.StoryId("y0"), yStory);
        for (var i = 0; i < a.Count; i++)
            Assert.Equal(i < 5 ? xStory : yStory, a.StoryIdOf(i));
    }

    [Fact]
    public void Stories_idle_beyond_the_window_are_retired_so_live_state_stays_bounded()
    {
        var c = new StoryClusterer(new ClusterOptions { Window = TimeSpan.FromDays(3), ExpireEvery = 40 });
        for (var day = 0; day < 60; day++)
        {
            for (var k = 0; k < 40; k++)
                c.Add(FeatureExtractor.Extract(Item($"d{day}-{k}", $"topic{day}x{k % 4} subject{day}y{k % 4} matter{day}z{k % 4} extra{k}", day * 24 + k * 0.1)));
        }

        Assert.InRange(c.ActiveStories, 1, 4 * 5);
        var late = c.Add(FeatureExtractor.Extract(Item("late", "topic0x0 subject0y0 matter0z0 extra0", 60 * 24)));
        Assert.Equal(c.StoriesCreated - 1, late.Story);
    }

    [Fact]
    public void Clustering_is_deterministic_and_parallel_features_change_nothing()
    {
        var stream = new StreamGenerator(new GeneratorOptions { Articles = 1500, Seed = 21 }).Generate()
            .Select(g => new ClusterItem(g.Id, g.Title, g.Text, g.Published, g.Outlet)).ToList();
        var sequential = new StoryAssigner();
        foreach (var item in stream)
            sequential.Assign(item, default);
        var parallel = new StoryAssigner();
        foreach (var (_, features) in FeaturePipeline.Extract(stream, x => x, default, batchSize: 100))
            parallel.Assign(features!, default);
        Assert.Equal(stream.Count, parallel.Count);
        for (var i = 0; i < stream.Count; i++)
            Assert.Equal(sequential.StoryIdOf(i), parallel.StoryIdOf(i));
    }

    [Fact]
    public void A_generated_development_stream_scores_above_the_bar()
    {
        var gold = new Dictionary<string, string>();
        var a = new StoryAssigner();
        var copies = 0;
        var found = 0;
        foreach (var g in new StreamGenerator(new GeneratorOptions { Articles = 4000, Seed = 5 }).Generate())
        {
            gold[g.Id] = g.Story;
            a.Assign(new ClusterItem(g.Id, g.Title, g.Text, g.Published, g.Outlet), default);
            if (g.CopyOf is not null)
            {
                copies++;
                found += a.CopyOf(a.Count - 1) is not null ? 1 : 0;
            }
        }

        var predicted = Enumerable.Range(0, a.Count).ToDictionary(i => a.ArticleIds[i], a.StoryIdOf);
        var scores = ClusterScores.Compute(predicted, gold);
        Assert.True(scores.BCubed.F1 >= 0.9, scores.ToString());
        Assert.True(found >= copies * 0.9, $"{found} of {copies} copies found");
    }

    [Fact]
    public void Random_text_never_throws_and_always_gets_a_story()
    {
        var rng = new Random(7);
        var a = new StoryAssigner();
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[rng.Next(0, 300)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = rng.Next(5) == 0 ? ' ' : (char)rng.Next(1, 0xD7FF);
            var text = new string(chars);
            Assert.Matches("^s[0-9a-f]{12}$", a.Assign(new ClusterItem("r" + i, text[..Math.Min(20, text.Length)], text), default));
        }
    }
}
