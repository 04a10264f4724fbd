using System.Runtime.CompilerServices;
namespace Parallax.Nlp.Model;

/// <summary>
/// Feature hashing straight from character spans: a feature is (template id, optional small ints, optional text),
/// hashed with FNV-1a over UTF-16 units and finished with a murmur mix. Nothing is allocated.
/// </summary>
public static class FeatureHash
{
    private const uint Prime = 16777619;
    private const uint Basis = 2166136261;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Of(int template, int a = 0, int b = 0) => Finish(Step(Step(Step(Basis, (uint)template), (uint)a), (uint)b));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Of(int template, int a, ReadOnlySpan<char> text)
    {
        var h = Step(Step(Basis, (uint)template), (uint)a);
        foreach (var c in text)
            h = (h ^ c) * Prime;
        return Finish(h);
    }

    /// <summary>Hash of two normalized texts together, for word-pair features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint OfPair(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Step(Basis, (uint)template);
        foreach (var c in first)
            h = (h ^ Normalize(c)) * Prime;
        h = Step(h, 0xFFFF);
        foreach (var c in second)
            h = (h ^ Normalize(c)) * Prime;
        return Finish(h);
    }

    /// <summary><see cref="OfPair"/> of texts already passed through <see cref="Normalize"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint OfPairNormalized(int template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Step(Basis, (uint)template);
        foreach (var c in first)
            h = (h ^ c) * Prime;
        h = Step(h, 0xFFFF);
        foreach (var c in second)
            h = (h ^ c) * Prime;
        return Finish(h);
    }

    /// <summary>Hash of the text lowercased, digits folded to '0' so "1996" and "2014" share their features.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint OfNormalized(int template, int a, ReadOnlySpan<char> text)
    {
        var h = Step(Step(Basis, (uint)template), (uint)a);
        foreach (var c in text)
            h = (h ^ Normalize(c)) * Prime;
        return Finish(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Normalize(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
                return (char)(c | 0x20);
            return (uint)(c - '0') <= 9 ? '0' : c;
        }

        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint h, uint v) => (h ^ v) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >> 16);
    }
}
