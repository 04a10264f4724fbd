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

if (args is ["--loop", var which])
{
    // Runs one half for a fixed number of rounds so a sampling profiler (dotnet-trace) sees mostly that code.
    Func<int> body = which switch
    {
        "corpus" => probe.Documents_and_corpus,
        "merge" => probe.MergeOnly(),
        _ => probe.Documents_only,
    };
    for (var i = 0; i < 100; i++)
        body();
    return;
}

if (args is ["--quick"])
{
    // A rough look while tuning; the numbers to report come from the BenchmarkDotNet run.
    Quick.Run("documents", probe.Documents_only);
    Quick.Run("documents+corpus", probe.Documents_and_corpus);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ResolutionBenchmarks).Assembly).Run(args, DefaultConfig.Instance);
