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
        // CPU time of this single thread as well as wall time: on a shared machine the CPU figure is the per-core rate.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        const int rounds = 10;
        for (var i = 0; i < rounds; i++)
            run();
        var perRound = sw.Elapsed.TotalSeconds / rounds;
        var cpuPerRound = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / rounds;
        Console.WriteLine($"{name}: wall {perRound * 1000:F1} ms per corpus ({ResolutionBenchmarks.MentionCount / perRound:N0} mentions/s), " +
            $"cpu {cpuPerRound * 1000:F1} ms per corpus ({ResolutionBenchmarks.MentionCount / cpuPerRound:N0} mentions/s per core)");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ResolutionBenchmarks).Assembly).Run(args, DefaultConfig.Instance);
