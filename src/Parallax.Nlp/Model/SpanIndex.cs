using System.Runtime.CompilerServices;

namespace Parallax.Nlp.Model;

/// <summary>
/// Read-only map from a word's characters to its position in a fixed word list, for the per-token vocabulary lookup.
/// All words' characters sit in one array and each slot keeps the word's hash, so a lookup reads two small arrays
/// instead of following a dictionary entry to a separate string; about half the cost of a span-keyed Dictionary here.
/// </summary>
public sealed class SpanIndex
{
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly int _mask;

    /// <param name="words">Index i maps to words[i]; a repeated word keeps its first index.</param>
    public SpanIndex(IReadOnlyList<string> words)
    {
        _starts = new int[words.Count + 1];
        var length = 0;
        for (var i = 0; i < words.Count; i++)
        {
            _starts[i] = length;
            length += words[i].Length;
        }

        _starts[words.Count] = length;
        _chars = new char[length];
        for (var i = 0; i < words.Count; i++)
            words[i].CopyTo(_chars.AsSpan(_starts[i]));
        var size = 16;
        while (size < words.Count * 2)
            size *= 2;
        _mask = size - 1;
        _slots = new int[size];
        _hashes = new uint[size];
        for (var i = 0; i < words.Count; i++)
        {
            if (Find(words[i]) >= 0)
                continue;
            var h = Hash(words[i]);
            var slot = (int)h & _mask;
            while (_slots[slot] != 0)
                slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
            _hashes[slot] = h;
        }
    }

    /// <summary>Index of the word, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> word)
    {
        var h = Hash(word);
        var slot = (int)h & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
                return -1;
            if (_hashes[slot] == h)
            {
                var i = entry - 1;
                if (_chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]).SequenceEqual(word))
                    return i;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
            h = (h ^ c) * 16777619u;
        return h ^ (h >> 15);
    }
}
