using System.Numerics;
using System.Runtime.CompilerServices;

namespace Parallax.Nlp.Model;

/// <summary>
/// Bucket → row code of a hashed weight table, with the empty buckets left out. Training fills 5–16% of the buckets,
/// so a plain array of 2^20 codes is 4 MB per table, read at random: its loads missed the core's caches and were an
/// eighth of tagging time. Here each group of 64 buckets is one bit per bucket plus the number of filled buckets before
/// the group (256 KB per 2^20 buckets, which stays in the core's cache), and only the filled buckets' codes are stored.
/// </summary>
public sealed class BucketIndex
{
    private readonly Group[] _groups;

    /// <summary>[0] is -1, what an empty bucket reads; [k] is the code of the k-th filled bucket.</summary>
    private readonly int[] _codes;

    /// <param name="rowOf">One code per bucket, -1 where the bucket is empty.</param>
    public BucketIndex(ReadOnlySpan<int> rowOf)
    {
        _groups = new Group[(rowOf.Length + 63) / 64];
        var codes = new List<int> { -1 };
        for (var g = 0; g < _groups.Length; g++)
        {
            var before = codes.Count - 1;
            var bits = 0UL;
            var group = rowOf.Slice(g * 64, Math.Min(64, rowOf.Length - (g * 64)));
            for (var b = 0; b < group.Length; b++)
            {
                if (group[b] == -1)
                    continue;
                bits |= 1UL << b;
                codes.Add(group[b]);
            }

            _groups[g] = new Group(bits, before);
        }

        _codes = [.. codes];
    }

    public int Filled => _codes.Length - 1;
    public long Bytes => ((long)_groups.Length * Unsafe.SizeOf<Group>()) + ((long)_codes.Length * sizeof(int));

    /// <summary>The bucket's code, or -1 when it is empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Code(uint bucket) => _codes[Slot(bucket)];

    /// <summary>
    /// Where the bucket's code is kept: 0 (which reads -1) when the bucket is empty. Branch-free: whether a bucket is
    /// filled is a coin toss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Slot(uint bucket)
    {
        ref readonly var group = ref _groups[bucket >> 6];
        // The bucket's bit moves to the top and the bits above it fall off: the sign says whether the bucket is filled,
        // the population count how many filled buckets of the group are at or below it.
        var below = group.Bits << (int)(~bucket & 63);
        var filled = (int)((long)below >> 63);
        return (group.Before + BitOperations.PopCount(below)) & filled;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CodeAt(int slot) => _codes[slot];

    /// <summary>Asks for the line <see cref="Slot"/> will read (only a hint, see <see cref="CacheHint"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchGroup(uint bucket) => CacheHint.Line(in _groups[bucket >> 6]);

    /// <summary>Asks for the line <see cref="CodeAt"/> will read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchCode(int slot) => CacheHint.Line(in _codes[slot]);

    private readonly record struct Group(ulong Bits, int Before);
}
