namespace Parallax.Nlp.Model;

/// <summary>
/// One thread's sums of the shared window features (<see cref="WindowSplit"/>) by key, emptied when full. A sum is
/// recomputed the same way after it is dropped, so what the cache holds never changes a result.
/// </summary>
internal sealed class PartSums(int width)
{
    private const int Capacity = 1024;
    private readonly WordTable _index = new(Capacity);
    private float[] _arena = new float[64 * width];

    /// <summary>The sum for a key, computed now by the owner if the key is new; valid until the next call.</summary>
    public ReadOnlySpan<float> Find(ReadOnlySpan<char> key, WordBlocks owner)
    {
        var hash = SpanIndex.Hash(key);
        if (_index.TryGet(key, hash, out var offset))
            return _arena.AsSpan(offset, width);
        if (_index.Count == Capacity)
            _index.Clear();
        offset = _index.Count * width;
        if (offset + width > _arena.Length)
            Array.Resize(ref _arena, Math.Min(Capacity * width, _arena.Length * 2));
        owner.ComputeShared(key, _arena.AsSpan(offset, width));
        _index.Add(key, hash, offset);
        return _arena.AsSpan(offset, width);
    }

    public void Clear() => _index.Clear();
}
