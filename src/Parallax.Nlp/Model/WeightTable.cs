using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Parallax.Nlp.Model;

/// <summary>
/// Immutable hashed linear weights: a feature hash picks a bucket, the bucket maps to a dense row of class weights
/// (or to nothing when training left it empty). Read-only after construction, so shared freely across threads.
/// </summary>
public sealed class WeightTable
{
    private readonly int[] _rowOf;
    private readonly float[] _rows;

    public WeightTable(int bucketBits, int classes, int[] rowOf, float[] rows)
    {
        BucketBits = bucketBits;
        Classes = classes;
        _rowOf = rowOf;
        _rows = rows;
        Mask = (1u << bucketBits) - 1;
    }

    public int BucketBits { get; }
    public int Classes { get; }
    public uint Mask { get; }
    public int RowCount => _rows.Length / Math.Max(1, Classes);

    internal ReadOnlySpan<int> RowIndex => _rowOf;
    internal ReadOnlySpan<float> Rows => _rows;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(uint feature, Span<float> scores)
    {
        var row = _rowOf[feature & Mask];
        if (row >= 0)
            AddInto(scores, _rows.AsSpan(row * Classes, Classes));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddInto(Span<float> target, ReadOnlySpan<float> source)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && target.Length >= Vector<float>.Count)
        {
            ref var t = ref MemoryMarshal.GetReference(target);
            ref var s = ref MemoryMarshal.GetReference(source);
            for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var sum = Vector.LoadUnsafe(ref t, (nuint)i) + Vector.LoadUnsafe(ref s, (nuint)i);
                sum.StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < target.Length; i++)
            target[i] += source[i];
    }
}
