namespace Parallax.Nlp.Bench;

/// <summary>Splits a benchmark text file into documents at blank-line-separated "=====" markers or keeps it whole.</summary>
public static class NewsText
{
    public static List<string> Documents(string text) =>
        [.. text.Split("\n=====\n", StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The benchmark text: PARALLAX_BENCH_TEXT, or the CoNLL dev set re-joined by bench/nlp/make-text.sh.</summary>
    public static string Load()
    {
        var path = Environment.GetEnvironmentVariable("PARALLAX_BENCH_TEXT") ?? "/tmp/parallax-nlp-bench.txt";
        if (!File.Exists(path))
            throw new FileNotFoundException($"benchmark text not found: {path} (run bench/nlp/make-text.sh first)", path);
        return File.ReadAllText(path);
    }
}
