using System.Numerics;

namespace Parallax.Nlp.Model;

/// <summary>
/// A growing map from words to ints for one thread, with every word's characters in one array: adding a word makes no
/// string, and a lookup compares characters in place. Used for the words outside a model's vocabulary, thousands of
/// new ones per text. Capacity is the size it is made for; it grows past it rather than fail.
/// </summary>
public sealed class WordTable(int capacity)
{
    private Slot[] _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 1) * 2)];
    private char[] _chars = new char[Math.Max(capacity, 1) * 8];
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

    /// <summary>Asks for the first slot a lookup of this hash reads (only a hint, see <see cref="CacheHint"/>).</summary>
    public void Prefetch(uint hash) => CacheHint.Line(in _slots[(int)hash & (_slots.Length - 1)]);

    /// <summary>Adds a word not in the table. Past the capacity it was made for, the table grows.</summary>
    public void Add(ReadOnlySpan<char> word, uint hash, int value)
    {
        if ((Count + 1) * 2 > _slots.Length)
            Grow();
        if (_used + word.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + word.Length));
        word.CopyTo(_chars.AsSpan(_used));
        Place(new Slot(value, hash, _used, word.Length + 1));
        _used += word.Length;
        Count++;
    }

    private void Place(Slot entry)
    {
        var mask = _slots.Length - 1;
        var slot = (int)entry.Hash & mask;
        while (_slots[slot].Length != 0)
            slot = (slot + 1) & mask;
        _slots[slot] = entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        foreach (var entry in old)
        {
            if (entry.Length != 0)
                Place(entry);
        }
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
