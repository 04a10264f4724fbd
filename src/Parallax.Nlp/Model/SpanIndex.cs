using System.Runtime.CompilerServices;

namespace Parallax.Nlp.Model;

/// <summary>
/// Read-only map from a word's characters to its position in a fixed word list, for the per-token vocabulary lookup.
/// All words' characters sit in one array and each slot keeps the word's hash and the place of its characters, so a
/// lookup reads one slot and the characters instead of following a dictionary entry to a separate string.
/// </summary>
public sealed class SpanIndex
{
    private readonly char[] _chars;
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <param name="words">Index i maps to words[i]; a repeated word keeps its first index.</param>
    public SpanIndex(IReadOnlyList<string> words)
    {
        _chars = new char[words.Sum(w => w.Length)];
        var size = 16;
        while (size < words.Count * 2)
            size *= 2;
        _mask = size - 1;
        _slots = new Slot[size];
        var used = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (Find(words[i]) >= 0)
                continue;
            words[i].CopyTo(_chars.AsSpan(used));
            var h = Hash(words[i]);
            var slot = (int)h & _mask;
            while (_slots[slot].Entry != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = new Slot(i + 1, h, used, words[i].Length);
            used += words[i].Length;
        }
    }

    /// <summary>Index of the word, or -1.</summary>
    public int Find(ReadOnlySpan<char> word) => Find(word, Hash(word));

    /// <summary>
    /// Asks for the cache line of the hash's first slot, for a lookup soon after. A prefetch is only a hint: if the
    /// collector moves the array in between, the request is wasted, never wrong.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash) => CacheHint.Line(in _slots[(int)hash & _mask]);

    /// <summary>Index of the word whose <see cref="Hash"/> is hash, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word, uint h)
    {
        var slot = (int)h & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Entry == 0)
                return -1;
            if (entry.Hash == h && entry.Length == word.Length && Same(_chars.AsSpan(entry.Start, entry.Length), word))
                return entry.Entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Equality of two words of one length; most are short, and a loop beats a call into the general comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 8)
            return a.SequenceEqual(b);
        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k])
                return false;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
            h = (h ^ c) * 16777619u;
        return h ^ (h >> 15);
    }

    /// <summary>One table slot: what a probe needs (entry, hash, where the word's characters are) in one cache line.</summary>
    private readonly record struct Slot(int Entry, uint Hash, int Start, int Length);
}
