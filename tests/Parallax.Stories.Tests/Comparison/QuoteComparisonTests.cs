using Parallax.Annotations;
using static Parallax.Stories.Tests.Comparison.StoryBuilder;

namespace Parallax.Stories.Tests.Comparison;

public sealed class QuoteComparisonTests
{
    /// <summary>An article that quotes the words directly: "words" Speaker said. The quote starts at offset 1.</summary>
    private static Model.Document Said(string outlet, string words, string speaker, string entity)
    {
        var d = Doc(outlet, $"\"{words}\" {speaker} said.");
        d.Quotes = [Quote(d, words, QuoteKind.Direct, speaker, entity)];
        return d;
    }

    [Theory]
    [InlineData("We will rebuild every bridge this year,", "Ana Kos", "per:ana-kos", "We will rebuild every bridge this year,", "Ivo Lind", "per:ivo-lind", "quote-speaker", "Ana Kos|Ivo Lind")]
    [InlineData("We will rebuild every bridge this year,", "Ana Kos", "per:ana-kos", "We shall rebuild each bridge this year,", "Kos", "per:ana-kos", "quote-wording", "We will rebuild every bridge this year,|We shall rebuild each bridge this year,")]
    [InlineData("We need engineers, not speeches,", "Yusuf al-Haddad", "per:yusuf-al-haddad", "We need engineers, not speeches,", "Youssef el-Haddad", "per:youssef-el-haddad", null, null)]
    public void Quotes_conflict_on_speaker_or_wording_and_name_spellings_are_one_speaker(
        string wordsA, string speakerA, string entityA, string wordsB, string speakerB, string entityB, string? kind, string? values)
    {
        var story = Compare(Said("Alpha", wordsA, speakerA, entityA), Said("Beta", wordsB, speakerB, entityB));

        if (kind is null)
        {
            Assert.Empty(story.Conflicts);
            Assert.Single(story.Agreements);
            return;
        }

        var conflict = Assert.Single(story.Conflicts);
        Assert.Equal(kind, conflict.Kind);
        Assert.Equal(values, string.Join('|', conflict.Values.Select(v => v.Value)));
        Assert.Equal([1, 1], conflict.Values.Select(v => v.Start));
        Assert.Equal([wordsA.Length, wordsB.Length], conflict.Values.Select(v => v.Length));
    }

    [Fact]
    public void A_partial_quote_inside_another_outlets_full_quote_is_an_agreement()
    {
        var a = Said("Alpha", "We will rebuild every bridge this year,", "Ana Kos", "per:ana-kos");
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
        var a = Said("Alpha", "The dam held,", "Ana Kos", "per:ana-kos");
        var b = Doc("Beta", "Rain fell all week.");

        var story = Compare(a, b);

        var unique = Assert.Single(story.Unique);
        Assert.Equal("Ana Kos: “The dam held,”", unique.About);
    }
}
