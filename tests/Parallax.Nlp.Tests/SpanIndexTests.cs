using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

public sealed class SpanIndexTests
{
    [Theory]
    [InlineData("the", 0)]
    [InlineData("The", 1)]
    [InlineData("", 2)]
    [InlineData("al-Jaafari", 3)]
    [InlineData("Zürich", 4)]
    [InlineData(",", 5)]
    [InlineData("thе", -1)] // Cyrillic е
    [InlineData("th", -1)]
    [InlineData("theX", -1)]
    public void Finds_each_word_at_its_first_index(string word, int expected)
    {
        var index = new SpanIndex(["the", "The", "", "al-Jaafari", "Zürich", ",", "the"]);
        Assert.Equal(expected, index.Find(word));
    }

    [Fact]
    public void Agrees_with_a_dictionary_on_random_words()
    {
        var random = new Random(3);
        string Word() => new([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => "abcAB.-é0"[random.Next(9)])]);
        var words = Enumerable.Range(0, 3000).Select(_ => Word()).ToList();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
            expected.TryAdd(words[i], i);
        var index = new SpanIndex(words);
        for (var k = 0; k < 20000; k++)
        {
            var w = Word();
            Assert.Equal(expected.GetValueOrDefault(w, -1), index.Find(w));
        }
    }
}
