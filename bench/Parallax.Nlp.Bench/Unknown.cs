using System.Diagnostics;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Bench;

/// <summary>
/// "unknown FILE": how many word types of the text each model lacks, and what summing their blocks costs per type
/// (features only, and features plus weights, with all features summed per word and with the shared part summed per key),
/// three times over.
/// </summary>
public static class Unknown
{
    public static void Run(string text)
    {
        var stage = NlpStage.LoadDefault();
        Measure("pos", text, stage.Pos.Vocabulary, stage.Pos.Weights.ToWeightTable(), stage.Pos.Features.Window, stage.Pos.Features.Split);
        // The stacked second pass has no word blocks.
        Measure("ner", text, stage.Ner.Vocabulary, stage.Ner.First.Weights.ToWeightTable(), Ner.NerFeatures.Window, Ner.NerFeatures.Split);
    }

    private static void Measure(string name, string text, string[] vocabulary, WeightTable table, WindowFeaturizer featurizer, WindowSplit split)
    {
        var known = vocabulary.ToHashSet(StringComparer.Ordinal);
        var types = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long tokens = 0, unknownTokens = 0;
        foreach (var d in NewsText.Documents(text))
        {
            foreach (var t in Text.Tokenizer.Tokenize(d))
            {
                var w = d.Substring(t.Start, t.Length);
                tokens++;
                if (known.Contains(w))
                    continue;
                unknownTokens++;
                if (seen.Add(w))
                    types.Add(w);
            }
        }

        var blocks = new WordBlocks(table, vocabulary, featurizer);
        var splitBlocks = new WordBlocks(table, vocabulary, featurizer, split: split);
        var block = new float[blocks.Width];
        Span<uint> features = stackalloc uint[WordBlocks.Offsets * WordBlocks.MaxFeaturesPerOffset];
        Span<int> ends = stackalloc int[WordBlocks.Offsets];
        for (var round = 0; round < 3; round++)
        {
            var watch = Stopwatch.StartNew();
            long count = 0;
            foreach (var w in types)
            {
                featurizer(w, features, ends);
                count += ends[^1];
            }

            var featurize = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            foreach (var w in types)
                blocks.Compute(w, block);
            var compute = watch.Elapsed.TotalMilliseconds;
            // The shared parts' sums are forgotten first, as before each run of the pipeline over a new text.
            splitBlocks.ForgetUnknown();
            watch.Restart();
            foreach (var w in types)
                splitBlocks.Compute(w, block);
            var splitCompute = watch.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{name}: {unknownTokens} of {tokens} tokens outside the vocabulary, {types.Count} types; "
                + $"{(double)count / types.Count:F1} features per type; features {featurize * 1e6 / types.Count:F0} ns, "
                + $"block {compute * 1e6 / types.Count:F0} ns, split block {splitCompute * 1e6 / types.Count:F0} ns per type");
        }
    }
}
