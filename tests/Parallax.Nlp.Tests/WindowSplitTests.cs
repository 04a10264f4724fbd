using Parallax.Nlp.Model;
using Parallax.Nlp.Ner;

namespace Parallax.Nlp.Tests;

/// <summary>A split featurizer's two parts are the whole window's features, and blocks summed through it are the same sums.</summary>
public sealed class WindowSplitTests
{
    public static TheoryData<string> Words() =>
    [
        "", "a", "I", "to", "The", "U.S.", "al-Jaafari", "1,234", "3.5%", "$", "won't", "Kerry's", "LAVROV", "J.R.R.",
        "e-mail", "x-1", "Qzxvbnmwlk", "Massoum", "ÉLYSÉE", "naïve", "ab", "abc", "abcd", "abcde", "Abcdef-Ghij.Klm0",
        "1996", "\u0660\u0661", "İstanbul", "ß", "--", "...", "AbCdEfGhIjKlMnOp", "a1b2c3d4e5",
    ];

    [Theory]
    [MemberData(nameof(Words))]
    public void Pos_parts_together_are_the_window(string word) =>
        AssertSameFeatures(word, Models.Required.Pos.Features.Window, Models.Required.Pos.Features.Split);

    [Theory]
    [MemberData(nameof(Words))]
    public void Ner_parts_together_are_the_window(string word) => AssertSameFeatures(word, NerFeatures.Window, NerFeatures.Split);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Parts_are_the_window_for_random_words(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var word = RandomWord(random);
            AssertSameFeatures(word, Models.Required.Pos.Features.Window, Models.Required.Pos.Features.Split);
            AssertSameFeatures(word, NerFeatures.Window, NerFeatures.Split);
        }
    }

    [Fact]
    public void Split_blocks_equal_whole_blocks_up_to_rounding_and_do_not_depend_on_what_the_cache_held()
    {
        var pos = Models.Required.Pos;
        var table = pos.Weights.ToWeightTable();
        var whole = new WordBlocks(table, pos.Vocabulary, pos.Features.Window);
        var split = new WordBlocks(table, pos.Vocabulary, pos.Features.Window, split: pos.Features.Split);
        var random = new Random(7);
        var words = Enumerable.Range(0, 200).Select(_ => RandomWord(random)).Concat(pos.Vocabulary.Take(200)).ToArray();
        var first = words.Select(w => Block(split, w)).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var expected = Block(whole, words[i]);
            for (var k = 0; k < expected.Length; k++)
                Assert.True(Math.Abs(expected[k] - first[i][k]) <= 1e-4f * Math.Max(1f, Math.Abs(expected[k])), $"{words[i]} at {k}");
        }

        // Enough other shapes to fill the cache of shared sums several times over, then the same words again.
        for (var i = 0; i < 5000; i++)
            Block(split, RandomWord(random));
        for (var i = 0; i < words.Length; i++)
            Assert.Equal(first[i], Block(split, words[i]));
    }

    private static float[] Block(WordBlocks blocks, string word)
    {
        var block = new float[blocks.Width];
        blocks.Compute(word, block);
        return block;
    }

    private static void AssertSameFeatures(string word, WindowFeaturizer window, WindowSplit split)
    {
        var expected = PerOffset((f, e) => window(word, f, e));
        var key = new char[WindowSplit.MaxKey];
        var length = split.Key(word, key);
        var shared = PerOffset((f, e) => split.Shared(key.AsSpan(0, length), f, e));
        var rest = PerOffset((f, e) => split.Rest(word, f, e));
        for (var o = 0; o < WordBlocks.Offsets; o++)
            Assert.Equal(expected[o].Order(), shared[o].Concat(rest[o]).Order());
    }

    private delegate void Featurize(Span<uint> features, Span<int> ends);

    private static uint[][] PerOffset(Featurize featurize)
    {
        var features = new uint[WordBlocks.Offsets * WordBlocks.MaxFeaturesPerOffset];
        var ends = new int[WordBlocks.Offsets];
        featurize(features, ends);
        return [.. Enumerable.Range(0, WordBlocks.Offsets).Select(o => features[(o == 0 ? 0 : ends[o - 1])..ends[o]])];
    }

    private static string RandomWord(Random random)
    {
        const string pieces = "aZ9.-'éÖ\u0660xyQ$%";
        var chars = new char[random.Next(1, 14)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0x20, 0x3000) : pieces[random.Next(pieces.Length)];
        return new string(chars);
    }
}
