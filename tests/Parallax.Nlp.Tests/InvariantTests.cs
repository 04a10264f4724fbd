using System.Text;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Tests;

public sealed class InvariantTests
{
    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", "\n\n", "\t", ".", "...", "…", "!", "?", "\"", "“", "”", "'", "’", "-", "—", "$", "%", "@", "/", ":",
        "U.S.", "Mr.", "a", "Word", "WORD", "won't", "Kerry's", "3.5", "20,000", "http://x.org/a", "a@b.com", "é", "\u0301",
        "日本", "😀", "\uD800", "\uDC00", "\u200B", "\u00AD", "(", ")", "1.", "x", "al-", "&", "#", "·",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 40).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TokensAndSentencesHoldOnRandomText(int seed)
    {
        var text = RandomText(new Random(seed), seed % 2 == 0);
        var tokens = Tokenizer.Tokenize(text);
        AssertTokens(text, tokens);
        AssertSentences(text, tokens, SentenceSplitter.Split(text, tokens));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void StageHoldsOnRandomText(int seed)
    {
        var stage = Models.Stage;
        if (stage is null)
            return;
        var text = RandomText(new Random(1000 + seed), seed % 3 == 0);
        var document = new Document(new Article(new SourceInfo("t", null, null), text, text, new ArticleMetadata()));
        stage.Process(document, CancellationToken.None);
        AssertTokens(text, document.Tokens);
        AssertSentences(text, document.Tokens, document.Sentences);
        Assert.Equal(document.Tokens.Length, document.Upos.Length);
        Assert.Equal(document.Tokens.Length, document.Xpos.Length);
        AssertMentions(document);
    }

    internal static void AssertTokens(string text, Token[] tokens)
    {
        var previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Length > 0);
            Assert.True(t.Start >= previousEnd, "tokens overlap or are out of order");
            Assert.True(t.End <= text.Length);
            Assert.False(string.IsNullOrWhiteSpace(text.Substring(t.Start, t.Length)));
            previousEnd = t.End;
        }
    }

    internal static void AssertSentences(string text, Token[] tokens, Sentence[] sentences)
    {
        if (tokens.Length == 0)
        {
            Assert.Empty(sentences);
            return;
        }

        Assert.Equal(0, sentences[0].Start);
        Assert.Equal(text.Length, sentences[^1].End);
        var nextToken = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i];
            Assert.True(s.TokenCount > 0);
            Assert.Equal(nextToken, s.FirstToken);
            nextToken += s.TokenCount;
            if (i > 0)
                Assert.Equal(sentences[i - 1].End, s.Start);
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
                Assert.True(tokens[t].Start >= s.Start && tokens[t].End <= s.End, "token outside its sentence");
        }

        Assert.Equal(tokens.Length, nextToken);
    }

    internal static void AssertMentions(Document document)
    {
        var previousEnd = 0;
        foreach (var m in document.Mentions)
        {
            Assert.True(m.TokenCount > 0);
            var first = document.Tokens[m.FirstToken];
            var last = document.Tokens[m.FirstToken + m.TokenCount - 1];
            Assert.Equal(first.Start, m.Start);
            Assert.Equal(last.End, m.End);
            Assert.True(m.Start >= previousEnd);
            Assert.True(m.Type is EntityType.PER or EntityType.ORG or EntityType.LOC or EntityType.MISC);
            previousEnd = m.End;
        }
    }

    internal static string RandomText(Random random, bool pieces)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 400);
        while (sb.Length < length)
        {
            if (pieces)
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            else
                sb.Append((char)random.Next(0, 0x3000));
        }

        return sb.ToString();
    }
}
