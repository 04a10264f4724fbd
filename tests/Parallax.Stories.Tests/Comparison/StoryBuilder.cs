using Parallax.Annotations;
using Parallax.Model;
using Parallax.Stories.Comparison;

namespace Parallax.Stories.Tests.Comparison;

/// <summary>Hand-made documents for the comparison tests: one outlet each, layers set where a test needs them.</summary>
internal static class StoryBuilder
{
    public static Document Doc(string outlet, string text, string? title = null)
    {
        var article = new Article(new SourceInfo(null, "https://" + outlet.ToLowerInvariant().Replace(' ', '-') + ".example/a", outlet), text, text, new ArticleMetadata { Title = title ?? outlet + " report" });
        return new Document(article) { Sentences = Sentences(text) };
    }

    /// <summary>Sentences end at ". " as the tests write them, which is all these texts need.</summary>
    private static Sentence[] Sentences(string text)
    {
        var list = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                list.Add(new Sentence(start, i + 1 - start, 0, 0));
                start = i + 2;
            }
        }

        if (start < text.Length)
            list.Add(new Sentence(start, text.Length - start, 0, 0));
        return [.. list];
    }

    public static Claim Claim(Document d, string written, double value, string? counted, string? frame, string? unit = null, double? high = null, int occurrence = 0)
    {
        var at = Find(d.Text, written, occurrence);
        return new Claim(at, written.Length, value, high, unit, counted, frame, null);
    }

    public static Quote Quote(Document d, string words, QuoteKind kind, string speaker, string? entity)
    {
        var at = Find(d.Text, words, 0);
        var s = Find(d.Text, speaker, 0);
        return new Quote(at, words.Length, kind, new TextRange(s, speaker.Length), TextRange.None, entity) { SpeakerName = speaker };
    }

    public static EntityMention Mention(Document d, string name, int occurrence = 0) =>
        new(Find(d.Text, name, occurrence), name.Length, EntityType.PER, 0, 0);

    public static int Find(string text, string phrase, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0)
                throw new ArgumentException($"'{phrase}' is not in the text");
        }

        return at;
    }

    public static Story Compare(params Document[] docs) => CompareWith(null, docs);

    public static Story CompareWith(Func<string, string?>? resolve, params Document[] docs)
    {
        var story = new Story { Id = "s000000000000", Title = "test" };
        foreach (var d in docs)
            story.Articles.Add(d.Article.Id);
        new StoryComparison(resolve).Compare(story, new StorySources(docs, docs), CancellationToken.None);
        return story;
    }
}
