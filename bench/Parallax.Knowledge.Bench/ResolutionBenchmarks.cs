using BenchmarkDotNet.Attributes;
using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Model;

namespace Parallax.Knowledge.Bench;

/// <summary>
/// Entity resolution throughput. Each invocation resolves the whole synthetic corpus; mentions per second per core is the printed mention count
/// divided by the mean. Runs single-threaded: the pipeline runs documents in parallel.
/// </summary>
[MemoryDiagnoser]
public class ResolutionBenchmarks
{
    private KnowledgeBase _kb = null!;
    private List<Document> _docs = null!;
    private EntityMention[][] _original = null!;
    private EntityResolution _resolution = null!;

    public const int Documents = 200;
    public const int Sentences = 30;

    public static int MentionCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _kb = KnowledgeBase.Default;
        _docs = SyntheticCorpus.Create(Documents, Sentences, 7);
        _original = [.. _docs.Select(d => d.Mentions)];
        _resolution = new EntityResolution(_kb);
        MentionCount = _docs.Sum(d => d.Mentions.Length);
    }

    /// <summary>In-document resolution only: KB links, titles, coreference, nominal mentions.</summary>
    [Benchmark]
    public int Documents_only()
    {
        var n = 0;
        for (var i = 0; i < _docs.Count; i++)
            n += _resolution.Resolver.Resolve(_docs[i].Text, _original[i], []).Mentions.Length;
        return n;
    }

    /// <summary>For profiling: the cross-document merge alone, over analyses made once.</summary>
    public Func<int> MergeOnly()
    {
        var analyses = _docs.Select((d, i) => new Resolution.ResolvedDocument(d.Article.Id, d.Text, _resolution.Resolver.Resolve(d.Text, _original[i], []))).ToList();
        return () => new Resolution.CorpusResolver(_resolution.Resolver.Strings).Resolve(analyses).Entities.Count;
    }

    /// <summary>The full resolution of a run: per-document stage, then cross-document merging into entities.</summary>
    [Benchmark]
    public int Documents_and_corpus()
    {
        for (var i = 0; i < _docs.Count; i++)
            _docs[i].Mentions = _original[i];
        var resolution = new EntityResolution(_kb);
        foreach (var d in _docs)
            resolution.Analyze(d);
        return resolution.ResolveCorpus(_docs, CancellationToken.None).Count;
    }
}
