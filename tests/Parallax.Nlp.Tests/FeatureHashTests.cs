using Parallax.Nlp.Model;
using Parallax.Nlp.Pos;

namespace Parallax.Nlp.Tests;

/// <summary>The tagger hashes words it lower-cased once; the hashes must be those of the features it was trained on.</summary>
public sealed class FeatureHashTests
{
    [Theory]
    [InlineData("The", "U.S.", "said")]
    [InlineData("al-Jaafari", "1,996", "ÉTATS")]
    [InlineData("\u0001<", "Kerry's", "\u0001>")]
    [InlineData("İstanbul", "Straße", "ΣΟΦΙΑ")]
    public void Hashes_of_normalized_words_equal_the_normalizing_hashes(string before, string word, string after)
    {
        static string Normalized(string w) => new([.. w.Select(FeatureHash.Normalize)]);
        var expected = new uint[PosFeatures.PairCount];
        var actual = new uint[PosFeatures.PairCount];
        PosFeatures.Pairs(before, word, after, expected);
        PosFeatures.PairsOfNormalized(Normalized(before), Normalized(word), Normalized(after), actual);
        Assert.Equal(expected, actual);
        for (var prev = 0; prev < 3; prev++)
        {
            var history = new uint[PosFeatures.WordHistoryCount];
            var normalized = new uint[PosFeatures.WordHistoryCount];
            PosFeatures.WordHistory(word, prev, history);
            PosFeatures.WordHistoryOfNormalized(Normalized(word), prev, normalized);
            Assert.Equal(history, normalized);
        }
    }
}

public sealed class ArgMaxTests
{
    [Fact]
    public void ArgMax_is_the_first_highest_score_ties_included()
    {
        var random = new Random(3);
        foreach (var length in new[] { 1, 5, 16, 17, 31, 32, 74, 100 })
        {
            for (var round = 0; round < 200; round++)
            {
                // Few distinct values, so ties (also between -0 and +0) are common.
                var s = Enumerable.Range(0, length).Select(_ => (float)random.Next(-3, 4) * (random.Next(2) == 0 ? 1f : -1f)).ToArray();
                var expected = 0;
                for (var k = 1; k < length; k++)
                {
                    if (s[k] > s[expected])
                        expected = k;
                }

                Assert.Equal(expected, PosTagger.ArgMax(s));
            }
        }
    }
}
