using Parallax.Extract;
using Parallax.Ingest;
using Parallax.Model;
using Parallax.Pipeline;
using Parallax.Testing;

namespace Parallax.Stories.Tests;

/// <summary>The sample corpus and, when this machine has them, the two seed articles, through extraction and the story stage.</summary>
public sealed class CorpusTests
{
    private static async Task<Corpus> Analyze(params string[] paths)
    {
        var engine = new Engine(new DocumentPipeline(new ArticleExtractor(), []), [new StoryStage()]);
        var result = await engine.AnalyzeAsync(new FileSource(paths), null, CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Corpus;
    }

    private static string IdOf(Corpus corpus, string file) =>
        corpus.Documents.Single(d => Path.GetFileName(d.Article.Source.Path) == file).Article.Id;

    [Fact]
    public async Task Samples_form_two_stories_and_the_wire_copy_is_marked_syndicated()
    {
        var corpus = await Analyze(Repo.Samples);
        Assert.Equal(7, corpus.Documents.Count);
        Assert.Equal(2, corpus.Stories.Count);
        var floods = corpus.Stories.Single(s => s.Articles.Contains(IdOf(corpus, "northwind-wire.txt")));
        var budget = corpus.Stories.Single(s => s.Articles.Contains(IdOf(corpus, "lakeview-budget.txt")));
        Assert.Equal(5, floods.Articles.Count);
        Assert.Equal(2, budget.Articles.Count);
        Assert.Contains(IdOf(corpus, "lakeview-budget-2.html"), budget.Articles);

        var copy = Assert.Single(floods.DuplicateOf);
        var meridian = IdOf(corpus, "meridian-daily.html");
        var northwind = IdOf(corpus, "northwind-wire.txt");
        Assert.Equal(meridian, copy.Key);
        Assert.Equal(northwind, copy.Value.Of);
        Assert.Equal("syndicated", copy.Value.Kind);
        Assert.InRange(copy.Value.Containment, 0.85, 1.0);
        Assert.InRange(copy.Value.Similarity, 0.5, 1.0);
        Assert.False(floods.IsIndependent(meridian));
        Assert.True(floods.IsIndependent(northwind));
        Assert.Empty(budget.DuplicateOf);
    }

    [Fact]
    public async Task Sample_briefs_cite_sentences_by_offsets_and_skip_the_syndicated_copy()
    {
        var corpus = await Analyze(Repo.Samples);
        var texts = corpus.Documents.ToDictionary(d => d.Article.Id, d => d.Text);
        foreach (var story in corpus.Stories)
        {
            Assert.NotEmpty(story.Brief);
            foreach (var c in story.Brief)
            {
                Assert.Contains(c.Article, story.Articles);
                Assert.True(story.IsIndependent(c.Article));
                Assert.Equal(texts[c.Article].Substring(c.Start, c.Length), c.Text);
            }

            Assert.Equal(story.Brief.Count, story.Brief.Select(c => c.Text).Distinct().Count());
        }

        var floods = corpus.Stories.Single(s => s.Articles.Count == 5);
        Assert.Equal(7, floods.Brief.Count);
        Assert.True(floods.Brief.Select(c => c.Article).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Seeds_form_one_story_with_a_brief_from_both_articles()
    {
        if (Repo.Seeds is null)
            return;
        var corpus = await Analyze(Repo.Seeds);
        Assert.Equal(2, corpus.Documents.Count);
        var story = Assert.Single(corpus.Stories);
        Assert.Equal(2, story.Articles.Count);
        Assert.Empty(story.DuplicateOf);
        Assert.True(story.Brief.Count >= 5);
        Assert.Equal(2, story.Brief.Select(c => c.Article).Distinct().Count());
        var texts = corpus.Documents.ToDictionary(d => d.Article.Id, d => d.Text);
        foreach (var c in story.Brief)
            Assert.Equal(texts[c.Article].Substring(c.Start, c.Length), c.Text);
    }
}
