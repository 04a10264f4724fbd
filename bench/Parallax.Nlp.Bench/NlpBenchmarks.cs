using BenchmarkDotNet.Attributes;
using Parallax.Model;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Bench;

/// <summary>
/// Single-thread cost of each layer on the benchmark text (see <see cref="NewsText.Load"/>); tokens/s = TokenCount / time.
/// The minimum and median are shown beside the mean: on this shared machine the same operation takes one of two times
/// about 1.5x apart, depending on how much of the memory cache other tenants leave it, and the mean is their mix.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class NlpBenchmarks
{
    private NlpStage _stage = null!;
    private List<string> _documents = null!;

    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _stage = NlpStage.LoadDefault();
        _documents = NewsText.Documents(NewsText.Load());
        TokenCount = _documents.Sum(d => Tokenizer.Tokenize(d).Length);
        Console.WriteLine($"// tokens per operation: {TokenCount}");
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            var tokens = Tokenizer.Tokenize(d);
            n += SentenceSplitter.Split(d, tokens).Length;
        }

        return n;
    }

    [Benchmark]
    public int FullStage()
    {
        // Each operation meets the text as new text (see NlpStage.ForgetUnknownWords).
        _stage.ForgetUnknownWords();
        var n = 0;
        foreach (var d in _documents)
        {
            var document = new Document(new Article(new SourceInfo("bench", null, null), d, d, new ArticleMetadata()));
            _stage.Process(document, CancellationToken.None);
            n += document.Mentions.Length;
        }

        return n;
    }

    /// <summary>The same work in batches of 128 documents, as the pipeline's runner gives them to the stage.</summary>
    [Benchmark]
    public int FullStageBatched()
    {
        const int batch = 128;
        _stage.ForgetUnknownWords();
        var n = 0;
        for (var at = 0; at < _documents.Count; at += batch)
            n += Batches.Process(_stage, _documents, at, batch).Sum(d => d.Mentions.Length);

        return n;
    }
}
