using Parallax.Model;

namespace Parallax.Nlp.Tests;

/// <summary>The stage run over many documents at once, layer by layer, gives what it gives one document at a time.</summary>
public sealed class BatchTests
{
    private static Document Make(string text) => new(new Article(new SourceInfo("t", null, null), text, text, new ArticleMetadata()));

    private static IEnumerable<string> Texts()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples");
        var files = Directory.Exists(samples) ? Directory.EnumerateFiles(samples, "*.txt", SearchOption.AllDirectories).Order() : Enumerable.Empty<string>();
        var random = new Random(7);
        return files.Select(File.ReadAllText)
            .Concat(Enumerable.Range(0, 12).Select(i => InvariantTests.RandomText(random, i % 2 == 0)))
            .Append(string.Empty)
            .Append("Mr. Kerry met Sergei Lavrov in Paris on Monday. NATO said 24 nations would join.");
    }

    [Fact]
    public void A_batch_gives_the_same_annotations_as_one_document_at_a_time()
    {
        var stage = Models.Required;
        var texts = Texts().ToArray();
        Assert.True(texts.Length >= 17, "the three plain-text samples and fourteen made-up texts");
        var one = texts.Select(Make).ToArray();
        foreach (var d in one)
            stage.Process(d, CancellationToken.None);
        var batch = texts.Select(Make).ToArray();
        var errors = new Exception?[batch.Length];
        stage.Process(batch, errors, CancellationToken.None);

        Assert.All(errors, Assert.Null);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(one[i].Tokens, batch[i].Tokens);
            Assert.Equal(one[i].Sentences, batch[i].Sentences);
            Assert.Equal(one[i].Upos, batch[i].Upos);
            Assert.Equal(one[i].Xpos, batch[i].Xpos);
            Assert.Equal(one[i].Mentions, batch[i].Mentions);
        }

        Assert.Contains(batch[^1].Mentions, m => m.Type == Annotations.EntityType.PER && texts[^1].Substring(m.Start, m.Length) == "Sergei Lavrov");
    }

    [Fact]
    public void A_sentence_with_more_new_words_than_the_unknown_word_cache_holds_is_tagged()
    {
        // 6,000 made-up words and no sentence end: more than the 4,096 words each model's cache of unknown words is made for.
        var random = new Random(3);
        var words = Enumerable.Range(0, 6000).Select(_ => new string([.. Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26)))]));
        var text = string.Join(' ', words);
        var document = Make(text);
        Models.Required.Process(document, CancellationToken.None);
        Assert.Equal(6000, document.Tokens.Length);
        Assert.Single(document.Sentences);
        Assert.Equal(6000, document.Upos.Length);
        Assert.All(document.Upos, Assert.NotNull);
    }

    [Fact]
    public void A_document_that_already_failed_is_left_alone_and_the_rest_are_processed()
    {
        var stage = Models.Required;
        var documents = new[] { Make("Paris is in France."), Make("Kerry spoke."), Make("Lavrov replied.") };
        var earlier = new InvalidOperationException("failed in an earlier stage");
        var errors = new Exception?[] { null, earlier, null };
        stage.Process(documents, errors, CancellationToken.None);

        Assert.Same(earlier, errors[1]);
        Assert.Empty(documents[1].Tokens);
        Assert.Equal(["Paris", "is", "in", "France", "."], documents[0].Tokens.Select(t => documents[0].Text.Substring(t.Start, t.Length)));
        Assert.Equal("PROPN", documents[2].Upos[0]);
    }
}
