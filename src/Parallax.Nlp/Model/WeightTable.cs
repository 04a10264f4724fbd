using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parallax.Nlp.Model;

/// <summary>
/// Immutable hashed linear weights: a feature hash picks a bucket, the bucket maps to a sparse row of (class, weight)
/// entries (or to nothing when training left it empty). Rows average about 4 non-zero classes out of 74 (POS) or 17
/// (NER), so sparse rows are an eighth of the dense size and stay cache-resident, which is what tagging speed
/// depends on. Sums are the same as with dense rows: the skipped terms were zeros. Shared freely across threads.
/// </summary>
public sealed class WeightTable
{
    private readonly BucketIndex _rows;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly float _scale;

    /// <param name="rowOf">
    /// Bucket → index of the row's header entry in entries (sparse row), -1 (no row), or -2 - r for dense row r.
    /// </param>
    /// <param name="entries">Per sparse row: a header whose Class is the row's entry count, then that many (class, value).</param>
    /// <param name="dense">Dense rows, already scaled: row r is dense[r * classes..].</param>
    private WeightTable(int bucketBits, int classes, float scale, int[] rowOf, Entry[] entries, float[] dense)
    {
        BucketBits = bucketBits;
        Classes = classes;
        Mask = (1u << bucketBits) - 1;
        _scale = scale;
        _rows = new BucketIndex(rowOf);
        _entries = entries;
        _dense = dense;
    }

    /// <summary>
    /// Rows with at least this many non-zero classes are kept dense and added with vector instructions. The weights
    /// of subword features (suffixes, shapes, the bias) spread over most classes, and adding them entry by entry was
    /// most of the cost of scoring a word outside the vocabulary. A dense row adds zeros where the sparse row had no
    /// entry, and x + 0 = x, so sums are unchanged.
    /// </summary>
    public static int DenseFrom(int classes) => Math.Max(4, classes / 4);

    public int BucketBits { get; }
    public int Classes { get; }
    public uint Mask { get; }
    public long Bytes => _rows.Bytes + ((long)_entries.Length * Unsafe.SizeOf<Entry>()) + ((long)_dense.Length * sizeof(float));

