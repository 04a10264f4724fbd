using Parallax.Annotations;
using static Parallax.Stories.Tests.Comparison.StoryBuilder;

namespace Parallax.Stories.Tests.Comparison;

public sealed class QuoteComparisonTests
{
    [Fact]
    public void The_same_words_given_to_two_speakers_conflict()
    {
        var a = Doc("Alpha", "\"We will rebuild every bridge this year,\" Ana Kos said.");
        a.Quotes = [Quote(a, "We will rebuild every bridge this year,", QuoteKind.Direct, "Ana Kos", "per:ana-kos")];
        var b = Doc("Beta", "\"We will rebuild every bridge this year,\" Ivo Lind said.");
        b.Quotes = [Quote(b, "We will rebuild every bridge this year,", QuoteKind.Direct, "Ivo Lind", "per:ivo-lind")];

        var conflict = Assert.Single(Compare(a, b).Conflicts);

        Assert.Equal("quote-speaker", conflict.Kind);
        Assert.Equal(["Ana Kos", "Ivo Lind"], conflict.Values.Select(v => v.Value));
        Assert.Equal([1, 1], conflict.Values.Select(v => v.Start));
        Assert.Equal([39, 39], conflict.Values.Select(v => v.Length));
    }

    [Fact]
    public void Two_spellings_of_one_speakers_name_are_not_two_speakers()
    {
        var a = Doc("Alpha", "\"We need engineers, not speeches,\" said Yusuf al-Haddad.");
        a.Quotes = [Quote(a, "We need engineers, not speeches,", QuoteKind.Direct, "Yusuf al-Haddad", "per:yusuf-al-haddad")];
        var b = Doc("Beta", "\"We need engineers, not speeches,\" said Youssef el-Haddad.");
        b.Quotes = [Quote(b, "We need engineers, not speeches,", QuoteKind.Direct, "Youssef el-Haddad", "per:youssef-el-haddad")];

        var story = Compare(a, b);

        Assert.Empty(story.Conflicts);
        Assert.Single(story.Agreements);
    }

    [Fact]
    public void The_same_speaker_quoted_in_other_words_is_a_wording_conflict()
    {
        var a = Doc("Alpha", "\"We will rebuild every bridge this year,\" Ana Kos said.");
        a.Quotes = [Quote(a, "We will rebuild every bridge this year,", QuoteKind.Direct, "Ana Kos", "per:ana-kos")];
        var b = Doc("Beta", "\"We shall rebuild each bridge this year,\" Kos said.");
        b.Quotes = [Quote(b, "We shall rebuild each bridge this year,", QuoteKind.Direct, "Kos", "per:ana-kos")];

        var conflict = Assert.Single(Compare(a, b).Conflicts);

        Assert.Equal("quote-wording", conflict.Kind);
        Assert.Equal("Ana Kos", conflict.About);
    }

    [Fact]
    public void A_partial_quote_inside_another_outlets_full_quote_is_an_agreement()
    {
        var a = Doc("Alpha", "\"We will rebuild every bridge this year,\" Ana Kos said.");
        a.Quotes = [Quote(a, "We will rebuild every bridge this year,", QuoteKind.Direct, "Ana Kos", "per:ana-kos")];
        var b = Doc("Beta", "Kos promised to \"rebuild every bridge\" soon.");
        b.Quotes = [Quote(b, "rebuild every bridge", QuoteKind.Partial, "Kos", "per:ana-kos")];

        var story = Compare(a, b);

        Assert.Empty(story.Conflicts);
        var agreement = Assert.Single(story.Agreements);
        Assert.Equal("quote", agreement.Kind);
        Assert.Equal([(1, 39), (17, 20)], agreement.Evidence.Select(e => (e.Start, e.Length)));
    }

    [Fact]
    public void A_named_speakers_quote_no_other_outlet_carries_is_unique()
    {
        var a = Doc("Alpha", "\"The dam held,\" Ana Kos said.");
        a.Quotes = [Quote(a, "The dam held,", QuoteKind.Direct, "Ana Kos", "per:ana-kos")];
        var b = Doc("Beta", "Rain fell all week.");

        var story = Compare(a, b);

        var unique = Assert.Single(story.Unique);
        Assert.Equal("Ana Kos: “The dam held,”", unique.About);
    }
}
