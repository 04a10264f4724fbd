using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Web.Bench;

/// <summary>
/// Writes synthetic analyzed articles straight through the store API: multi-outlet stories of 1 to 40 articles, each
/// article with entity mentions, quotes, numeric claims and events at real offsets, and a stored comparison per story
/// (claims about the same thing with different values become conflicts). Deterministic for a seed.
/// </summary>
public static class Filler
{
    private static readonly string[] Outlets =
    [
        "Meridian Daily", "The Harbor Ledger", "Northwind Wire", "Capital Tribune", "Riverside Gazette", "Alder Courier",
        "Coastline Post", "Bay Wire", "Evening Standard Bearer", "The Lantern", "Upland Herald", "Delta Observer",
    ];

    private static readonly string[] Words =
    [
        "council", "river", "budget", "bridge", "election", "storm", "harbor", "treaty", "minister", "court", "strike", "factory",
        "school", "hospital", "railway", "drought", "summit", "border", "market", "tariff", "vaccine", "protest", "dam", "pipeline",
        "festival", "museum", "stadium", "airport", "ferry", "mine", "forest", "wildfire", "flood", "reactor", "port", "union",
    ];

    private static readonly string[] Counted = ["people", "nations", "ferries", "schools", "workers", "homes", "delegates", "trucks"];

    public static void Run(string db, int articles, int seed)
    {
        var sw = Stopwatch.StartNew();
        var rng = new Random(seed);
        using var store = SqliteStore.Open(db);
        var batch = new List<(Document, string)>(1000);
        var made = 0;
        var storyNo = 0;
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        while (made < articles)
        {
            var size = Math.Min(articles - made, rng.Next(100) < 30 ? 1 : rng.Next(2, 41));
            var storyId = "sbench" + storyNo.ToString("x7", CultureInfo.InvariantCulture);
            var topic = new[] { Words[rng.Next(Words.Length)], Words[rng.Next(Words.Length)], Words[rng.Next(Words.Length)] };
            var when = start.AddHours(storyNo * 2.0 + rng.Next(48));
            var actors = Enumerable.Range(0, 6).Select(_ => rng.Next(20_000)).ToArray();
            var truth = rng.Next(5, 500);
            var docs = new List<Document>(size);
            for (var i = 0; i < size; i++)
                docs.Add(Article(rng, storyNo, i, topic, when.AddHours(rng.Next(72)), actors, truth));
            foreach (var d in docs)
                batch.Add((d, storyId));
            if (batch.Count >= 1000)
            {
                store.AddBatch(batch);
                batch.Clear();
            }

            if (docs.Count > 1)
                pendingComparisons.Add(Compare(storyId, docs));
            if (pendingComparisons.Count >= 200 || batch.Count == 0)
                FlushComparisons(store, batch);
            made += size;
            storyNo++;
            if (made % 10_000 < size)
                Console.Error.WriteLine($"fill: {made:N0} articles, {storyNo:N0} stories, {sw.Elapsed.TotalSeconds:F0} s");
        }

        store.AddBatch(batch);
        batch.Clear();
        FlushComparisons(store, batch);
        var indexed = store.SyncEntityIndex();
        Console.Out.WriteLine($"fill: {store.ArticleCount:N0} articles in {store.StoryCount:N0} stories, {indexed:N0} indexed for entities, in {sw.Elapsed.TotalSeconds:F0} s -> {db}");
    }

    private static readonly List<Story> pendingComparisons = [];

    /// <summary>Comparisons are saved only once their articles are stored, as a comparison stage would.</summary>
    private static void FlushComparisons(SqliteStore store, List<(Document, string)> unsaved)
    {
        var waiting = unsaved.Select(u => u.Item2).ToHashSet(StringComparer.Ordinal);
        pendingComparisons.RemoveAll(s =>
        {
            if (waiting.Contains(s.Id))
                return false;
            store.SaveComparison(s);
            return true;
        });
    }

