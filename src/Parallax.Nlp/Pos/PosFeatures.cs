using System.Runtime.CompilerServices;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Pos;

/// <summary>
/// Feature templates of the part-of-speech tagger. Changing any of them requires retraining the model.
/// Besides spelling, each word carries its ambiguity class: the set of tags it took in training (as a hash),
/// which at the neighbouring offsets gives the greedy decoder a view of the right context's likely tags.
/// </summary>
public sealed class PosFeatures
{
    private const int Bias = 1, Lower = 2, Form = 3, Suffix = 4, Prefix = 5, Shape = 6, Flag = 7, Ambiguity = 8;
    private const int MaxKeyLength = 48;

    private readonly SpanIndex _words;
    private readonly uint[] _classes;

    /// <param name="ambiguityClasses">Normalized word form → tag-set name.</param>
    public PosFeatures(IReadOnlyDictionary<string, string> ambiguityClasses)
    {
        AmbiguityClasses = ambiguityClasses;
        var words = ambiguityClasses.Keys.ToArray();
        _words = new SpanIndex(words);
        _classes = [.. words.Select(w => FeatureHash.Of(Ambiguity, 0, ambiguityClasses[w]))];
    }

    public IReadOnlyDictionary<string, string> AmbiguityClasses { get; }

    public static string NormalizeKey(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = FeatureHash.Normalize(chars[i]);
        return new string(chars);
    }

    private uint ClassOf(ReadOnlySpan<char> w)
    {
        if (w.Length > MaxKeyLength)
            return 0;
        Span<char> key = stackalloc char[w.Length];
        for (var i = 0; i < w.Length; i++)
            key[i] = FeatureHash.Normalize(w[i]);
        var at = _words.Find(key);
        return at >= 0 ? _classes[at] : 0;
    }
    private const int Prev = 20, Prev2 = 21, PrevWord = 22, PrevSuffix = 23, PairBefore = 24, PairAfter = 25;

    /// <summary>
    /// Features of one word at every offset from the tagged token (see <see cref="WindowFeaturizer"/>). The word's
    /// ambiguity class and shape are found once for all five offsets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Window(ReadOnlySpan<char> w, Span<uint> f, Span<int> ends)
    {
        var ambiguity = ClassOf(w);
        Span<char> shape = stackalloc char[WordShape.MaxLength];
        var shapeLength = WordShape.Write(w, shape);
        var n = 0;
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            n += Word(w, o, ambiguity, shape[..shapeLength], f[n..]);
            ends[o + WordBlocks.Window] = n;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Word(ReadOnlySpan<char> w, int o, uint ambiguity, ReadOnlySpan<char> shape, Span<uint> f)
    {
        var n = 0;
        f[n++] = FeatureHash.OfNormalized(Lower, o, w);
        f[n++] = FeatureHash.Of(Ambiguity, o, (int)ambiguity);
        if (o == 0)
        {
            f[n++] = FeatureHash.Of(Bias);
            f[n++] = FeatureHash.Of(Form, 0, w);
            for (var k = 1; k <= 4 && k <= w.Length; k++)
                f[n++] = FeatureHash.OfNormalized(Suffix, k, w[^k..]);
            for (var k = 1; k <= 3 && k < w.Length; k++)
                f[n++] = FeatureHash.OfNormalized(Prefix, k, w[..k]);
            f[n++] = FeatureHash.Of(Shape, 0, shape);
            n += Flags(w, f[n..]);
        }
        else if (o is -1 or 1)
        {
            f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
            f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 2, w.Length > 2 ? w[^2..] : w);
            f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 4, w.Length > 4 ? w[^4..] : w);
            f[n++] = FeatureHash.Of(Shape, o, shape);
            f[n++] = FeatureHash.Of(Form, o, w);
            f[n++] = FeatureHash.OfNormalized(Prefix, o * 8, w.Length > 2 ? w[..2] : w);
        }
        else
        {
            f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
            f[n++] = FeatureHash.Of(Shape, o, shape);
        }

