using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Parallax.Model;

namespace Parallax.Extract.Bench;

/// <summary>
/// Extraction cost per page over a sample of the trafilatura-eval pages (every 10th page, 99 pages),
/// with AngleSharp's parse alone as the floor. Needs ../shared/data/trafilatura-eval (or PARALLAX_EVAL_DIR).
/// Run: dotnet run -c Release --project bench/Parallax.Extract.Bench
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private readonly ArticleExtractor _extractor = new();
    private readonly AngleSharp.Html.Parser.HtmlParser _parser = new(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = true });
    private List<byte[]> _pages = [];
    private List<string> _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("PARALLAX_EVAL_DIR") ?? FindEvalDir();
        var files = Directory.GetFiles(Path.Combine(dir, "eval")).Concat(Directory.GetFiles(Path.Combine(dir, "cache"))).Order(StringComparer.Ordinal).ToList();
        _pages = [.. files.Where((_, i) => i % 10 == 0).Select(File.ReadAllBytes)];
        _texts = [.. _pages.Select(p => Parallax.Extract.Decoding.TextDecoder.Decode(p).Text)];
    }

    private static string FindEvalDir()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Parallax.slnx")))
            d = d.Parent;
        return Path.GetFullPath(Path.Combine(d?.FullName ?? ".", "..", "shared", "data", "trafilatura-eval"));
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse only (99 pages)")]
    public int ParseOnly()
    {
        var n = 0;
        foreach (var t in _texts)
            n += _parser.ParseDocument(t).All.Length;
        return n;
    }

    /// <summary>The same parse from a read-only source, as the extractor calls it: no copy of the page into a StringBuilder.</summary>
    [Benchmark(Description = "AngleSharp parse only, read-only source (99 pages)")]
    public int ParseOnlyMemory()
    {
        var n = 0;
        foreach (var t in _texts)
            n += _parser.ParseDocument(t.AsMemory()).All.Length;
        return n;
    }

    [Benchmark(Description = "ArticleExtractor (99 pages)")]
    public int Extract()
    {
        var n = 0;
        foreach (var p in _pages)
        {
            try
            {
                n += _extractor.Extract(new RawDocument(SourceInfo.FromPath("bench"), p, RawFormat.Html), default).Text.Length;
            }
            catch (DocumentException)
            {
                n++;
            }
        }

        return n;
    }
}

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(ExtractBenchmarks).Assembly).Run(args);
}
