using System.Diagnostics;
using Parallax.Annotations;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Bench;

/// <summary>
/// "phases FILE [rounds]": CPU time of each layer run over every document before the next layer starts, to see where
/// the time goes; best round per layer, and the bytes each layer allocated in the last round. Tables of one model stay warm here, so the sum is a lower bound of FullStage.
/// </summary>
public static class Phases
{
    public static void Run(string text, int rounds)
    {
        var stage = NlpStage.LoadDefault();
        var documents = NewsText.Documents(text);
        Console.WriteLine($"rows: pos {stage.Pos.Weights.Buckets.Length} x {stage.Pos.Classes}, ner {stage.Ner.First.Weights.Buckets.Length} + {stage.Ner.Second?.Weights.Buckets.Length} x {stage.Ner.First.Weights.Classes}");
        foreach (var table in new[] { stage.Pos.Weights, stage.Ner.First.Weights, stage.Ner.Second!.Weights })
        {
            var hist = new int[table.Classes + 1];
            for (var r = 0; r < table.Buckets.Length; r++)
                hist[table.Values.AsSpan(r * table.Classes, table.Classes).Length - table.Values.AsSpan(r * table.Classes, table.Classes).Count((short)0)]++;
            long nz = 0;
            for (var k = 0; k < hist.Length; k++)
                nz += (long)k * hist[k];
            Console.WriteLine($"nonzeros {nz} avg {(double)nz / table.Buckets.Length:F2}; rows by nonzeros: {string.Join(' ', hist.Select((h, k) => $"{k}:{h}").Where(x => !x.EndsWith(":0")))}");
        }

        var best = new double[5];
        var allocated = new long[5];
        Array.Fill(best, double.MaxValue);
        long tokenCount = 0;
        for (var r = 0; r < rounds; r++)
        {
            stage.ForgetUnknownWords();
            var tokens = new Token[documents.Count][];
            var sentences = new Sentence[documents.Count][];
            var pos = new int[documents.Count][];
            var contexts = new NerContext[documents.Count];
            var labels = new int[documents.Count][];
            var emissions = new float[documents.Count][];
            var fixedLabels = new int[documents.Count][];
            var spent = new double[5];
            var bytes = new long[5];
            Time(spent, bytes, 0, () =>
            {
                for (var d = 0; d < documents.Count; d++)
                {
                    tokens[d] = Tokenizer.Tokenize(documents[d]);
                    sentences[d] = SentenceSplitter.Split(documents[d], tokens[d]);
                }
            });
            Time(spent, bytes, 1, () =>
            {
                for (var d = 0; d < documents.Count; d++)
                {
                    pos[d] = new int[tokens[d].Length];
                    stage.Pos.Tag(documents[d], tokens[d], sentences[d], pos[d]);
                }
            });
            Time(spent, bytes, 2, () =>
            {
                for (var d = 0; d < documents.Count; d++)
                {
                    contexts[d] = stage.Ner.CreateContext(new NerDocument(documents[d], tokens[d], sentences[d], null), pos[d]);
                    labels[d] = new int[tokens[d].Length];
                    emissions[d] = new float[tokens[d].Length * NerLabels.Count];
                    fixedLabels[d] = new int[tokens[d].Length];
                }
            });
            Time(spent, bytes, 3, () =>
            {
                for (var d = 0; d < documents.Count; d++)
                    stage.Ner.First.Run(contexts[d], labels[d], emissions[d], fixedLabels[d]);
            });
            Time(spent, bytes, 4, () =>
            {
                for (var d = 0; d < documents.Count; d++)
                {
                    contexts[d].SetFirstPass(labels[d]);
                    stage.Ner.Second!.Run(contexts[d], emissions[d], fixedLabels[d], labels[d]);
                }
            });
            for (var k = 0; k < best.Length; k++)
                best[k] = Math.Min(best[k], spent[k]);
            allocated = bytes;
            tokenCount = tokens.Sum(t => (long)t.Length);
        }

        string[] names = ["tokenize+split", "pos", "ner context", "ner pass 1", "ner pass 2 (stacked)"];
        for (var k = 0; k < names.Length; k++)
            Console.WriteLine($"{names[k],-24} cpu {best[k] * 1000,8:F1} ms  {tokenCount / best[k],12:F0} tokens/cpu-s  {allocated[k] / 1024,8} KB allocated");
        Console.WriteLine($"{"sum",-24} cpu {best.Sum() * 1000,8:F1} ms  {tokenCount / best.Sum(),12:F0} tokens/cpu-s  {allocated.Sum() / 1024,8} KB allocated");
    }

    private static void Time(double[] spent, long[] bytes, int k, Action action)
    {
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        action();
        bytes[k] = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        spent[k] = (process.TotalProcessorTime - start).TotalSeconds;
    }
}