        return n;
    }

    /// <summary><see cref="Window"/> in a shared part keyed by flags, ambiguity class and shape, and the rest.</summary>
    public WindowSplit Split => new(SharedKey, Shared, Rest);

    /// <summary>Flag bits, the ambiguity class's hash in two chars, then the shape.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int SharedKey(ReadOnlySpan<char> w, Span<char> key)
    {
        var ambiguity = ClassOf(w);
        key[0] = (char)WordShape.FlagBits(w);
        key[1] = (char)(ambiguity & 0xFFFF);
        key[2] = (char)(ambiguity >> 16);
        return 3 + WordShape.Write(w, key.Slice(3, WordShape.MaxLength));
    }

    /// <summary>The features of <see cref="Window"/> that a key from <see cref="SharedKey"/> fixes, offset by offset.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Shared(ReadOnlySpan<char> key, Span<uint> f, Span<int> ends)
    {
        var ambiguity = (int)(key[1] | ((uint)key[2] << 16));
        var shape = key[3..];
        var n = 0;
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            f[n++] = FeatureHash.Of(Ambiguity, o, ambiguity);
            if (o == 0)
                f[n++] = FeatureHash.Of(Bias);
            f[n++] = FeatureHash.Of(Shape, o, shape);
            if (o == 0)
                n += FlagFeatures(key[0], f[n..]);
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
            if (o == 0)
            {
                f[n++] = FeatureHash.Of(Form, 0, w);
                for (var k = 1; k <= 4 && k <= w.Length; k++)
                    f[n++] = FeatureHash.OfNormalized(Suffix, k, w[^k..]);
                for (var k = 1; k <= 3 && k < w.Length; k++)
                    f[n++] = FeatureHash.OfNormalized(Prefix, k, w[..k]);
            }
            else if (o is -1 or 1)
            {
                f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
                f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 2, w.Length > 2 ? w[^2..] : w);
                f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 4, w.Length > 4 ? w[^4..] : w);
                f[n++] = FeatureHash.Of(Form, o, w);
                f[n++] = FeatureHash.OfNormalized(Prefix, o * 8, w.Length > 2 ? w[..2] : w);
            }
            else
            {
                f[n++] = FeatureHash.OfNormalized(Suffix, (o * 8) + 3, w.Length > 3 ? w[^3..] : w);
            }

            ends[o + WordBlocks.Window] = n;
        }
    }

    private static int Flags(ReadOnlySpan<char> w, Span<uint> f) => FlagFeatures(WordShape.FlagBits(w), f);

    private static int FlagFeatures(int bits, Span<uint> f)
    {
        var n = 0;
        for (var bit = 1; bit <= 5; bit++)
        {
            if ((bits & (1 << bit)) != 0)
                f[n++] = FeatureHash.Of(Flag, bit);
        }

        return n;
    }

    /// <summary>Word-pair features (w-1, w0) and (w0, w+1); they do not depend on decoding, so they are added up front.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Pairs(ReadOnlySpan<char> before, ReadOnlySpan<char> w, ReadOnlySpan<char> after, Span<uint> f)
    {
        f[0] = FeatureHash.OfPair(PairBefore, before, w);
        f[1] = FeatureHash.OfPair(PairAfter, w, after);
    }

    /// <summary><see cref="Pairs"/> of words already passed through <see cref="FeatureHash.Normalize"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void PairsOfNormalized(ReadOnlySpan<char> before, ReadOnlySpan<char> w, ReadOnlySpan<char> after, Span<uint> f)
    {
        f[0] = FeatureHash.OfPairNormalized(PairBefore, before, w);
        f[1] = FeatureHash.OfPairNormalized(PairAfter, w, after);
    }

    /// <summary><see cref="WordHistory"/> of a word already passed through <see cref="FeatureHash.Normalize"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WordHistoryOfNormalized(ReadOnlySpan<char> w, int prev, Span<uint> f)
    {
        f[0] = FeatureHash.Of(PrevWord, prev, w);
        f[1] = FeatureHash.Of(PrevSuffix, prev, w.Length > 3 ? w[^3..] : w);
    }

    /// <summary>Features of the decoding history: the previous two predicted tags, alone and with the current word.</summary>
    public static void History(ReadOnlySpan<char> w, int prev, int prev2, Span<uint> f)
    {
        f[0] = PrevFeature(prev);
        f[1] = Prev2Feature(prev, prev2);
        WordHistory(w, prev, f[2..]);
    }

    public static uint PrevFeature(int prev) => FeatureHash.Of(Prev, prev);

    public static uint Prev2Feature(int prev, int prev2) => FeatureHash.Of(Prev2, prev, prev2);

    /// <summary>The two history features that also depend on the word: the previous tag with the word and with its suffix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WordHistory(ReadOnlySpan<char> w, int prev, Span<uint> f)
    {
        f[0] = FeatureHash.OfNormalized(PrevWord, prev, w);
        f[1] = FeatureHash.OfNormalized(PrevSuffix, prev, w.Length > 3 ? w[^3..] : w);
    }

    public const int PairCount = 2;
    public const int HistoryCount = 4;
    public const int WordHistoryCount = 2;
}
