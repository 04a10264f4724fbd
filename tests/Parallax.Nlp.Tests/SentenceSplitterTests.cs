using Parallax.Nlp.Text;

namespace Parallax.Nlp.Tests;

public sealed class SentenceSplitterTests
{
    // Expected sentences as "start+length", space separated. Sentences partition the text.
    [Theory]
    [InlineData("Sgt. Smith met Dr. Jones. They talked.", "0+26 26+12")]
    [InlineData("He lives in the U.S. The talks ended.", "0+21 21+16")]
    [InlineData("The U.S. Army left.", "0+19")]
    [InlineData("J. R. Smith spoke. Then he left.", "0+19 19+13")]
    [InlineData("PARIS — Ministers met. They agreed.", "0+23 23+12")]
    [InlineData("He said: \"It ended. Period.\" The talks resumed.", "0+20 20+9 29+18")]
    [InlineData("“Why?” he asked. Nobody knew.", "0+17 17+12")]
    [InlineData("Wait... and see. Done… Next.", "0+17 17+6 23+5")]
    [InlineData("Islamic State threat\nPARIS (AP) — Ministers met.", "0+21 21+27")]
    [InlineData("Talks\n\nMinisters met", "0+7 7+13")]
    [InlineData("Items:\n1. First item\n2. Second item", "0+7 7+14 21+14")]
    [InlineData("a wrapped\nline ends here.", "0+25")]
    [InlineData("It cost $3.5 million. Really?! Yes.", "0+22 22+9 31+4")]
    [InlineData("  leading space. Trailing  ", "0+17 17+10")]
    [InlineData("Shares of Apple Inc. rose 3% on Monday.", "0+39")]
    public void Splits(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.Equal(expected, string.Join(' ', sentences.Select(s => $"{s.Start}+{s.Length}")));
    }

    [Fact]
    public void SentencesCountTheirTokens()
    {
        const string text = "He won't go. She will.";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        Assert.Equal(2, sentences.Length);
        Assert.Equal((0, 5), (sentences[0].FirstToken, sentences[0].TokenCount));
        Assert.Equal((5, 3), (sentences[1].FirstToken, sentences[1].TokenCount));
    }

    [Fact]
    public void NoTokensMeansNoSentences() => Assert.Empty(SentenceSplitter.Split("   ", Tokenizer.Tokenize("   ")));
}
