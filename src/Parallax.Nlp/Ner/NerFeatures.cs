using System.Runtime.CompilerServices;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>Feature templates of the recognizer. Changing any of them requires retraining the model.</summary>
public static class NerFeatures
{
    private const int Bias = 1, Lower = 2, Form = 3, Suffix = 4, Prefix = 5, Shape = 6, Flag = 7;
    internal const int Pos = 20, Gaz = 21, First = 22, FirstWord = 23, Caps = 24, CapsWord = 25, DocLower = 26;
    internal const int PosPair = 29;
    public const int Transition = 40;
    public const int MaxContext = 64;

    /// <summary>Room kept after the gazetteer codes for the features that follow them.</summary>
    internal const int GazetteerLimit = MaxContext - 12;

    /// <summary>Features of one word at every offset from the tagged token (see <see cref="WindowFeaturizer"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Window(ReadOnlySpan<char> w, Span<uint> f, Span<int> ends)
    {
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        var shapeLength = WordShape.Write(w, shape);
        var n = 0;
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            n += Word(w, o, shape[..shapeLength], f[n..]);
            ends[o + WordBlocks.Window] = n;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Word(ReadOnlySpan<char> w, int o, ReadOnlySpan<char> shape, Span<uint> f)
    {
        var n = 0;
        f[n++] = FeatureHash.OfNormalized(Lower, o, w);
        f[n++] = FeatureHash.Of(Shape, o, shape);
        if (o is >= -1 and <= 1)
            f[n++] = FeatureHash.Of(Form, o, w);
        if (o == 0)
        {
            f[n++] = FeatureHash.Of(Bias);
            for (var k = 1; k <= 4 && k < w.Length; k++)
            {
                f[n++] = FeatureHash.OfNormalized(Suffix, k, w[^k..]);
                f[n++] = FeatureHash.OfNormalized(Prefix, k, w[..k]);
            }

            n += FlagFeatures(FlagBits(w), f[n..]);
        }
        else if (o is -1 or 1)
        {
            f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
        }

        return n;
    }

    /// <summary><see cref="WordShape.FlagBits"/> without the period flag; bits 8 and up hold the length, at most 12.</summary>
    private static int FlagBits(ReadOnlySpan<char> w) => (WordShape.FlagBits(w) & 0b11110) | (Math.Min(w.Length, 12) << 8);

    private static int FlagFeatures(int bits, Span<uint> f)
    {
        var n = 0;
        for (var bit = 1; bit <= 4; bit++)
        {
            if ((bits & (1 << bit)) != 0)
                f[n++] = FeatureHash.Of(Flag, bit);
        }

        f[n++] = FeatureHash.Of(Flag, 10 + (bits >> 8));
        return n;
    }

    /// <summary><see cref="Window"/> in a shared part keyed by flags, length and shape, and the rest.</summary>
    public static WindowSplit Split { get; } = new(SharedKey, Shared, Rest);

    /// <summary>Flag and length bits, then the shape.</summary>
    public static int SharedKey(ReadOnlySpan<char> w, Span<char> key)
    {
        key[0] = (char)FlagBits(w);
        return 1 + WordShape.Write(w, key.Slice(1, WordShape.MaxLength));
    }

    /// <summary>The features of <see cref="Window"/> that a key from <see cref="SharedKey"/> fixes, offset by offset.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Shared(ReadOnlySpan<char> key, Span<uint> f, Span<int> ends)
    {
        var shape = key[1..];
        var n = 0;
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            f[n++] = FeatureHash.Of(Shape, o, shape);
            if (o == 0)
            {
                f[n++] = FeatureHash.Of(Bias);
                n += FlagFeatures(key[0], f[n..]);
            }

            ends[o + WordBlocks.Window] = n;
        }
    }

    /// <summary>The features of <see cref="Window"/> that <see cref="Shared"/> leaves out: the word and its affixes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Rest(ReadOnlySpan<char> w, Span<uint> f, Span<int> ends)
    {
        var n = 0;
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            f[n++] = FeatureHash.OfNormalized(Lower, o, w);
            if (o is >= -1 and <= 1)
                f[n++] = FeatureHash.Of(Form, o, w);
            if (o == 0)
            {
                for (var k = 1; k <= 4 && k < w.Length; k++)
                {
                    f[n++] = FeatureHash.OfNormalized(Suffix, k, w[^k..]);
                    f[n++] = FeatureHash.OfNormalized(Prefix, k, w[..k]);
                }
            }
            else if (o is -1 or 1)
            {
                f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
            }

            ends[o + WordBlocks.Window] = n;
        }
    }

    /// <summary>Features beyond the word window: POS tags, gazetteer matches, sentence and document flags.</summary>
    public static int Context(NerContext c, int t, Span<uint> f)
    {
        var n = 0;
        var s = c.SentenceOf[t];
        var first = c.Doc.Sentences[s].FirstToken;
        var end = first + c.Doc.Sentences[s].TokenCount;
        var w = c.Doc.Word(t);
        for (var o = -1; o <= 1; o++)
        {
            var p = t + o;
            var inside = p >= first && p < end;
            f[n++] = FeatureHash.Of(Pos, o, inside ? c.Pos[p] : -1);
            if (!inside)
                continue;
            var codes = c.Gazetteer[p];
            while (codes != 0 && n < GazetteerLimit)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(codes);
                codes &= codes - 1;
                f[n++] = FeatureHash.Of(Gaz, o, bit);
            }
        }

        f[n++] = FeatureHash.Of(PosPair, c.Pos[t], t + 1 < end ? c.Pos[t + 1] : -1);
        if (t == first)
        {
            f[n++] = FeatureHash.Of(First);
            f[n++] = FeatureHash.OfNormalized(FirstWord, 0, w);
        }

        if (c.CapsSentence[s])
        {
            f[n++] = FeatureHash.Of(Caps);
            f[n++] = FeatureHash.OfNormalized(CapsWord, 0, w);
        }

        if (c.LowerElsewhere[t])
            f[n++] = FeatureHash.Of(DocLower, t == first ? 1 : 0);

        return n;
    }
}
