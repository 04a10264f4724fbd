using System.Diagnostics;
using System.Globalization;
using Parallax.Stories.Clustering;
using Parallax.Synthetic;
using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Bench;

/// <summary>
/// The whole-run scale benchmark: a generated stream is clustered the way 'parallax cluster' does it (features on all
/// cores in batches, assignment on one thread). Generation runs first, into memory, so only clustering is timed.
/// </summary>
internal static class Scale
{
    public static int Run(int articles, int seed)
    {
        var total = Stopwatch.StartNew();
        var stream = new List<ClusterItem>(articles);
        var gold = new Dictionary<string, string>(articles, StringComparer.Ordinal);
        foreach (var a in new StreamGenerator(new GeneratorOptions { Articles = articles, Seed = seed }).Generate())
        {
            stream.Add(new ClusterItem(a.Id, a.Title, a.Text, a.Published, a.Outlet));
            gold[a.Id] = a.Story;
        }

        var generated = total.Elapsed;
        var clock = Stopwatch.StartNew();
        var assigner = new StoryAssigner();
        var copies = 0;
        foreach (var (_, features) in FeaturePipeline.Extract(stream, x => x, CancellationToken.None))
        {
            assigner.Assign(features!, CancellationToken.None);
            if (assigner.CopyOf(assigner.Count - 1) is not null)
                copies++;
        }

        var clustered = clock.Elapsed;
        var predicted = new Dictionary<string, string>(articles, StringComparer.Ordinal);
        for (var i = 0; i < assigner.Count; i++)
            predicted[assigner.ArticleIds[i]] = assigner.Clusterer.StoryOf(i).ToString(CultureInfo.InvariantCulture);
        var scores = ClusterScores.Compute(predicted, gold);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles {articles}: clustered in {clustered.TotalSeconds:F1} s ({articles / clustered.TotalSeconds:F0}/s), generation {generated.TotalSeconds:F1} s, "
            + $"peak working set {self.PeakWorkingSet64 / (1024.0 * 1024 * 1024):F2} GB (includes the generated texts held in memory), "
            + $"live stories at end {assigner.Clusterer.ActiveStories}, copies {copies}, changes {assigner.Changes.Count}"));
        Console.WriteLine(scores);
        return 0;
    }
}
