using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Core.Tests;

public sealed class ArticleTests
{
    [Theory]
    [InlineData("Title", "Body text.", "Title", "Body text.", true)]
    [InlineData("Title", "Body text.", "Title", "Body text!", false)]
    [InlineData("Title", "Body text.", "Other", "Body text.", false)]
    [InlineData(null, "Body text.", "", "Body text.", true)]
    public void Id_depends_only_on_title_and_cleaned_text(string? t1, string b1, string? t2, string b2, bool same)
    {
        var a = new Article(SourceInfo.FromPath("a.html"), "<raw a>", b1, new ArticleMetadata { Title = t1 });
        var b = new Article(new SourceInfo(null, "https://x.example/b", "X"), "<raw b>", b2, new ArticleMetadata { Title = t2 });
        Assert.Equal(same, a.Id == b.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
    }

    [Fact]
    public void Id_is_stable_across_runs()
    {
        // Expected value computed independently: sha256("Title\nBody text.") truncated to 8 bytes.
        Assert.Equal("368eef8bdb63cb87", Article.ComputeId("Title", "Body text."));
    }

    [Theory]
    [InlineData(0, 5, 5)]
    [InlineData(10, 0, 10)]
    public void Annotation_end_is_start_plus_length(int start, int length, int end)
    {
        Assert.Equal(end, new Token(start, length, TokenKind.Word).End);
        Assert.Equal(end, new Sentence(start, length, 0, 1).End);
        Assert.Equal(end, new EntityMention(start, length, EntityType.PER, 0, 1).End);
        Assert.Equal(end, new TextRange(start, length).End);
    }

    [Fact]
    public void None_range_is_recognized()
    {
        Assert.True(TextRange.None.IsNone);
        Assert.False(new TextRange(0, 0).IsNone);
    }
}
