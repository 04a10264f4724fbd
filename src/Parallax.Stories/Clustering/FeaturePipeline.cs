namespace Parallax.Stories.Clustering;

/// <summary>
/// Computes features for a stream on all cores, in batches, while the caller clusters the previous batch on its own
/// thread; results come back in input order, so clustering stays deterministic.
/// </summary>
public static class FeaturePipeline
{
    public const int DefaultBatch = 2048;

    /// <summary>Yields each input with its features, or with null features when <paramref name="toItem"/> rejected it.</summary>
    public static IEnumerable<(T Input, DocFeatures? Features)> Extract<T>(
        IEnumerable<T> source, Func<T, ClusterItem?> toItem, CancellationToken cancellationToken, int batchSize = DefaultBatch)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(toItem);
        using var e = source.GetEnumerator();
        var pending = Start(e, toItem, batchSize, cancellationToken);
        while (pending is not null)
        {
            var (inputs, features) = pending.GetAwaiter().GetResult();
            pending = inputs.Length == batchSize ? Start(e, toItem, batchSize, cancellationToken) : null;
            for (var i = 0; i < inputs.Length; i++)
                yield return (inputs[i], features[i]);
        }
    }

    private static Task<(T[] Inputs, DocFeatures?[] Features)>? Start<T>(IEnumerator<T> e, Func<T, ClusterItem?> toItem, int batchSize, CancellationToken cancellationToken)
    {
        var inputs = new List<T>(batchSize);
        while (inputs.Count < batchSize && e.MoveNext())
            inputs.Add(e.Current);
        if (inputs.Count == 0)
            return null;
        var batch = inputs.ToArray();
        return Task.Run(() =>
        {
            var features = new DocFeatures?[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                var item = toItem(batch[i]);
                features[i] = item is null ? null : FeatureExtractor.Extract(item);
            });
            return (batch, features);
        }, cancellationToken);
    }
}
