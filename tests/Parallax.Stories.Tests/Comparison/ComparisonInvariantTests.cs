using Parallax.Annotations;
using Parallax.Model;
using Parallax.Stories.Comparison;

namespace Parallax.Stories.Tests.Comparison;

/// <summary>Random stories: whatever the layers hold, the comparison never throws and every citation lies inside its article.</summary>
public sealed class ComparisonInvariantTests
{
    private const string Alphabet = "ab cD.E—\"“”'’ 0123 Iran Kerry, said. nations $ million\n";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_layers_give_citations_in_range(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var docs = Enumerable.Range(0, random.Next(1, 5)).Select(i => RandomDoc(random, i)).ToArray();
            var story = new Story { Id = "s000000000000", Title = "t" };
            new StoryComparison(n => n.Length > 3 ? "e" + (n.Length % 3) : null).Compare(story, new StorySources(docs, docs), CancellationToken.None);

            var texts = docs.ToDictionary(d => d.Article.Id, d => d.Text);
            var cites = story.Agreements.Concat(story.Unique).SelectMany(f => f.Evidence)
                .Concat(story.NameVariants.SelectMany(v => v.Outlets.Select(o => o.First)))
                .Concat(story.Framing.Where(f => f.Lede is not null).Select(f => f.Lede!))
                .Select(c => (c.Article, c.Start, c.Length))
                .Concat(story.Conflicts.SelectMany(c => c.Values).Select(v => (v.Article, v.Start, v.Length)))
                .Concat(story.Timeline.Select(t => (t.Article, t.Start, t.Length)));
            foreach (var (article, start, length) in cites)
            {
                Assert.InRange(start, 0, texts[article].Length);
                Assert.InRange(start + length, start, texts[article].Length);
            }
        }
    }

    private static Document RandomDoc(Random random, int outlet)
    {
        var chars = new char[random.Next(0, 300)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        var text = new string(chars);
        var doc = new Document(new Article(new SourceInfo(null, null, "outlet" + (outlet % 3)), text, text, new ArticleMetadata { Title = random.Next(2) == 0 ? null : text[..Math.Min(text.Length, 40)] }));
        doc.Sentences = Spans(random, text.Length).Select(s => new Sentence(s.Start, s.Length, 0, 0)).ToArray();
        var spans = Spans(random, text.Length);
        doc.Claims = [.. spans.Select(s => new Claim(s.Start, s.Length, random.Next(1, 50), random.Next(3) == 0 ? random.Next(50, 60) : null, random.Next(2) == 0 ? "USD" : null, random.Next(3) == 0 ? null : "nations", random.Next(2) == 0 ? null : "conference", null))];
        doc.Quotes = [.. spans.Select(s => new Quote(s.Start, s.Length, (QuoteKind)random.Next(3), s, TextRange.None, random.Next(2) == 0 ? null : "per:x") { SpeakerName = random.Next(2) == 0 ? null : "Someone" })];
        doc.Mentions = [.. spans.Select(s => new EntityMention(s.Start, s.Length, EntityType.PER, 0, 0))];
        doc.MentionEntities = [.. spans.Select(_ => random.Next(3) == 0 ? null : "e" + random.Next(3))];
        doc.Events = [.. spans.Select(s => new CodedEvent(s.Start, s.Length, new EventActor(s, "e1", null), new EventActor(TextRange.None, random.Next(2) == 0 ? "e2" : null, "ABC"),
            random.Next(1, 21).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "0", random.Next(1, 5), 1, TextRange.None, random.Next(2) == 0, (Modality)random.Next(4),
            random.Next(2) == 0 ? new DateOnly(2025, 1, random.Next(1, 28)) : null, null))];
        doc.Times = [.. spans.Select(s => new TimeExpression(s.Start, s.Length, random.Next(2) == 0 ? new DateOnly(2025, 2, 1) : null, null))];
        return doc;
    }

    /// <summary>Ordered, non-overlapping spans inside the text.</summary>
    private static List<TextRange> Spans(Random random, int length)
    {
        var list = new List<TextRange>();
        var at = 0;
        while (at < length && list.Count < 8)
        {
            var start = at + random.Next(0, Math.Max(1, (length - at) / 3));
            var len = random.Next(0, Math.Max(1, length - start));
            if (start + len > length)
                break;
            list.Add(new TextRange(start, len));
            at = start + len + 1;
        }

        return list;
    }
}
