using static Parallax.Stories.Tests.Comparison.StoryBuilder;

namespace Parallax.Stories.Tests.Comparison;

public sealed class ClaimComparisonTests
{
    [Fact]
    public void Counts_of_the_same_thing_in_the_same_frame_conflict_and_each_value_cites_its_sentence()
    {
        var a = Doc("Alpha", "Officials met on Monday. Thirty nations sent delegates to the summit. The coalition has 40 nations.");
        a.Claims = [Claim(a, "Thirty", 30, "nations", "conference"), Claim(a, "40", 40, "nations", "coalition")];
        var b = Doc("Beta", "The summit's 24 participant nations agreed on a plan.");
        b.Claims = [Claim(b, "24", 24, "participant nations", "conference")];

        var story = Compare(a, b);

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal("number", conflict.Kind);
        Assert.Equal("nation (conference)", conflict.About);
        Assert.Collection(
            conflict.Values,
            v => Assert.Equal(("30", "Alpha", 25, 44, "Thirty", 25), (v.Value, v.Outlet!, v.Start, v.Length, v.Written!, v.WrittenStart)),
            v => Assert.Equal(("24", "Beta", 0, 53, "24", 13), (v.Value, v.Outlet!, v.Start, v.Length, v.Written!, v.WrittenStart)));
        Assert.Contains(story.Unique, f => f.Kind == "claim" && f.About == "40 nations (coalition)");
    }

    [Theory]
    [InlineData("About twenty nations met.", "twenty", 20, 22, true)]
    [InlineData("More than 20 nations met.", "20", 20, 35, true)]
    [InlineData("Up to 30 nations met.", "30", 30, 22, true)]
    [InlineData("Twenty nations met.", "Twenty", 20, 22, false)]
    [InlineData("Between 18 and 25 nations met.", "18", 18, 22, true)]
    public void Hedged_and_ranged_values_agree_with_values_inside_their_range(string text, string written, double value, double other, bool agree)
    {
        var a = Doc("Alpha", text);
        a.Claims = [Claim(a, written, value, "nations", "conference", high: text.StartsWith("Between", StringComparison.Ordinal) ? 25 : null)];
        var b = Doc("Beta", $"Exactly {other} nations met.");
        b.Claims = [Claim(b, other.ToString(System.Globalization.CultureInfo.InvariantCulture), other, "nations", "conference")];

        var story = Compare(a, b);

        Assert.Equal(agree, story.Conflicts.Count == 0);
        Assert.Equal(agree, story.Agreements.Count == 1);
    }

    [Fact]
    public void A_claim_without_a_frame_joins_the_only_frame_its_thing_has_but_not_when_it_points_back()
    {
        var a = Doc("Alpha", "Some 19 nations attended. The two countries signed.");
        a.Claims = [Claim(a, "19", 19, "nations", null), Claim(a, "two", 2, "countries", null)];
        var b = Doc("Beta", "Delegates from 25 countries came to the summit.");
        b.Claims = [Claim(b, "25", 25, "countries", "conference")];

        var story = Compare(a, b);

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(["some 19", "25"], conflict.Values.Select(v => v.Value));
        Assert.DoesNotContain(story.Unique, f => f.About.StartsWith('2'));
    }

    [Fact]
    public void Different_frames_and_different_counted_things_never_conflict()
    {
        var a = Doc("Alpha", "The coalition includes 40 nations. Ten Arab states joined.");
        a.Claims = [Claim(a, "40", 40, "nations", "coalition"), Claim(a, "Ten", 10, "Arab states", "coalition")];
        var b = Doc("Beta", "Thirty nations came to the summit.");
        b.Claims = [Claim(b, "Thirty", 30, "nations", "conference")];

        var story = Compare(a, b);

        Assert.Empty(story.Conflicts);
        Assert.Equal(3, story.Unique.Count);
    }

    [Fact]
    public void Money_values_are_shown_in_millions_with_their_unit()
    {
        var a = Doc("Alpha", "Donors pledged $340 million.");
        a.Claims = [Claim(a, "$340 million", 340_000_000, null, "conference", "USD")];
        var b = Doc("Beta", "Donors pledged $310 million.");
        b.Claims = [Claim(b, "$310 million", 310_000_000, null, "conference", "USD")];

        var conflict = Assert.Single(Compare(a, b).Conflicts);

        Assert.Equal("amount (conference)", conflict.About);
        Assert.Equal(["340 million USD", "310 million USD"], conflict.Values.Select(v => v.Value));
    }

    [Fact]
    public void Two_articles_of_one_outlet_do_not_conflict_with_each_other()
    {
        var a = Doc("Alpha", "Thirty nations met.");
        a.Claims = [Claim(a, "Thirty", 30, "nations", "conference")];
        var b = Doc("Alpha", "Twenty nations met.");
        b.Claims = [Claim(b, "Twenty", 20, "nations", "conference")];

        var story = Compare(a, b);

        Assert.Empty(story.Conflicts);
        Assert.Empty(story.Agreements);
    }
}
