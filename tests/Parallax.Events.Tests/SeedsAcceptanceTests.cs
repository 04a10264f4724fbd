using Parallax.Annotations;
using Parallax.Events.Export;
using Parallax.Ingest;
using Parallax.Pipeline;
using Parallax.Testing;
using Xunit.Abstractions;

namespace Parallax.Events.Tests;

/// <summary>
/// The seed bars, through the full default engine. They need the NLP and knowledge stages; until those fill
/// Document.Mentions the test reports why and stops, and it skips on machines without ../shared/seeds.
/// </summary>
public sealed class SeedsAcceptanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Seed_articles_give_the_required_events()
    {
        if (Repo.Seeds is not { } seeds)
        {
            output.WriteLine("skipped: ../shared/seeds is not on this machine");
            return;
        }

        var result = await Engine.CreateDefault().AnalyzeAsync(new FileSource([seeds]), null, CancellationToken.None);
        var docs = result.Corpus.Documents;
        if (docs.All(d => d.Mentions.Length == 0))
        {
            output.WriteLine("skipped: the engine found no entity mentions (the NLP and knowledge stages are not in this build)");
            return;
        }

        var events = docs.SelectMany(d => d.Events.Select(e => (Doc: d, E: e, Sentence: d.Text.Substring(e.Start, e.Length)))).ToList();
        foreach (var (_, e, s) in events)
            output.WriteLine($"{Evaluation.DevSetScore.Describe(e)}  | {s}");

        Assert.Contains(events, x => x.E.Cameo.StartsWith("12", StringComparison.Ordinal) && Country(x.E.Source) == "IRN" && Country(x.E.Target) == "USA");
        Assert.Contains(events, x => x.E.Cameo.StartsWith("04", StringComparison.Ordinal)
            && new[] { Country(x.E.Source), Country(x.E.Target) }.Order().SequenceEqual(["IRQ", "USA"]));
        Assert.Contains(events, x => x.E.Cameo.StartsWith("04", StringComparison.Ordinal) && x.Sentence.Contains("Paris", StringComparison.Ordinal));
        Assert.Contains(events, x => x.Sentence.Contains("reconnaissance", StringComparison.Ordinal) && Country(x.E.Source) == "FRA"
            && (Country(x.E.Target) == "IRQ" || x.E.Location is "Iraq"));
        Assert.Contains(events, x => x.E.Cameo.StartsWith("18", StringComparison.Ordinal) && x.Sentence.Contains("Haines", StringComparison.Ordinal));
        var coordinating = events.Where(x => x.Sentence.Contains("not coordinating with Iran", StringComparison.Ordinal)).ToList();
        Assert.Contains(coordinating, x => x.E.Negated);
        Assert.DoesNotContain(coordinating, x => !x.E.Negated && x.E.Modality == Modality.Happened);
    }

    private static string Country(EventActor a) => GdeltExport.Country(a.Code);
}