    /// <summary>Sparse copy of quantized rows; values keep their 16 bits and are scaled when added.</summary>
    public static WeightTable FromQuantized(QuantizedTable table)
    {
        var classes = table.Classes;
        var rowOf = new int[1 << table.BucketBits];
        Array.Fill(rowOf, -1);
        var entries = new List<Entry>(table.Buckets.Length * 5);
        var dense = new List<float>();
        var denseFrom = DenseFrom(classes);
        for (var r = 0; r < table.Buckets.Length; r++)
        {
            var row = table.Values.AsSpan(r * classes, classes);
            if (row.Length - row.Count((short)0) >= denseFrom)
            {
                rowOf[table.Buckets[r]] = -2 - (dense.Count / classes);
                foreach (var v in row)
                    dense.Add(v * table.Scale);
                continue;
            }

            var header = entries.Count;
            entries.Add(default);
            for (var k = 0; k < row.Length; k++)
            {
                if (row[k] != 0)
                    entries.Add(new Entry((ushort)k, row[k]));
            }

            entries[header] = new Entry((ushort)(entries.Count - header - 1), 0);
            rowOf[table.Buckets[r]] = header;
        }

        return new WeightTable(table.BucketBits, classes, table.Scale, rowOf, [.. entries], [.. dense]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint feature, Span<float> scores)
    {
        var start = _rows.Code(feature & Mask);
        if (start >= 0)
            AddRow(start, _entries[start].Class, scores);
        else if (start < -1)
            AddDense(start, scores);
    }

    /// <summary>
    /// Adds many features at once, feature i into scores[at[i]..]. Each level of a row's address (the bucket's group,
    /// its code, then the row) is asked for in one pass over all the features and read in the next, so the cache misses
    /// of a whole chunk overlap and no pass waits on a load; reading each level as soon as it is computed left the
    /// first two loops stalled on their loads, an eighth of tagging time.
    /// Per target the features are added in the given order, so sums equal those of calling <see cref="Add"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public void AddAll(ReadOnlySpan<uint> features, ReadOnlySpan<int> at, Span<float> scores)
    {
        const int chunk = 128;
        Span<int> starts = stackalloc int[chunk];
        Span<int> slots = stackalloc int[chunk];
        var rows = _rows;
        var entries = _entries;
        var mask = Mask;
        for (var begin = 0; begin < features.Length; begin += chunk)
        {
            var n = Math.Min(chunk, features.Length - begin);
            var f = features.Slice(begin, n);
            for (var i = 0; i < n; i++)
                rows.PrefetchGroup(f[i] & mask);
            for (var i = 0; i < n; i++)
            {
                slots[i] = rows.Slot(f[i] & mask);
                rows.PrefetchCode(slots[i]);
            }

            for (var i = 0; i < n; i++)
            {
                starts[i] = rows.CodeAt(slots[i]);
                if (starts[i] >= 0)
                    PrefetchEntry(starts[i]);
                else if (starts[i] < -1)
                    PrefetchDense(starts[i]);
            }

            for (var i = 0; i < n; i++)
            {
                if (starts[i] >= 0)
                    AddRow(starts[i], entries[starts[i]].Class, scores.Slice(at[begin + i], Classes));
                else if (starts[i] < -1)
                    AddDense(starts[i], scores.Slice(at[begin + i], Classes));
            }
        }
    }

    /// <summary>Asks for a sparse row's header and first weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchEntry(int start) => CacheHint.Line(in _entries[start]);

    /// <summary>Asks for a dense row's cache lines: it spans five lines (POS) that no earlier load predicts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PrefetchDense(int start) => CacheHint.Lines(_dense.AsSpan((-2 - start) * Classes, Classes));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int start, int count, Span<float> scores)
    {
        if (scores.Length < Classes)
            ThrowShort();
        ref var header = ref _entries[start];
        ref var s = ref MemoryMarshal.GetReference(scores);
        var scale = _scale;
        for (var k = 1; k <= count; k++)
        {
            var e = Unsafe.Add(ref header, k);
            Unsafe.Add(ref s, e.Class) += e.Value * scale;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddDense(int start, Span<float> scores) => AddInto(scores[..Classes], _dense.AsSpan((-2 - start) * Classes, Classes));

    private static void ThrowShort() => throw new ArgumentException("score span is shorter than the class count");

    /// <summary>
    /// target += source. A row whose length is not a multiple of the vector width ends with one vector that overlaps
    /// the previous one; its sums are taken before the loop stores anything, so every element is added exactly once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddInto(Span<float> target, ReadOnlySpan<float> source)
    {
        var length = target.Length;
        if (source.Length < length)
            ThrowShort();
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var s = ref MemoryMarshal.GetReference(source);
        if (Vector512.IsHardwareAccelerated && length >= Vector512<float>.Count)
        {
            var last = (nuint)(length - Vector512<float>.Count);
            var tail = Vector512.LoadUnsafe(ref t, last) + Vector512.LoadUnsafe(ref s, last);
            for (nuint i = 0; i < last; i += (nuint)Vector512<float>.Count)
                (Vector512.LoadUnsafe(ref t, i) + Vector512.LoadUnsafe(ref s, i)).StoreUnsafe(ref t, i);
            tail.StoreUnsafe(ref t, last);
            return;
        }

        if (Vector256.IsHardwareAccelerated && length >= Vector256<float>.Count)
        {
            var last = (nuint)(length - Vector256<float>.Count);
            var tail = Vector256.LoadUnsafe(ref t, last) + Vector256.LoadUnsafe(ref s, last);
            for (nuint i = 0; i < last; i += (nuint)Vector256<float>.Count)
                (Vector256.LoadUnsafe(ref t, i) + Vector256.LoadUnsafe(ref s, i)).StoreUnsafe(ref t, i);
            tail.StoreUnsafe(ref t, last);
            return;
        }

        for (var i = 0; i < length; i++)
            target[i] += source[i];
    }

    /// <summary>One non-zero weight of a row, or a row header (Class = number of entries that follow).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Entry(ushort Class, short Value);
}
