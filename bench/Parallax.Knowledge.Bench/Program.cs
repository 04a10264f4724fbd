using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Parallax.Knowledge.Bench;

// Prints the mention count so the per-invocation times convert to mentions per second.
var probe = new ResolutionBenchmarks();
probe.Setup();
Console.WriteLine($"synthetic corpus: {ResolutionBenchmarks.Documents} documents, {ResolutionBenchmarks.MentionCount} mentions");
if (args is ["--parts"])
{
    Parts.Run();
    return;
}

if (args is ["--quick"])
{
    // A rough look while tuning; the numbers to report come from the BenchmarkDotNet run.
    foreach (var (name, run) in new (string, Func<int>)[] { ("documents", probe.Documents_only), ("documents+corpus", probe.Documents_and_corpus) })
    {
        for (var i = 0; i < 3; i++)
            run();
        var sw = Stopwatch.StartNew();
        const int rounds = 10;
        for (var i = 0; i < rounds; i++)
            run();
        var perRound = sw.Elapsed.TotalSeconds / rounds;
        Console.WriteLine($"{name}: {perRound * 1000:F1} ms per corpus, {ResolutionBenchmarks.MentionCount / perRound:N0} mentions/s");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ResolutionBenchmarks).Assembly).Run(args, DefaultConfig.Instance);
