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
