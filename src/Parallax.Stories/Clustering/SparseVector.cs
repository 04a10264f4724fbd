namespace Parallax.Stories.Clustering;

/// <summary>
/// A sparse weighted vector as two parallel arrays sorted by key, so dot products are a merge walk with no hashing
/// and a story's state stays a couple of small arrays.
/// </summary>
public readonly struct SparseVector
{
    public static readonly SparseVector EmptyVector = new([], []);

    public SparseVector(ulong[] keys, float[] weights)
    {
        Keys = keys;
        Weights = weights;
    }

    public ulong[] Keys { get; }

    public float[] Weights { get; }

    public int Count => Keys?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public double Norm()
    {
        double sum = 0;
        foreach (var w in Weights ?? [])
            sum += (double)w * w;
        return Math.Sqrt(sum);
    }

    public static double Dot(SparseVector a, SparseVector b)
    {
        double dot = 0;
        int i = 0, j = 0;
        var ak = a.Keys;
        var bk = b.Keys;
        while (i < ak.Length && j < bk.Length)
        {
            if (ak[i] == bk[j])
                dot += (double)a.Weights[i++] * b.Weights[j++];
            else if (ak[i] < bk[j])
                i++;
            else
                j++;
        }

        return dot;
    }

    public static double Cosine(SparseVector a, SparseVector b)
    {
        if (a.IsEmpty || b.IsEmpty)
            return 0;
        var na = a.Norm();
        var nb = b.Norm();
        return na == 0 || nb == 0 ? 0 : Dot(a, b) / (na * nb);
    }

    /// <summary>a + scale·b, keeping at most <paramref name="limit"/> heaviest entries; weights at or below zero are dropped.</summary>
    public static SparseVector Add(SparseVector a, SparseVector b, float scale, int limit)
    {
        var keys = new ulong[a.Count + b.Count];
        var weights = new float[keys.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Count || j < b.Count)
        {
            ulong key;
            float w;
            if (j >= b.Count || (i < a.Count && a.Keys[i] < b.Keys[j]))
                (key, w) = (a.Keys[i], a.Weights[i++]);
            else if (i >= a.Count || b.Keys[j] < a.Keys[i])
                (key, w) = (b.Keys[j], scale * b.Weights[j++]);
            else
                (key, w) = (a.Keys[i], a.Weights[i++] + scale * b.Weights[j++]);
            if (w > 1e-6f)
            {
                keys[n] = key;
                weights[n++] = w;
            }
        }

        return Top(keys, weights, n, limit);
    }

    /// <summary>The <paramref name="limit"/> heaviest of the first n entries, sorted by key again.</summary>
    public static SparseVector Top(ulong[] keys, float[] weights, int n, int limit)
    {
        if (n <= limit)
            return new SparseVector(keys.AsSpan(0, n).ToArray(), weights.AsSpan(0, n).ToArray());
        var (topKeys, topWeights) = Heaviest(keys, weights, n, limit);
        Array.Sort(topKeys, topWeights);
        return new SparseVector(topKeys, topWeights);
    }

    /// <summary>Keys of the <paramref name="count"/> heaviest entries, heaviest first.</summary>
    public ulong[] HeaviestKeys(int count) => Heaviest(Keys, Weights, Count, Math.Min(count, Count)).Keys;

    /// <summary>
    /// Sorts by negated weight with a primitive-keyed sort, much cheaper than a comparison delegate; for equal
    /// weights the order still depends only on the input, which is sorted by key, so results are deterministic.
    /// </summary>
    private static (ulong[] Keys, float[] Weights) Heaviest(ulong[] keys, float[] weights, int n, int take)
    {
        var negated = new float[n];
        var order = new ulong[n];
        for (var i = 0; i < n; i++)
        {
            negated[i] = -weights[i];
            order[i] = keys[i];
        }

        Array.Sort(negated, order);
        var topKeys = order.AsSpan(0, take).ToArray();
        var topWeights = new float[take];
        for (var i = 0; i < take; i++)
            topWeights[i] = -negated[i];
        return (topKeys, topWeights);
    }
}
