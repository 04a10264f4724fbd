using Parallax.Stories.Brief;

namespace Parallax.Stories.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("One. Two.", new[] { 0, 4, 5, 4 })]
    [InlineData("Headline\n\nBody starts here. It ends!", new[] { 0, 8, 10, 17, 28, 8 })]
    [InlineData("U.S. Secretary John Kerry spoke. Then he left.", new[] { 0, 32, 33, 13 })]
    [InlineData("Mr. Smith said \"No.\" He left.", new[] { 0, 20, 21, 8 })]
    [InlineData("Costs rose 3.5 percent. Fine.", new[] { 0, 23, 24, 5 })]
    [InlineData("lower case. continues here", new[] { 0, 26 })]
    [InlineData("Plan No. 5 passed. It did.", new[] { 0, 18, 19, 7 })]
    [InlineData("   ", new int[0])]
    public void Splits_at_sentence_ends_and_line_breaks(string text, int[] expected)
    {
        var flat = SentenceSplitter.Split(text).SelectMany(s => new[] { s.Start, s.Length }).ToArray();
        Assert.Equal(expected, flat);
    }

    [Fact]
    public void Random_text_gives_ordered_non_empty_ranges_inside_the_text()
    {
        var rng = new Random(5);
        const string alphabet = "ab. C!?\n\"'Mr U.S";
        for (var i = 0; i < 500; i++)
        {
            var chars = new char[rng.Next(0, 300)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = rng.Next(8) == 0 ? (char)rng.Next(1, 0xFFFF) : alphabet[rng.Next(alphabet.Length)];
            var text = new string(chars);
            var end = 0;
            foreach (var (start, length) in SentenceSplitter.Split(text))
            {
                Assert.True(start >= end && length > 0 && start + length <= text.Length);
                Assert.False(char.IsWhiteSpace(text[start]));
                end = start + length;
            }
        }
    }
}
