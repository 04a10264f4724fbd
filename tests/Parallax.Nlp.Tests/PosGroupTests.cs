using Parallax.Nlp.Text;

namespace Parallax.Nlp.Tests;

/// <summary>Tagging a document's sentences side by side gives each sentence the tags it gets alone.</summary>
public sealed class PosGroupTests
{
    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 12).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_tagging_equals_sentence_by_sentence(int seed)
    {
        var pos = Models.Required.Pos;
        var random = new Random(300 + seed);
        // News-like sentences of very different lengths, so groups hold sentences that end at different steps, and
        // random text with empty-looking and one-token sentences.
        var text = seed % 2 == 0
            ? string.Join(' ', Enumerable.Range(0, 30).Select(i => Sentence(random, random.Next(1, 60))))
            : InvariantTests.RandomText(random, true);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var alone = new int[tokens.Length];
        foreach (var s in sentences)
            pos.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount), alone.AsSpan(s.FirstToken, s.TokenCount));
        var together = new int[tokens.Length];
        Array.Fill(together, -7);
        pos.Tag(text, tokens, sentences, together);
        Assert.Equal(alone, together);
        Assert.True(seed % 2 == 1 || sentences.Length > 16, "the text spans more than one group of sixteen");
    }

    private static readonly string[] Words =
    [
        "the", "minister", "said", "Varna", "talks", "on", "Monday", "would", "resume", "in", "Geneva", "after", "24", "nations",
        "agreed", ",", "Lavrov", "told", "reporters", "that", "Kerry's", "plan", "was", "$3", "million", "short", "U.S.", "officials",
    ];

    private static string Sentence(Random random, int length) =>
        "Then " + string.Join(' ', Enumerable.Range(1, length).Select(_ => Words[random.Next(Words.Length)])) + ".";
}
