using BenchmarkDotNet.Attributes;
using Parallax.Events.Evaluation;
using Parallax.Model;

namespace Parallax.Events.Bench;

/// <summary>
/// Event coding over pre-annotated documents (tokens, tags, mentions and actor codes already set), so only the coder is timed.
/// The documents are the development-set sentences, twenty to a document: dense in events, so a pessimistic case.
/// </summary>
[MemoryDiagnoser]
public class CoderBenchmarks
{
    private Document[] _documents = [];

    public int Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var items = DevSet.Load(Path.Combine(AppContext.BaseDirectory, "events-dev.tsv"));
        var docs = new List<Document>();
        for (var i = 0; i < items.Count; i += 20)
        {
            var text = string.Join(" // ", items.Skip(i).Take(20).Select(x => x.Annotated));
            docs.Add(AnnotatedText.Parse(text, new DateOnly(2014, 9, 15)));
        }

        _documents = [.. docs];
        Tokens = docs.Sum(d => d.Tokens.Length);
        Console.WriteLine($"// {docs.Count} documents, {Tokens} tokens, {docs.Sum(d => EventCoder.Default.Code(d).Length)} events per operation");
    }

    [Benchmark]
    public int CodeAllDocuments()
    {
        var n = 0;
        foreach (var d in _documents)
            n += EventCoder.Default.Code(d).Length;
        return n;
    }
}
