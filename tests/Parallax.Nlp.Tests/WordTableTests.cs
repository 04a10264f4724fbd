using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

public sealed class WordTableTests
{
    [Fact]
    public void Words_are_found_by_their_characters_even_when_hashes_collide()
    {
        var table = new WordTable(8);
        table.Add("Jaafari", 7, 1);
        table.Add("Massoum", 7, 2);
        table.Add("M", SpanIndex.Hash("M"), 3);
        Assert.True(table.TryGet("Jaafari", 7, out var a));
        Assert.True(table.TryGet("Massoum", 7, out var b));
        Assert.True(table.TryGet("M", SpanIndex.Hash("M"), out var c));
        Assert.Equal((1, 2, 3), (a, b, c));
        Assert.False(table.TryGet("Jaafar", 7, out _));
        Assert.False(table.TryGet("Massoum", 8, out _));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void A_table_grows_past_its_capacity_and_a_cleared_one_starts_again()
    {
        var table = new WordTable(10);
        var words = Enumerable.Range(0, 100).Select(i => $"w{i}-{new string('x', i % 40)}").ToArray();
        for (var i = 0; i < words.Length; i++)
            table.Add(words[i], SpanIndex.Hash(words[i]), i);
        for (var i = 0; i < words.Length; i++)
            Assert.True(table.TryGet(words[i], SpanIndex.Hash(words[i]), out var v) && v == i, words[i]);
        Assert.Equal(100, table.Count);

        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGet(words[5], SpanIndex.Hash(words[5]), out _));
        table.Add(words[5], SpanIndex.Hash(words[5]), 42);
        Assert.True(table.TryGet(words[5], SpanIndex.Hash(words[5]), out var again) && again == 42);
    }
}
