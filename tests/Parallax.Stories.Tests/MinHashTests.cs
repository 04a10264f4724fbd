using Parallax.Stories.Dedupe;

namespace Parallax.Stories.Tests;

public sealed class MinHashTests
{
    private const string Wire =
        "Delegations from nineteen nations pledged money on Monday to rebuild the flooded valley, an organizer said, as a row over an upstream dam "
        + "threatened to split the region. The commission chair said the money would pay for housing, bridges and a new warning system. "
        + "The water minister blamed the neighbor for the disaster and said operators opened the spillway gates without notice. "
        + "The deputy foreign minister rejected the accusation and said engineers followed every rule the commission has written. "
        + "About forty thousand people are still displaced and at least one hundred died, the commission said. The donors meet again in June.";

    private static uint[] Sig(string text, out int shingles, out ulong exact)
    {
        var s = new uint[MinHash.Size];
        shingles = MinHash.Compute(text, s, out exact);
        return s;
    }

    [Fact]
    public void Identical_word_sequences_agree_everywhere_whatever_the_case_and_punctuation()
    {
        var a = Sig(Wire, out var na, out var ea);
        var b = Sig(Wire.ToUpperInvariant().Replace(",", " ,", StringComparison.Ordinal), out var nb, out var eb);
        Assert.Equal(1.0, MinHash.Similarity(a, b));
        Assert.Equal(na, nb);
        Assert.Equal(ea, eb);
    }

    [Fact]
    public void A_trimmed_copy_is_contained_and_an_unrelated_text_is_not_similar()
    {
        var full = Sig(Wire, out var nf, out _);
        var trimmed = Sig(Wire[..(Wire.Length * 2 / 3)], out var nt, out _);
        var other = Sig("The city council approved a transit budget of forty eight million after a debate that ran past midnight, adding two bus routes.", out _, out _);
        var j = MinHash.Similarity(full, trimmed);
        Assert.InRange(j, 0.45, 0.85);
        Assert.InRange(MinHash.Containment(j, nf, nt), 0.85, 1.0);
        Assert.InRange(MinHash.Similarity(full, other), 0.0, 0.1);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ,;  ", 0)]
    [InlineData("flood", 1)]
    [InlineData("flood relief", 2)]
    [InlineData("flood relief talks", 1)]
    [InlineData("flood relief talks resume", 2)]
    public void Shingle_counts_follow_the_word_count(string text, int expected)
    {
        var s = Sig(text, out var n, out _);
        Assert.Equal(expected, n);
        Assert.Equal(expected == 0, s.All(v => v == MinHash.Empty));
    }

    [Fact]
    public void Random_input_never_throws_and_fills_every_position_when_there_are_words()
    {
        var rng = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[rng.Next(0, 400)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = rng.Next(4) == 0 ? ' ' : (char)rng.Next(1, 0xFFFF);
            var s = Sig(new string(chars), out var n, out _);
            Assert.True(n >= 0);
            if (n > 0)
                Assert.DoesNotContain(MinHash.Empty, s);
        }
    }

    [Fact]
    public void Signature_of_wrong_size_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => MinHash.Compute("a b c", new uint[8]));
    }
}
