using BenchmarkDotNet.Attributes;
using Parallax.Synthetic;
using Parallax.Stories.Dedupe;

namespace Parallax.Stories.Bench;

/// <summary>MinHash signature throughput on generated articles (~1,500-2,500 characters, like a short news story). One operation = one batch of 1,000 articles, on one thread.</summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private string[] _texts = [];
    private readonly uint[] _signature = new uint[MinHash.Size];

    [GlobalSetup]
    public void Setup()
    {
        var texts = new List<string>();
        foreach (var a in new StreamGenerator(new GeneratorOptions { Articles = 1_000, Seed = 3 }).Generate())
            texts.Add(a.Text);
        _texts = [.. texts];
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int Signatures()
    {
        var sum = 0;
        foreach (var t in _texts)
            sum += MinHash.Compute(t, _signature);
        return sum;
    }
}
