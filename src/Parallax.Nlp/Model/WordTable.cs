using System.Numerics;

namespace Parallax.Nlp.Model;

/// <summary>
/// A growing map from words to ints for one thread, with every word's characters in one array: adding a word makes no
/// string, and a lookup compares characters in place. Used for the words outside a model's vocabulary, thousands of
/// new ones per text.
/// </summary>
public sealed class WordTable(int capacity)
{
    private readonly Slot[] _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    private char[] _chars = new char[capacity * 8];
    private int _used;

    public int Count { get; private set; }

    /// <summary>The value of the word whose <see cref="SpanIndex.Hash"/> is hash.</summary>
    public bool TryGet(ReadOnlySpan<char> word, uint hash, out int value)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly var s = ref _slots[slot];
            if (s.Length == 0)
            {
                value = -1;
                return false;
            }

            if (s.Hash == hash && s.Length - 1 == word.Length && _chars.AsSpan(s.Start, word.Length).SequenceEqual(word))
            {
                value = s.Value;
                return true;
            }
        }
    }

    /// <summary>Adds a word not in the table; the table holds at most its capacity.</summary>
    public void Add(ReadOnlySpan<char> word, uint hash, int value)
    {
        if (Count == capacity)
            throw new InvalidOperationException("word table is full");
        if (_used + word.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
        word.CopyTo(_chars.AsSpan(_used));
        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (_slots[slot].Length != 0)
            slot = (slot + 1) & mask;
        _slots[slot] = new Slot(value, hash, _used, word.Length + 1);
        _used += word.Length;
        Count++;
    }

    public void Clear()
    {
        if (Count == 0)
            return;
        Array.Clear(_slots);
        _used = 0;
        Count = 0;
    }

    /// <summary>Length is the word's length plus one, so a zero slot is empty.</summary>
    private readonly record struct Slot(int Value, uint Hash, int Start, int Length);
}
