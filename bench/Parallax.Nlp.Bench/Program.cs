using System.Diagnostics;
using BenchmarkDotNet.Running;
using Parallax.Nlp;
using Parallax.Nlp.Bench;

// "throughput FILE [rounds] [batch]": whole-process run on one thread, tokens/s and peak RSS, one document at a time or
// in batches of that many documents (as the pipeline runs them); otherwise BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "throughput")
{
    var text = File.ReadAllText(args[1]);
    var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var batch = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
    var load = Stopwatch.StartNew();
    var stage = NlpStage.LoadDefault();
    var loadSeconds = load.Elapsed.TotalSeconds;
    var documents = NewsText.Documents(text);
    long tokens = 0, mentions = 0;
    // Fixed (not per-process randomized) digest of the first round's tags and mentions, to check that an
    // optimization leaves the output unchanged.
    var digest = 14695981039346656037UL;
    void Mix(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            digest = (digest ^ c) * 1099511628211UL;
        digest = (digest ^ 0xFFFF) * 1099511628211UL;
    }

    var best = double.MaxValue;
    var first = 0.0;
    var bestCpu = double.MaxValue;
    for (var r = 0; r < rounds; r++)
    {
        tokens = 0;
        mentions = 0;
        // Every round meets the text as new text: its words outside the training vocabularies are scored again.
        stage.ForgetUnknownWords();
        var watch = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedStart = GC.GetAllocatedBytesForCurrentThread();
        var collectionsStart = GC.CollectionCount(0);
        for (var at = 0; at < documents.Count; at += batch)
        {
            foreach (var document in Batches.Process(stage, documents, at, batch))
            {
                tokens += document.Tokens.Length;
                mentions += document.Mentions.Length;
                if (r == 0)
                {
                    foreach (var tag in document.Xpos)
                        Mix(tag);
                    foreach (var m in document.Mentions)
                        Mix($"{m.Start} {m.Length} {m.Type}");
                }
            }
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        Console.Error.WriteLine($"round {r + 1}: {watch.Elapsed.TotalSeconds:F3} s wall, {cpu:F3} s cpu, "
            + $"{(GC.GetAllocatedBytesForCurrentThread() - allocatedStart) / 1024} KB allocated, {GC.CollectionCount(0) - collectionsStart} gen0 collections");
        if (r == 0)
            first = watch.Elapsed.TotalSeconds;
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
        bestCpu = Math.Min(bestCpu, cpu);
    }

    using var process = Process.GetCurrentProcess();
    // Wall time is what a user sees; CPU time is less disturbed when the machine is shared.
    Console.WriteLine($"parallax tokens {tokens} entities {mentions} seconds {best:F3} tokens/s {tokens / best:F0} cpu-seconds {bestCpu:F3} tokens/cpu-s {tokens / bestCpu:F0} load {loadSeconds:F2}s first-round-tokens/s {tokens / first:F0} peakRSS {process.PeakWorkingSet64 / (1024 * 1024)} MB output {digest:X16}");
    return 0;
}

if (args.Length >= 2 && args[0] == "batches")
{
    var culture = System.Globalization.CultureInfo.InvariantCulture;
    Batches.Run(File.ReadAllText(args[1]), args.Length > 2 ? int.Parse(args[2], culture) : 41, args.Length > 3 ? int.Parse(args[3], culture) : 128);
    return 0;
}

if (args.Length >= 3 && args[0] == "english")
{
    var (pages, words) = NewsText.WriteEnglishPages(args[1], args[2]);
    Console.WriteLine($"wrote {args[2]} ({pages} pages, {words} words)");
    return 0;
}

if (args.Length >= 2 && args[0] == "unknown")
{
    Unknown.Run(File.ReadAllText(args[1]));
    return 0;
}

if (args.Length >= 2 && args[0] == "coverage")
{
    Coverage.Run(File.ReadAllText(args[1]));
    return 0;
}

if (args.Length >= 2 && args[0] == "phases")
{
    Phases.Run(File.ReadAllText(args[1]), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(NlpBenchmarks).Assembly).Run(args);
return 0;
