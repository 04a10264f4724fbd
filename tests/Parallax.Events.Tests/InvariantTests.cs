using Parallax.Annotations;
using Parallax.Events.Evaluation;
using Parallax.Model;

namespace Parallax.Events.Tests;

/// <summary>Random input never breaks the coder: no exception, every range inside the text and inside its sentence.</summary>
public sealed class InvariantTests
{
    private static readonly string[] Words =
    [
        "[Iran|IRN]", "[the US|USA]", "[Kerry|USAGOV|PER]", "[Paris|FRA|LOC]", "officials", "the group", "rejected", "met", "with",
        "was", "killed", "by", "not", "will", "and", ",", "\"", "we", "he", "said", "the", "attack", "on", "of", "to", "if", "which",
        "'s", "air", "strikes", "against", "held", "hostage", "talks", ".", "//", "urged", "release", "French", "reconnaissance", "over",
    ];

    [Fact]
    public void Random_sentences_keep_every_range_in_order_and_in_bounds()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var parts = new List<string>();
            var len = random.Next(1, 30);
            for (var i = 0; i < len; i++)
                parts.Add(Words[random.Next(Words.Length)]);
            var text = string.Join(' ', parts).Replace("// //", "//", StringComparison.Ordinal).Trim();
            if (text.StartsWith("//", StringComparison.Ordinal) || text.EndsWith("//", StringComparison.Ordinal))
                continue;
            var doc = AnnotatedText.Parse(text.Replace(" // ", "  // ", StringComparison.Ordinal).Replace("  // ", " // ", StringComparison.Ordinal));
            foreach (var e in EventCoder.Default.Code(doc))
            {
                Assert.InRange(e.Start, 0, doc.Text.Length);
                Assert.InRange(e.Start + e.Length, e.Start, doc.Text.Length);
                Inside(e.Trigger, e, doc);
                if (!e.Source.Range.IsNone)
                    Inside(e.Source.Range, e, doc);
                if (!e.Target.Range.IsNone)
                    Inside(e.Target.Range, e, doc);
                Assert.True(e.Source.Code is not null || e.Target.Code is not null);
                Assert.InRange(e.QuadClass, 1, 4);
            }
        }
    }

    [Fact]
    public void Broken_layers_do_not_throw()
    {
        var doc = AnnotatedText.Parse("[Iran|IRN] rejected the [US|USA] request.");
        doc.Tokens = [.. doc.Tokens, new Token(doc.Text.Length, 5, TokenKind.Word)];
        Assert.Empty(EventCoder.Default.Code(doc));
        var doc2 = AnnotatedText.Parse("[Iran|IRN] rejected the [US|USA] request.");
        doc2.Mentions = [.. doc2.Mentions, new EntityMention(0, 4, EntityType.ORG, 400, 3)];
        doc2.Upos = ["VERB"];
        doc2.MentionCodes = [null];
        EventCoder.Default.Code(doc2);
        var empty = new Document(new Article(new SourceInfo(null, null, null), "", "", new ArticleMetadata()));
        new EventStage().Process(empty, CancellationToken.None);
        Assert.Empty(empty.Events);
    }

    private static void Inside(TextRange r, CodedEvent e, Document doc)
    {
        Assert.InRange(r.Start, e.Start, e.Start + e.Length);
        Assert.InRange(r.End, r.Start, e.Start + e.Length);
        Assert.True(r.End <= doc.Text.Length);
    }
}