    private static Document Article(Random rng, int story, int index, string[] topic, DateTimeOffset published, int[] actors, int truth)
    {
        var sb = new StringBuilder();
        var mentions = new List<EntityMention>();
        var ids = new List<string?>();
        var quotes = new List<Quote>();
        var claims = new List<Claim>();
        var events = new List<CodedEvent>();
        string Name(int a) => $"Person{a} Family{a % 997}";
        void Mention(int a)
        {
            mentions.Add(new EntityMention(sb.Length, Name(a).Length, EntityType.PER, 0, 2));
            ids.Add("per:" + a.ToString(CultureInfo.InvariantCulture));
            sb.Append(Name(a));
        }

        var paragraphs = rng.Next(5, 9);
        for (var p = 0; p < paragraphs; p++)
        {
            if (p > 0)
                sb.Append("\n\n");
            var a = actors[rng.Next(actors.Length)];
            var b = actors[rng.Next(actors.Length)];
            Mention(a);
            sb.Append($" spoke about the {topic[p % 3]} on day {story}, article {index}. ");
            var value = rng.Next(100) < 70 ? truth : truth + rng.Next(1, 50);
            var counted = Counted[(story + p) % Counted.Length];
            var claimText = $"{value} {counted}";
            claims.Add(new Claim(sb.Length, claimText.Length, value, null, null, counted, "reported", null));
            sb.Append(claimText).Append(" were counted by officials near the ").Append(topic[(p + 1) % 3]).Append(". ");
            var q = sb.Length;
            sb.Append('"').Append("We will meet ");
            mentions.Add(new EntityMention(sb.Length, Name(b).Length, EntityType.PER, 0, 2));
            ids.Add("per:" + b.ToString(CultureInfo.InvariantCulture));
            sb.Append(Name(b)).Append(" about the ").Append(topic[p % 3]).Append(",\" ");
            var quoteEnd = sb.Length - 2;
            var speaker = sb.Length;
            Mention(a);
            sb.Append(" said.");
            quotes.Add(new Quote(q, quoteEnd - q, QuoteKind.Direct, new TextRange(speaker, Name(a).Length), new TextRange(speaker + Name(a).Length + 1, 4), "per:" + a.ToString(CultureInfo.InvariantCulture)));
            events.Add(new CodedEvent(q, quoteEnd - q, new EventActor(new TextRange(speaker, Name(a).Length), "per:" + a.ToString(CultureInfo.InvariantCulture), "CVL"),
                new EventActor(TextRange.None, "per:" + b.ToString(CultureInfo.InvariantCulture), "GOV"), "036", 1, 4.0, new TextRange(q + 9, 4), false, Modality.Intent, DateOnly.FromDateTime(published.UtcDateTime), null));
        }

        var text = sb.ToString();
        var title = $"{Cap(topic[0])} {topic[1]} {topic[2]} report {story}-{index}";
        var outlet = Outlets[(story + index * 7) % Outlets.Length];
        var article = new Article(new SourceInfo(null, $"https://bench.invalid/{story}/{index}", outlet), text, text, new ArticleMetadata { Title = title, Published = published });
        return new Document(article)
        {
            Mentions = [.. mentions],
            MentionEntities = [.. ids],
            Quotes = [.. quotes],
            Claims = [.. claims],
            Events = [.. events],
        };
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static Story Compare(string id, List<Document> docs)
    {
        var story = new Story { Id = id, Title = docs[0].Article.Metadata.Title! };
        foreach (var group in docs.SelectMany(d => d.Claims.Select(c => (d, c))).GroupBy(x => x.c.Counted))
        {
            var items = group.Take(12).ToList();
            if (items.Select(x => x.c.Value).Distinct().Count() > 1)
            {
                story.Conflicts.Add(new Conflict("number", group.Key!, items.Select(x => new CitedValue(
                    x.c.Value.ToString(CultureInfo.InvariantCulture), x.d.Article.Id, x.c.Start, x.c.Length, x.d.Text.Substring(x.c.Start, x.c.Length))).ToList()));
            }
            else
            {
                story.Agreements.Add(new Finding("number", group.Key!, items.Select(x => new Citation(x.d.Article.Id, x.c.Start, x.c.Length, x.d.Text.Substring(x.c.Start, x.c.Length))).ToList()));
            }
        }

        foreach (var d in docs.Take(5))
        {
            var end = d.Text.IndexOf('.', StringComparison.Ordinal) + 1;
            story.Brief.Add(new Citation(d.Article.Id, 0, end, d.Text[..end]));
        }

        return story;
    }
}
