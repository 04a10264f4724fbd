using System.Diagnostics;
using Parallax.Model;

namespace Parallax.Nlp.Bench;

/// <summary>
/// "batches FILE [rounds] [batch]": one process alternates rounds of the text one document at a time with rounds in
/// batches, so the machine's drift (which moves whole runs by a third here) hits both alike; prints each way's best and
/// median round and the median ratio of adjacent rounds.
/// </summary>
public static class Batches
{
    public static void Run(string text, int rounds, int batch)
    {
        var stage = NlpStage.LoadDefault();
        var documents = NewsText.Documents(text);
        var single = new List<double>();
        var batched = new List<double>();
        var ratios = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            // The order within a pair alternates too, so neither way always runs right after the other.
            var singleFirst = r % 2 == 0;
            var a = singleFirst ? Round(stage, documents, 1) : Round(stage, documents, batch);
            var b = singleFirst ? Round(stage, documents, batch) : Round(stage, documents, 1);
            var (one, many) = singleFirst ? (a, b) : (b, a);
            // The first pair runs while the JIT is still at work.
            if (r == 0)
                continue;
            single.Add(one);
            batched.Add(many);
            ratios.Add(one / many);
        }

        var tokens = documents.Sum(d => Text.Tokenizer.Tokenize(d).Length);
        Console.WriteLine($"one at a time: best {single.Min() * 1000:F1} ms, median {Median(single) * 1000:F1} ms ({tokens / Median(single):F0} tokens/s)");
        Console.WriteLine($"batches of {batch}: best {batched.Min() * 1000:F1} ms, median {Median(batched) * 1000:F1} ms ({tokens / Median(batched):F0} tokens/s)");
        Console.WriteLine($"median speed-up of batches, adjacent rounds: {Median(ratios):F3} over {ratios.Count} pairs, {ratios.Count(x => x > 1)} above 1");
    }

    private static double Round(NlpStage stage, List<string> documents, int batch)
    {
        stage.ForgetUnknownWords();
        var watch = Stopwatch.StartNew();
        for (var at = 0; at < documents.Count; at += batch)
            Process(stage, documents, at, batch);
        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Documents at..at+batch of the text through the stage: one at a time when batch is 1, else as one batch, as the
    /// pipeline's runner gives them.
    /// </summary>
    public static Document[] Process(NlpStage stage, List<string> documents, int at, int batch)
    {
        var group = documents.Skip(at).Take(batch)
            .Select(d => new Document(new Article(new SourceInfo("bench", null, null), d, d, new ArticleMetadata()))).ToArray();
        if (batch == 1)
            stage.Process(group[0], CancellationToken.None);
        else
            stage.Process(group, new Exception?[group.Length], CancellationToken.None);
        return group;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
