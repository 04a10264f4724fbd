using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Model;
using Xunit.Abstractions;

namespace Parallax.Knowledge.Tests;

/// <summary>
/// The variant-pair suite (Data/variant-pairs.tsv): each case is two short articles naming one actor each; the two
/// articles run through the whole resolver, and the pair counts as merged when both names end up in one entity.
/// </summary>
public sealed class VariantPairTests(ITestOutputHelper output)
{
    public sealed record Pair(bool Merge, EntityType TypeA, string TextA, string NameA, EntityType TypeB, string TextB, string NameB)
    {
        public override string ToString() => $"{(Merge ? "merge" : "apart")}: {NameA} / {NameB}";
    }

    public static List<Pair> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "variant-pairs.tsv");
        var pairs = new List<Pair>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var f = line.Split('\t');
            pairs.Add(new Pair(f[0] == "M", Enum.Parse<EntityType>(f[1]), f[2], f[3], Enum.Parse<EntityType>(f[4]), f[5], f[6]));
        }

        return pairs;
    }

    public static bool Merged(Pair p, KnowledgeBase kb)
    {
        var resolution = new EntityResolution(kb);
        var a = Docs.Make(p.TextA, "a", (p.NameA, p.TypeA));
        var b = Docs.Make(p.TextB, "b", (p.NameB, p.TypeB));
        resolution.Analyze(a);
        resolution.Analyze(b);
        var corpus = new Corpus([a, b]);
        new EntityStage(resolution).Process(corpus, CancellationToken.None);
        var ida = Docs.IdOf(a, p.NameA);
        var idb = Docs.IdOf(b, p.NameB);
        return ida is not null && ida == idb;
    }

    [Fact]
    public void Suite_is_large_and_balanced()
    {
        var pairs = Load();
        Assert.True(pairs.Count >= 150, $"{pairs.Count} pairs");
        var merges = pairs.Count(p => p.Merge);
        Assert.InRange(merges, pairs.Count * 45 / 100, pairs.Count * 55 / 100);
    }

    [Fact]
    public void Precision_and_recall_meet_the_bar()
    {
        var kb = KnowledgeBase.Default;
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var p in Load())
        {
            var merged = Merged(p, kb);
            if (merged && p.Merge)
                tp++;
            else if (merged)
            {
                fp++;
                output.WriteLine($"wrongly merged: {p}");
            }
            else if (p.Merge)
            {
                fn++;
                output.WriteLine($"missed: {p}");
            }
            else
                tn++;
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        output.WriteLine($"pairs {tp + fp + fn + tn}: merged correctly {tp}, kept apart correctly {tn}, wrong merges {fp}, missed merges {fn}");
        output.WriteLine($"precision {precision:F3} recall {recall:F3}");
        Assert.True(precision >= 0.98, $"precision {precision:F3}");
        Assert.True(recall >= 0.90, $"recall {recall:F3}");
    }
}
