using BenchmarkDotNet.Attributes;
using Parallax.Facts.Evaluation;
using Parallax.Model;

namespace Parallax.Facts.Bench;

/// <summary>
/// Quotes, claims and time expressions over news-like text: the development set's passages joined into articles of
/// about 6,000 characters (a typical story), 1 MB in total, on one core. The NLP core runs on the same articles so
/// that the facts stage's time per token can be set against it.
/// </summary>
[MemoryDiagnoser]
public class FactsBenchmark
{
    private Document[] _docs = [];
    private Document[] _annotated = [];
    private Parallax.Nlp.NlpStage _nlp = null!;

    public Document[] Documents => _docs;

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Parallax.slnx")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var passages = DevSet.Read(Path.Combine(root, "tests", "Parallax.Facts.Tests", "DevSet"));
        var docs = new List<Document>();
        var total = 0;
        var k = 0;
        while (total < 1_000_000)
        {
            var sb = new System.Text.StringBuilder();
            while (sb.Length < 6000)
                sb.Append(passages[k++ % passages.Count].Text).Append("\n\n");
            var text = sb.ToString();
            total += text.Length;
            docs.Add(new Document(new Article(new SourceInfo("bench", null, null), text, text, new ArticleMetadata
            {
                Published = new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero),
            })));
        }

        _docs = [.. docs];
        Tokens = docs.Sum(d => CountTokens(d.Text));

        // The same articles through the NLP core first, as in the pipeline: the facts stage then reads its mentions.
        _nlp = Parallax.Nlp.NlpStage.LoadDefault();
        _annotated = [.. docs.Select(d => new Document(d.Article))];
        foreach (var d in _annotated)
            _nlp.Process(d, CancellationToken.None);
        Console.WriteLine($"// corpus: {docs.Count} documents, {total} chars, {Tokens} tokens");
    }

    /// <summary>A bare span-based pass that finds every token, the floor any token-level stage pays; Facts is reported as a ratio to it.</summary>
    [Benchmark(Baseline = true)]
    public int TokenScan()
    {
        var n = 0;
        foreach (var d in _docs)
            n += CountTokens(d.Text);
        return n;
    }

    [Benchmark]
    public int Facts()
    {
        var stage = new FactsStage();
        var n = 0;
        foreach (var d in _docs)
        {
            stage.Process(d, CancellationToken.None);
            n += d.Quotes.Length + d.Claims.Length + d.Times.Length;
        }

        return n;
    }

    /// <summary>The NLP core (tokens, sentences, POS, NER) on the same text: the facts stage's budget is a share of this.</summary>
    [Benchmark]
    public int Nlp()
    {
        var n = 0;
        foreach (var d in _annotated)
        {
            _nlp.Process(d, CancellationToken.None);
            n += d.Mentions.Length;
        }

        return n;
    }

    /// <summary>The facts stage on NLP-annotated documents, the way the pipeline runs it.</summary>
    [Benchmark]
    public int FactsAfterNlp()
    {
        var stage = new FactsStage();
        var n = 0;
        foreach (var d in _annotated)
        {
            stage.Process(d, CancellationToken.None);
            n += d.Quotes.Length + d.Claims.Length + d.Times.Length;
        }

        return n;
    }

    /// <summary>Words, numbers and punctuation marks, the way a tokenizer counts them.</summary>
    public static int CountTokens(string text)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            n++;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' or '-' or '.' or ',' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    i++;
            }
            else
            {
                i++;
            }
        }

        return n;
    }
}
