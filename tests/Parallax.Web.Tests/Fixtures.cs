using Parallax.Annotations;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Web.Tests;

/// <summary>
/// A story whose articles carry real annotation layers (entity mentions, quotes, numeric claims, a coded event), and a
/// comparison built from those layers the way a comparison stage would: claims about the same counted thing with
/// different values become a conflict, equal values an agreement, a claim only one outlet makes is unique.
/// Texts are written for these tests.
/// </summary>
public static class Fixtures
{
    public const string StoryId = "sfixturedelta";
    public const string Port = "Port Alder";

    public static readonly string[] Texts =
    [
        "Port Alder reopened its ferry terminal on Tuesday after a week of storms.\n\nOfficials said 40 ferries returned to service by noon. Mayor Ines Varga said \"Port Alder is open for business again\".\n\nThe storms closed 12 schools across the district.",
        "Ferries sailed again from Port Alder on Tuesday.\n\nThe harbor authority counted 35 ferries back in service. \"We lost a week of trade,\" said Mayor Ines Varga.\n\nThe storms closed 12 schools across the district.",
        "Port Alder's harbor is open again.\n\nAbout 40 ferries were running by the afternoon, according to the port's operator. Varga thanked the crews.",
    ];

    public static readonly string[] Outlets = ["Alder Courier", "Coastline Post", "Bay Wire"];

    public static List<Document> Documents()
    {
        var docs = new List<Document>();
        for (var i = 0; i < Texts.Length; i++)
        {
            var text = Texts[i];
            var title = i switch { 0 => "Port Alder ferries return after storms", 1 => "Ferries sail again in Port Alder", _ => "Harbor reopens in Port Alder" };
            var article = new Article(new SourceInfo(null, $"https://example.org/{i}/ferries", Outlets[i]), text, text,
                new ArticleMetadata { Title = title, Published = new DateTimeOffset(2025, 6, 3 + i, 9 + i, 0, 0, TimeSpan.Zero) });
            var doc = new Document(article);
            var mentions = new List<EntityMention>();
            var ids = new List<string?>();
            foreach (var (name, type, id) in new[] { (Port, EntityType.GPE, "gpe:port-alder"), ("Ines Varga", EntityType.PER, "per:ines-varga"), ("Varga thanked", EntityType.PER, "per:ines-varga") })
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var length = name == "Varga thanked" ? 5 : name.Length;
                    mentions.Add(new EntityMention(at, length, type, 0, 1));
                    ids.Add(id);
                }
            }

            var order = Enumerable.Range(0, mentions.Count).OrderBy(k => mentions[k].Start).ToArray();
            mentions = [.. order.Select(k => mentions[k])];
            ids = [.. order.Select(k => ids[k])];

            doc.Mentions = [.. mentions];
            doc.MentionEntities = [.. ids];
            doc.Claims = [.. Claims(text)];
            if (text.IndexOf("\"Port Alder is open for business again\"", StringComparison.Ordinal) is var q and >= 0)
            {
                var speaker = text.IndexOf("Mayor Ines Varga", StringComparison.Ordinal);
                doc.Quotes = [new Quote(q, "\"Port Alder is open for business again\"".Length, QuoteKind.Partial, new TextRange(speaker, "Mayor Ines Varga".Length), new TextRange(speaker + 17, 4), "per:ines-varga")];
            }
            else if (text.IndexOf("\"We lost a week of trade,\"", StringComparison.Ordinal) is var q2 and >= 0)
            {
                var speaker = text.IndexOf("Mayor Ines Varga", StringComparison.Ordinal);
                doc.Quotes = [new Quote(q2, "\"We lost a week of trade,\"".Length, QuoteKind.Direct, new TextRange(speaker, "Mayor Ines Varga".Length), new TextRange(speaker - 5, 4), "per:ines-varga")];
            }

            if (i == 2)
            {
                var s = text.IndexOf("Varga thanked", StringComparison.Ordinal);
                doc.Events = [new CodedEvent(s, text.Length - s, new EventActor(new TextRange(s, 5), "per:ines-varga", "ALDGOV"), new EventActor(TextRange.None, null, "CVL"),
                    "051", 2, 3.4, new TextRange(s + 6, 7), false, Modality.Happened, new DateOnly(2025, 6, 5), Port)];
            }

            docs.Add(doc);
        }

        return docs;
    }

    /// <summary>Claims on the numbers in the text: "N ferries" and "N schools", with their offsets.</summary>
    private static IEnumerable<Claim> Claims(string text)
    {
        foreach (var (number, counted) in new[] { ("40 ferries", "ferries"), ("35 ferries", "ferries"), ("12 schools", "schools") })
        {
            var at = text.IndexOf(number, StringComparison.Ordinal);
            if (at >= 0)
                yield return new Claim(at, number.Length, double.Parse(number.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), null, null, counted, "in service", null);
        }
    }

    /// <summary>Compares claims across outlets, citing each value's own span.</summary>
    public static Story Compare(List<Document> docs)
    {
        var story = new Story { Id = StoryId, Title = docs[0].Article.Metadata.Title! };
        story.Articles.AddRange(docs.Select(d => d.Article.Id));
        var byCounted = docs.SelectMany(d => d.Claims.Select(c => (Doc: d, Claim: c))).GroupBy(x => x.Claim.Counted!);
        foreach (var group in byCounted)
        {
            var items = group.ToList();
            var values = items.Select(x => x.Claim.Value).Distinct().ToList();
            if (values.Count > 1)
            {
                story.Conflicts.Add(new Conflict("number", group.Key, items.Select(x =>
                    new CitedValue(x.Claim.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), x.Doc.Article.Id, x.Claim.Start, x.Claim.Length,
                        x.Doc.Text.Substring(x.Claim.Start, x.Claim.Length))).ToList()));
            }
            else
            {
                var evidence = items.Select(x => new Citation(x.Doc.Article.Id, x.Claim.Start, x.Claim.Length, x.Doc.Text.Substring(x.Claim.Start, x.Claim.Length))).ToList();
                (items.Count > 1 ? story.Agreements : story.Unique).Add(new Finding("number", group.Key, evidence));
            }
        }

        foreach (var d in docs.Take(2))
        {
            var end = d.Text.IndexOf('\n', StringComparison.Ordinal);
            story.Brief.Add(new Citation(d.Article.Id, 0, end, d.Text[..end]));
        }

        var e = docs[2].Events[0];
        story.Timeline.Add(new TimelineEntry("2025-06-05", docs[2].Text.Substring(e.Start, e.Length), docs[2].Article.Id, e.Start, e.Length));
        return story;
    }

    /// <summary>Stores the fixture story and its comparison. Returns the documents.</summary>
    public static List<Document> Store(SqliteStore store)
    {
        var docs = Documents();
        store.AddBatch(docs.Select(d => (d, StoryId)).ToList());
        store.SaveComparison(Compare(docs));
        return docs;
    }

    public const string HostileTitle = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"> Harbor notice";

    public const string HostileBody =
        "Read <a href=\"javascript:window.__pwned = 3\">the notice</a> now.\n\n<svg onload=\"window.__pwned = 4\"></svg> <iframe src=\"javascript:alert(1)\"></iframe> Ferries <b onmouseover=\"window.__pwned = 5\">resume</b> at dawn.";
}
