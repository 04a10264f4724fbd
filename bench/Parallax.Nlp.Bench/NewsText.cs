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

    /// <summary>
    /// From `parallax extract --format jsonl` output, the text of each page whose detected language is English and
    /// which has at least 150 words, one document per page; returns the pages and words written.
    /// </summary>
    public static (int Pages, int Words) WriteEnglishPages(string jsonl, string output)
    {
        var texts = new List<string>();
        var words = 0;
        foreach (var line in File.ReadLines(jsonl))
        {
            using var page = System.Text.Json.JsonDocument.Parse(line);
            var root = page.RootElement;
            if (!root.TryGetProperty("language", out var language) || language.GetString() != "en")
                continue;
            var text = root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            var count = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (count < 150)
                continue;
            texts.Add(text.Replace("\n=====\n", "\n", StringComparison.Ordinal));
            words += count;
        }

        File.WriteAllText(output, string.Join("\n=====\n", texts));
        return (texts.Count, words);
    }
}
