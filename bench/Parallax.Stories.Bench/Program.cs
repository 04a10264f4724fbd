using System.Globalization;
using BenchmarkDotNet.Running;
using Parallax.Stories.Bench;

// bench generate --articles N --seed S --out DIR [--hard]  writes DIR/stream.jsonl (input of 'parallax cluster') and DIR/gold.jsonl
// bench scale --articles N [--seed S]              generates in memory and clusters, timing only the clustering
// bench minhash [BenchmarkDotNet arguments]        MinHash signature throughput
var verb = args.Length > 0 ? args[0] : "help";
var rest = args.Length > 0 ? args[1..] : [];
switch (verb)
{
    case "generate":
        return Generate.Run(Int(rest, "--articles", 10_000), Int(rest, "--seed", 1), Str(rest, "--out", "."), rest.Contains("--hard"));
    case "scale":
        return Scale.Run(Int(rest, "--articles", 100_000), Int(rest, "--seed", 7));
    case "minhash":
        BenchmarkSwitcher.FromTypes([typeof(MinHashBenchmarks)]).Run(rest);
        return 0;
    default:
        Console.Error.WriteLine("usage: bench generate|scale|minhash [--articles N] [--seed S] [--out DIR]");
        return 2;
}

static int Int(string[] args, string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

static string Str(string[] args, string name, string fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
