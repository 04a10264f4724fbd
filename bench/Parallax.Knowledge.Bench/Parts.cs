using System.Diagnostics;
using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Resolution;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Bench;

/// <summary>Rough timing of the resolver's parts, to see where the time goes while tuning.</summary>
public static class Parts
{
    public static void Run()
    {
        var kb = KnowledgeBase.Default;
        var docs = SyntheticCorpus.Create(200, 30, 7);
        var nominals = new NominalScanner(kb);
        var titles = new TitleScanner(kb);
        Time("nominal scan", () => { foreach (var d in docs) nominals.Find(d.Text); });
        Time("kb find", () => { foreach (var d in docs) foreach (var m in d.Mentions) kb.Find(d.Text.AsSpan(m.Start, m.Length)); });
        Time("title left", () => { foreach (var d in docs) foreach (var m in d.Mentions) if (m.Type == EntityType.PER) titles.ScanLeft(d.Text, m.Start); });
        Time("title right", () => { foreach (var d in docs) foreach (var m in d.Mentions) if (m.Type == EntityType.PER) titles.ScanRight(d.Text, m.End); });
        Time("skip title", () => { foreach (var d in docs) foreach (var m in d.Mentions) if (m.Type == EntityType.PER) titles.SkipTitle(d.Text, m.Start, m.End); });
        Time("person parse", () => { foreach (var d in docs) foreach (var m in d.Mentions) if (m.Type == EntityType.PER) PersonName.Parse(d.Text.AsSpan(m.Start, m.Length), kb); });
        var resolver = new DocumentResolver(kb);
        var analyses = docs.Select(d => new ResolvedDocument(d.Article.Id, d.Text, resolver.Resolve(d.Text, d.Mentions, []))).ToList();
        Time("document resolve", () => { foreach (var d in docs) resolver.Resolve(d.Text, d.Mentions, []); });
        Time("corpus merge", () => new CorpusResolver().Resolve(analyses));
        var original = docs.Select(d => d.Mentions).ToArray();
        void Reset()
        {
            for (var i = 0; i < docs.Count; i++)
                docs[i].Mentions = original[i];
        }

        Time("document resolve, fresh resolver", () => { var r = new DocumentResolver(kb); foreach (var d in docs) r.Resolve(d.Text, d.Mentions, []); });
        var kept = new List<DocumentAnalysis>();
        Time("document resolve, results kept", () =>
        {
            var r = new DocumentResolver(kb);
            kept = [.. docs.Select(d => r.Resolve(d.Text, d.Mentions, []))];
        });
        var shared = new EntityResolution(kb);
        Time("analyze, shared resolution", () =>
        {
            Reset();
            foreach (var d in docs)
                shared.Analyze(d);
        });
        Time("analyze, fresh resolution", () =>
        {
            Reset();
            var r = new EntityResolution(kb);
            foreach (var d in docs)
                r.Analyze(d);
        });
        Time("analyze + resolve corpus", () =>
        {
            Reset();
            var r = new EntityResolution(kb);
            foreach (var d in docs)
                r.Analyze(d);
            r.ResolveCorpus(docs, CancellationToken.None);
        });
        Reset();
        var locals = analyses.Sum(a => a.Analysis.Entities.Count);
        var persons = analyses.Sum(a => a.Analysis.Entities.Count(e => e.Person is not null));
        var entities = new CorpusResolver().Resolve(analyses).Entities;
        Console.WriteLine($"local entities {locals}, people {persons}, corpus entities {entities.Count}, merges {entities.Sum(e => e.Merges.Count)}, attributions {entities.Sum(e => e.Attributions.Count)}");
    }

    private static void Time(string name, Action a)
    {
        // Enough warm-up rounds for tiered compilation to reach the optimized code.
        for (var i = 0; i < 20; i++)
            a();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
            a();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{name}: wall {sw.Elapsed.TotalMilliseconds / 10:F1} ms, cpu {used.TotalMilliseconds / 10:F1} ms");
    }
}
