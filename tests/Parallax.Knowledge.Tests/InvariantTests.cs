using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Model;

namespace Parallax.Knowledge.Tests;

/// <summary>Random text and random (often broken) mentions: the stages never throw and keep every offset valid.</summary>
public sealed class InvariantTests
{
    private static readonly string[] Pieces =
    [
        "the", "The", "group", "secretary", "president", "Iraqi", "Iran's", "Iran’s", "U.S.", "US", "Secretary", "of", "State", "John", "Kerry",
        "Sergei", "Lavrov", "al-", "al-Jaafari", "ISIS", "IS", "NATO", "Secretary-General", "Ayatollah", "Dr.", ",", ".", "“", "”", "\"", "'", "’s",
        "-", "—", "\n", "  ", "é", "Łódź", "𝔘", "\u200b", "(", ")", "former", "a", "British", "aid", "worker", "Jr.", "II", "x", "1", "2014",
    ];

    [Fact]
    public void Random_inputs_keep_offsets_valid()
    {
        var random = new Random(20141215);
        var resolution = new EntityResolution(KnowledgeBase.Default);
        for (var round = 0; round < 150; round++)
        {
            var docs = new List<Document>();
            for (var d = 0; d < 3; d++)
            {
                var sb = new System.Text.StringBuilder();
                var words = random.Next(0, 80);
                for (var w = 0; w < words; w++)
                    sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? string.Empty : " ");
                var text = sb.ToString();
                var doc = new Document(new Article(SourceInfo.FromPath("r"), text, text, new ArticleMetadata { Title = round + "-" + d }));
                var mentions = new EntityMention[random.Next(0, 12)];
                for (var m = 0; m < mentions.Length; m++)
                {
                    var start = random.Next(-3, text.Length + 3);
                    mentions[m] = new EntityMention(start, random.Next(-1, 25), (EntityType)random.Next(5), random.Next(-1, 5), random.Next(0, 3));
                }

                doc.Mentions = mentions;
                if (random.Next(2) == 0)
                    doc.Tokens = [.. Tokens(text)];
                resolution.Analyze(doc);
                Check(doc);
                docs.Add(doc);
            }

            var corpus = new Corpus(docs);
            new EntityStage(resolution).Process(corpus, CancellationToken.None);
            foreach (var doc in docs)
                Check(doc);
            var ids = corpus.Entities.Select(e => e.Id).ToHashSet();
            Assert.Equal(corpus.Entities.Count, ids.Count);
            foreach (var doc in docs)
                Assert.All(doc.MentionEntities, id => Assert.True(id is null || ids.Contains(id), id));
            foreach (var e in corpus.Entities)
            {
                foreach (var m in e.Mentions)
                {
                    var doc = docs.Single(x => x.Article.Id == m.Article);
                    Assert.Equal(doc.Text.Substring(m.Start, m.Length), m.Text);
                }
            }
        }
    }

    private static void Check(Document doc)
    {
        Assert.Equal(doc.Mentions.Length, doc.MentionEntities.Length);
        var last = -1;
        foreach (var m in doc.Mentions)
        {
            Assert.InRange(m.Start, 0, doc.Text.Length);
            Assert.InRange(m.Length, 1, doc.Text.Length - m.Start);
            Assert.True(m.Start >= last, "mentions out of order");
            last = m.Start;
        }
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            yield return new Token(s, i - s, TokenKind.Word);
        }
    }
}
