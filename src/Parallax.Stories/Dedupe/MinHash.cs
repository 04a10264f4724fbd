using System.Numerics;
using Parallax.Stories.Text;

namespace Parallax.Stories.Dedupe;

/// <summary>
/// MinHash signatures over word shingles by one-permutation hashing: each shingle is hashed once, its low bits pick
/// one of <see cref="Size"/> bins and the bin keeps the smallest high half. Empty bins borrow from a pseudo-randomly
/// chosen filled bin (optimal densification), so short texts still give comparable signatures. The chance that two
/// signatures agree in a position estimates the Jaccard similarity of the shingle sets, at one hash per shingle
/// instead of one per shingle and permutation.
/// </summary>
public static class MinHash
{
    public const int Size = 128;
    public const int ShingleWords = 3;
    public const uint Empty = uint.MaxValue;

    /// <summary>Fills the signature and returns the number of shingles (0 when the text has no words).</summary>
    public static int Compute(ReadOnlySpan<char> text, Span<uint> signature) => Compute(text, signature, out _);

    /// <summary>As <see cref="Compute(ReadOnlySpan{char}, Span{uint})"/>, and also hashes the whole lower-cased word sequence, so exact copies can be told apart from near ones.</summary>
    public static int Compute(ReadOnlySpan<char> text, Span<uint> signature, out ulong exactHash)
    {
        if (signature.Length != Size)
            throw new ArgumentException($"a signature has {Size} values", nameof(signature));
        signature.Fill(Empty);
        ulong filledLow = 0, filledHigh = 0;
        ulong w0 = 0, w1 = 0;
        var words = 0;
        var shingles = 0;
        ulong exact = 0x9E3779B97F4A7C15;
        foreach (var w in new WordEnumerator(text))
        {
            var h = w.Hash;
            exact = Mix(exact ^ h);
            words++;
            if (words >= ShingleWords)
            {
                Add(Shingle(w0, w1, h), signature, ref filledLow, ref filledHigh);
                shingles++;
            }

            w0 = w1;
            w1 = h;
        }

        // Texts shorter than one shingle still deserve a signature: their words stand in for shingles.
        if (shingles == 0 && words > 0)
        {
            foreach (var w in new WordEnumerator(text))
            {
                Add(Mix(w.Hash), signature, ref filledLow, ref filledHigh);
                shingles++;
            }
        }

        exactHash = Mix(exact ^ (ulong)words);
        if (shingles > 0)
            Densify(signature, filledLow, filledHigh);
        return shingles;
    }

    /// <summary>The estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
                same++;
        }

        return (double)same / Size;
    }

    /// <summary>Estimated share of the smaller shingle set found in the other, from the Jaccard estimate and both set sizes.</summary>
    public static double Containment(double jaccard, int sizeA, int sizeB)
    {
        var smaller = Math.Min(sizeA, sizeB);
        if (smaller <= 0)
            return 0;
        var intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.Min(1.0, intersection / smaller);
    }

    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    private static ulong Shingle(ulong a, ulong b, ulong c) =>
        Mix((a * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(b, 21) ^ BitOperations.RotateLeft(c, 42));

    private static void Add(ulong h, Span<uint> signature, ref ulong filledLow, ref ulong filledHigh)
    {
        var bin = (int)(h & (Size - 1));
        var value = (uint)(h >> 32);
        if (value == Empty)
            value--;
        if (value < signature[bin])
            signature[bin] = value;
        if (bin < 64)
            filledLow |= 1UL << bin;
        else
            filledHigh |= 1UL << (bin - 64);
    }

    private static void Densify(Span<uint> signature, ulong filledLow, ulong filledHigh)
    {
        if (filledLow == ulong.MaxValue && filledHigh == ulong.MaxValue)
            return;
        for (var i = 0; i < Size; i++)
        {
            if (IsFilled(i, filledLow, filledHigh))
                continue;
            for (var attempt = 1UL; ; attempt++)
            {
                var j = (int)(Mix(((ulong)i << 32) | attempt) & (Size - 1));
                if (IsFilled(j, filledLow, filledHigh))
                {
                    signature[i] = signature[j];
                    break;
                }
            }
        }
    }

    private static bool IsFilled(int bin, ulong low, ulong high) =>
        bin < 64 ? (low & (1UL << bin)) != 0 : (high & (1UL << (bin - 64))) != 0;
}
