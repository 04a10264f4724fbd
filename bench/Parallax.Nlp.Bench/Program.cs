using System.Diagnostics;
using BenchmarkDotNet.Running;
using Parallax.Model;
using Parallax.Nlp;
using Parallax.Nlp.Bench;

// "throughput FILE [rounds]": whole-process run on one thread, tokens/s and peak RSS; otherwise BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "throughput")
{
    var text = File.ReadAllText(args[1]);
    var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
    var load = Stopwatch.StartNew();
    var stage = NlpStage.LoadDefault();
    var loadSeconds = load.Elapsed.TotalSeconds;
    var documents = NewsText.Documents(text);
    long tokens = 0, mentions = 0;
    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    for (var r = 0; r < rounds; r++)
    {
        tokens = 0;
        mentions = 0;
        var watch = Stopwatch.StartNew();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var d in documents)
        {
            var document = new Document(new Article(new SourceInfo("bench", null, null), d, d, new ArticleMetadata()));
            stage.Process(document, CancellationToken.None);
            tokens += document.Tokens.Length;
            mentions += document.Mentions.Length;
        }

        best = Math.Min(best, watch.Elapsed.TotalSeconds);
        bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds);
    }

    using var process = Process.GetCurrentProcess();
    // Wall time is what a user sees; CPU time is less disturbed when the machine is shared.
    Console.WriteLine($"parallax tokens {tokens} entities {mentions} seconds {best:F3} tokens/s {tokens / best:F0} cpu-seconds {bestCpu:F3} tokens/cpu-s {tokens / bestCpu:F0} load {loadSeconds:F2}s peakRSS {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(NlpBenchmarks).Assembly).Run(args);
return 0;
