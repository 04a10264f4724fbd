using System.Diagnostics;
using BenchmarkDotNet.Running;
using Parallax.Facts;
using Parallax.Facts.Bench;

if (args.Length > 0 && args[0] == "parts")
{
    // A quick split of where the time goes, for tuning; the numbers to report come from BenchmarkDotNet.
    var b = new FactsBenchmark();
    b.Setup();
    var docs = b.Documents;
    void Time(string name, Action<Parallax.Model.Document> act)
    {
        for (var w = 0; w < 3; w++)
            foreach (var d in docs) act(d);
        var sw = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        for (var r = 0; r < 10; r++)
            foreach (var d in docs) act(d);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        Console.WriteLine($"{name,-10} {sw.Elapsed.TotalMilliseconds / 10,8:0.0} ms wall, {cpu.TotalMilliseconds / 10,8:0.0} ms cpu per MB");
    }

    Time("tokens", d => FactsBenchmark.CountTokens(d.Text));
    Time("marks", d => QuoteScanner.Scan(d.Text));
    Time("direct", d => QuoteFinder.Find(d.Text));
    Time("indirect", d => IndirectFinder.Find(d.Text, QuoteFinder.Find(d.Text)));
    Time("names", d => NameRuns.Scan(d.Text, QuoteFinder.Find(d.Text)));
    Time("quotes", d => QuoteExtractor.Extract(d));
    Time("claims", d => ClaimFinder.Find(d.Text, [], null));
    Time("times", d => TimeFinder.Find(d.Text, null));
    return;
}

BenchmarkRunner.Run<FactsBenchmark>(args: args);
