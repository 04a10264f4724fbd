namespace Parallax.Stories.Evaluation;

public readonly record struct Prf(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// B-cubed and pairwise precision/recall/F1 of a clustering against gold labels, over the items both label.
/// B³ averages per item the share of its predicted cluster that is in its gold cluster (precision) and the share of
/// its gold cluster that is in its predicted cluster (recall). Pairwise counts item pairs put together.
/// </summary>
public sealed record ClusterScores(int Items, int PredictedClusters, int GoldClusters, Prf BCubed, Prf Pairwise)
{
    public static ClusterScores Compute(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var cells = new Dictionary<(string, string), long>();
        var predSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var n = 0;
        foreach (var (item, p) in predicted)
        {
            if (!gold.TryGetValue(item, out var g))
                continue;
            n++;
            cells[(p, g)] = cells.GetValueOrDefault((p, g)) + 1;
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
        }

        if (n == 0)
            return new ClusterScores(0, 0, 0, new Prf(0, 0), new Prf(0, 0));
        double bp = 0, br = 0;
        long together = 0;
        foreach (var ((p, g), count) in cells)
        {
            bp += (double)count * count / predSize[p];
            br += (double)count * count / goldSize[g];
            together += Pairs(count);
        }

        long predPairs = 0, goldPairs = 0;
        foreach (var s in predSize.Values)
            predPairs += Pairs(s);
        foreach (var s in goldSize.Values)
            goldPairs += Pairs(s);
        var pairwise = new Prf(predPairs == 0 ? 1 : (double)together / predPairs, goldPairs == 0 ? 1 : (double)together / goldPairs);
        return new ClusterScores(n, predSize.Count, goldSize.Count, new Prf(bp / n, br / n), pairwise);
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"items {Items}, clusters {PredictedClusters} (gold {GoldClusters}); B3 P {BCubed.Precision:F4} R {BCubed.Recall:F4} F1 {BCubed.F1:F4}; pairwise P {Pairwise.Precision:F4} R {Pairwise.Recall:F4} F1 {Pairwise.F1:F4}");

    private static long Pairs(long n) => n * (n - 1) / 2;
}
