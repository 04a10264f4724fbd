using Parallax.Model;
using static Parallax.Stories.Tests.Comparison.StoryBuilder;

namespace Parallax.Stories.Tests.Comparison;

public sealed class NamesAndFramingTests
{
    private static void Link(Document d, params (string Name, string Id, int Occurrence)[] mentions)
    {
        d.Mentions = [.. mentions.Select(m => Mention(d, m.Name, m.Occurrence))];
        d.MentionEntities = [.. mentions.Select(m => m.Id)];
    }

    [Fact]
    public void Outlets_that_spell_a_shared_actor_differently_are_listed_with_their_forms()
    {
        var a = Doc("Alpha", "Sergey Lavrov met John Kerry. Lavrov left. Iraqi troops moved.");
        Link(a, ("Sergey Lavrov", "per:lavrov", 0), ("John Kerry", "per:kerry", 0), ("Lavrov", "per:lavrov", 1), ("Iraqi", "IRQ", 0));
        var b = Doc("Beta", "Sergei Lavrov spoke to John Kerry. Iraqis protested.");
        Link(b, ("Sergei Lavrov", "per:lavrov", 0), ("John Kerry", "per:kerry", 0), ("Iraqis", "IRQ", 0));

        var variant = Assert.Single(Compare(a, b).NameVariants);

        Assert.Equal("per:lavrov", variant.Entity);
        Assert.Collection(
            variant.Outlets,
            o => Assert.Equal(("Alpha", "Sergey Lavrov|Lavrov", 0, 13), (o.Outlet, string.Join('|', o.Forms), o.First.Start, o.First.Length)),
            o => Assert.Equal(("Beta", "Sergei Lavrov", 0, 13), (o.Outlet, string.Join('|', o.Forms), o.First.Start, o.First.Length)));
    }

    [Fact]
    public void Headlines_show_which_actor_comes_first_and_whom_each_stance_cue_bears_on()
    {
        var a = Doc("Alpha", "PARIS — Leaders met to fight the Islamic State, but Iran was not among them. Talks went on.", "Without Iran, leaders take on ISIS");
        Link(a, ("PARIS", "loc:paris", 0), ("Islamic State", "org:is", 0), ("Iran", "IRN", 0));
        var b = Doc("Beta", "Kerry says the U.S. is open to Iran joining.", "U.S. won't rule out working with Iran");
        Link(b, ("U.S.", "USA", 0), ("Iran", "IRN", 0));

        var story = CompareWith(name => name == "ISIS" ? "org:is" : null, a, b);

        var alpha = story.Framing.Single(f => f.Outlet == "Alpha");
        Assert.Equal(["Iran", "Islamic State"], alpha.Actors);
        Assert.Contains(alpha.Cues, c => c is { Words: "Without", Signal: "exclusion", Actor: "Iran", Where: "headline" });
        Assert.Contains(alpha.Cues, c => c is { Words: "not among", Signal: "exclusion", Where: "lede" });
        Assert.Equal((0, 76), (alpha.Lede!.Start, alpha.Lede.Length));
        var beta = story.Framing.Single(f => f.Outlet == "Beta");
        Assert.Equal("U.S.", beta.Actors[0]);
        Assert.Contains(beta.Cues, c => c is { Words: "won't rule out", Signal: "openness", Actor: "Iran" });
        Assert.DoesNotContain(beta.Cues, c => c.Signal == "refusal" && c.Where == "headline");
        Assert.Contains("leaders", alpha.Distinctive);
        Assert.Contains("rule", beta.Distinctive);
    }

    [Fact]
    public void A_syndicated_copy_is_not_a_second_source()
    {
        var wire = Doc("Wire", "Thirty nations met.");
        wire.Claims = [Claim(wire, "Thirty", 30, "nations", "conference")];
        var copy = Doc("Reprint", "Thirty nations met today.");
        copy.Claims = [Claim(copy, "Thirty", 30, "nations", "conference")];
        var story = new Story { Id = "s000000000000", Title = "t" };

        new Parallax.Stories.Comparison.StoryComparison().Compare(story, new StorySources([wire, copy], [wire]), CancellationToken.None);

        Assert.Empty(story.Agreements);
        Assert.Single(story.Unique);
    }
}
