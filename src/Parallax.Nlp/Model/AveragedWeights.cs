namespace Parallax.Nlp.Model;

/// <summary>
/// Training-time weights for an averaged perceptron over hashed features: dense arrays indexed by bucket*classes+class.
/// Averaging uses the accumulated-update trick (average = w - u/c), so no per-weight timestamps are needed.
/// </summary>
public sealed class AveragedWeights
{
    private readonly float[] _w;
    private readonly float[] _u;
    private long _c = 1;

    public AveragedWeights(int bucketBits, int classes)
    {
        BucketBits = bucketBits;
        Classes = classes;
        Mask = (1u << bucketBits) - 1;
        _w = new float[(1L << bucketBits) * classes];
        _u = new float[_w.Length];
    }

    public int BucketBits { get; }
    public int Classes { get; }
    public uint Mask { get; }

    public void Tick() => _c++;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            var row = _w.AsSpan((int)(f & Mask) * Classes, Classes);
            WeightTable.AddInto(scores, row);
        }
    }

    public void Update(ReadOnlySpan<uint> features, int label, float delta)
    {
        var cd = _c * delta;
        foreach (var f in features)
        {
            var i = (int)(f & Mask) * Classes + label;
            _w[i] += delta;
            _u[i] += cd;
        }
    }

    /// <summary>Averaged weights quantized to 16 bits, dropping buckets whose every weight rounds to zero.</summary>
    public QuantizedTable Export(float pruneBelow)
    {
        var classes = Classes;
        var avg = new float[classes];
        var max = 0f;
        for (var i = 0; i < _w.Length; i++)
            max = Math.Max(max, Math.Abs(_w[i] - (_u[i] / _c)));
        var scale = max > 0 ? max / 32000f : 1f;
        var buckets = new List<int>();
        var values = new List<short>();
        for (var b = 0; b < 1 << BucketBits; b++)
        {
            var any = false;
            for (var k = 0; k < classes; k++)
            {
                var i = (b * classes) + k;
                avg[k] = _w[i] - (_u[i] / _c);
                if (Math.Abs(avg[k]) >= pruneBelow && Math.Abs(avg[k]) >= scale)
                    any = true;
            }

            if (!any)
                continue;
            buckets.Add(b);
            for (var k = 0; k < classes; k++)
                values.Add((short)Math.Clamp(Math.Round(avg[k] / scale), short.MinValue, short.MaxValue));
        }

        return new QuantizedTable(BucketBits, classes, scale, [.. buckets], [.. values]);
    }
}

/// <summary>Weights as stored in a model file: the kept buckets, their 16-bit rows and one scale.</summary>
public sealed record QuantizedTable(int BucketBits, int Classes, float Scale, int[] Buckets, short[] Values)
{
    public WeightTable ToWeightTable() => WeightTable.FromQuantized(this);
}
