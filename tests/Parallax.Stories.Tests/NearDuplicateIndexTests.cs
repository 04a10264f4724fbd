using Parallax.Stories.Dedupe;

namespace Parallax.Stories.Tests;

public sealed class NearDuplicateIndexTests
{
    private static string Text(int seed, int words)
    {
        var rng = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => "w" + rng.Next(5000)));
    }

    private static CopyMatch FindAndAdd(NearDuplicateIndex index, int ordinal, string text)
    {
        var s = new uint[MinHash.Size];
        var n = MinHash.Compute(text, s, out var exact);
        var m = index.FindCopy(s, n, exact);
        index.Add(ordinal, m.Kind == CopyKind.None ? ordinal : m.Of, s, n, exact);
        return m;
    }

    [Fact]
    public void Exact_syndicated_edited_and_unrelated_texts_are_told_apart()
    {
        var index = new NearDuplicateIndex();
        var original = Text(1, 300);
        Assert.Equal(CopyKind.None, FindAndAdd(index, 0, original).Kind);
        Assert.Equal(CopyKind.None, FindAndAdd(index, 1, Text(2, 300)).Kind);

        var exact = FindAndAdd(index, 2, original);
        Assert.Equal(new CopyMatch(0, CopyKind.Exact, 1, 1), exact);

        var trimmed = FindAndAdd(index, 3, string.Join(' ', original.Split(' ')[..200]));
        Assert.Equal(CopyKind.Syndicated, trimmed.Kind);
        Assert.Equal(0, trimmed.Of);

        var words = original.Split(' ');
        for (var i = 0; i < words.Length; i += 12)
            words[i] = "edit" + i;
        var edited = FindAndAdd(index, 4, string.Join(' ', words));
        Assert.Equal(CopyKind.Edited, edited.Kind);
        Assert.Equal(0, edited.Of);
        Assert.InRange(edited.Similarity, 0.5, 0.8);

        Assert.Equal(CopyKind.None, FindAndAdd(index, 5, Text(3, 300)).Kind);
    }

    [Fact]
    public void Copies_of_copies_point_at_the_family_original()
    {
        var index = new NearDuplicateIndex();
        var original = Text(5, 200);
        FindAndAdd(index, 0, original);
        FindAndAdd(index, 1, original + " extra tail words here");
        var third = FindAndAdd(index, 2, original + " extra tail words here");
        Assert.Equal(0, third.Of);
    }

    [Fact]
    public void The_ring_forgets_the_oldest_articles_beyond_its_capacity()
    {
        var index = new NearDuplicateIndex(capacity: 4);
        var first = Text(10, 100);
        FindAndAdd(index, 0, first);
        for (var i = 1; i <= 4; i++)
            FindAndAdd(index, i, Text(10 + i, 100));
        Assert.Equal(CopyKind.None, FindAndAdd(index, 5, first).Kind);
        Assert.Equal(CopyKind.Exact, FindAndAdd(index, 6, Text(14, 100)).Kind);
    }
}
