using System.Diagnostics;
using BenchmarkDotNet.Running;
using Parallax.Facts;
using Parallax.Facts.Bench;
using Parallax.Model;

if (args.Length > 0 && args[0] == "parts")
{
    // Where the time goes, in CPU time of this thread; BenchmarkDotNet gives the wall-clock figures.
    var b = new FactsBenchmark();
    b.Setup();
    var docs = b.Documents;
    var chars = docs.Sum(d => d.Text.Length);
    Console.WriteLine($"// per corpus: {docs.Sum(d => QuoteScanner.Scan(d.Text).Count)} quote spans, {docs.Sum(d => QuoteExtractor.Extract(d).Count)} attributions, "
        + $"{docs.Sum(d => ClaimFinder.Find(d.Text, [], null).Count)} claims, {docs.Sum(d => TimeFinder.Find(d.Text, null).Length)} times");
    Time("tokens", docs, d => FactsBenchmark.CountTokens(d.Text));
    Time("words", docs, d => WordRuns.Scan(d.Text).Dispose());
    Time("marks", docs, d => QuoteScanner.Scan(d.Text));
    Time("direct", docs, d => QuoteFinder.Find(d.Text));
    Time("quotes", docs, d => QuoteExtractor.Extract(d));
    Time("names", docs, d => NameRuns.Scan(d.Text, QuoteFinder.Find(d.Text)));
    Time("claims", docs, d => ClaimFinder.Find(d.Text, [], null));
    Time("times", docs, d => TimeFinder.Find(d.Text, null));
    var stage = new FactsStage();
    var facts = Time("facts", docs, d => stage.Process(d, CancellationToken.None));
    Console.WriteLine($"facts stage: {b.Tokens / facts / 1e3:0.00} M tokens per CPU-second, {chars / facts / 1e3:0.0} MB per CPU-second");
    if (args.Length > 1 && args[1] == "nlp")
    {
        // The NLP core (tokens, sentences, POS, NER) on the same text, and the facts stage after it, as in the pipeline.
        var nlp = Parallax.Nlp.NlpStage.LoadDefault();
        var annotated = docs.Select(d => new Document(d.Article)).ToArray();
        var nlpMs = Time("nlp", annotated, d => nlp.Process(d, CancellationToken.None));
        var after = Time("facts+nlp", annotated, d => stage.Process(d, CancellationToken.None));
        var nlpTokens = annotated.Sum(d => d.Tokens.Length);
        Console.WriteLine($"nlp core: {nlpTokens / nlpMs / 1e3:0.00} M of its own tokens per CPU-second ({nlpTokens} tokens)");
        Console.WriteLine($"facts / nlp time: {facts / nlpMs:P1} on bare text, {after / nlpMs:P1} on NLP-annotated text");
        Console.WriteLine($"facts / (1 M tokens/s bar): {after / (nlpTokens / 1e3):P1} after NLP, {facts / (nlpTokens / 1e3):P1} on bare text");
    }

    return;
}

if (args.Length > 1 && args[0] == "dump")
{
    // Every quote, claim and time of the corpus, bare and after the NLP core, one per line: diffing two builds' dumps
    // shows whether a change to the stage changed any result.
    var b = new FactsBenchmark();
    b.Setup();
    var nlp = Parallax.Nlp.NlpStage.LoadDefault();
    var stage = new FactsStage();
    using var w = new StreamWriter(args[1]);
    var articles = b.Documents.Select(d => d.Article).ToList();
    if (args.Length > 2)
    {
        // Any other text file, cut at paragraph breaks into articles of about 6,000 characters.
        var sb = new System.Text.StringBuilder();
        foreach (var para in File.ReadAllText(args[2]).Split("\n\n"))
        {
            sb.Append(para).Append("\n\n");
            if (sb.Length < 6000)
                continue;
            var text = sb.ToString();
            articles.Add(new Article(new SourceInfo("dump", null, null), text, text, new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.Zero) }));
            sb.Clear();
        }
    }

    foreach (var (label, annotate) in new[] { ("bare", false), ("nlp", true) })
    {
        foreach (var d in articles.Select(a => new Document(a)))
        {
            if (annotate)
                nlp.Process(d, CancellationToken.None);
            stage.Process(d, CancellationToken.None);
            foreach (var q in d.Quotes)
                w.WriteLine($"{label} quote {q} {q.Second} {q.SpeakerName}");
            foreach (var c in d.Claims)
                w.WriteLine($"{label} claim {c}");
            foreach (var t in d.Times)
                w.WriteLine($"{label} time {t}");
        }
    }

    return;
}

if (args.Length > 1 && args[0] == "loop")
{
    // The whole stage over the corpus for a number of seconds, for a sampling profiler to attach to.
    var b = new FactsBenchmark();
    b.Setup();
    var until = Stopwatch.StartNew();
    var rounds = 0;
    while (until.Elapsed.TotalSeconds < double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture))
    {
        b.Facts();
        rounds++;
    }

    Console.WriteLine($"{rounds} rounds");
    return;
}

BenchmarkRunner.Run<FactsBenchmark>(args: args);

// Warms up (so the JIT has finished tiering), then takes the least CPU time of five timed rounds over the corpus.
static double Time(string name, Document[] docs, Action<Document> act)
{
    for (var w = 0; w < 10; w++)
    {
        foreach (var d in docs)
            act(d);
    }

    var best = double.MaxValue;
    var bestWall = double.MaxValue;
    var bytes = GC.GetAllocatedBytesForCurrentThread();
    for (var r = 0; r < 5; r++)
    {
        var sw = Stopwatch.StartNew();
        var cpu0 = ThreadClock.Milliseconds();
        foreach (var d in docs)
            act(d);
        best = Math.Min(best, ThreadClock.Milliseconds() - cpu0);
        bestWall = Math.Min(bestWall, sw.Elapsed.TotalMilliseconds);
    }

    bytes = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 5;
    Console.WriteLine($"{name,-10} {bestWall,8:0.0} ms wall, {best,8:0.0} ms cpu, {bytes / 1e6,6:0.0} MB allocated per corpus");
    return best;
}
