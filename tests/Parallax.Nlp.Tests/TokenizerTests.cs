using Parallax.Annotations;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Tests;

public sealed class TokenizerTests
{
    // Expected tokens as "text@start", space separated; the start is the UTF-16 offset into the input.
    [Theory]
    [InlineData("Sgt. Smith", "Sgt.@0 Smith@5")]
    [InlineData("J.R.R. Tolkien", "J.R.R.@0 Tolkien@7")]
    [InlineData("in the U.S. today", "in@0 the@3 U.S.@7 today@12")]
    [InlineData("$3 million", "$@0 3@1 million@3")]
    [InlineData("20,000 troops", "20,000@0 troops@7")]
    [InlineData("up 3.5%.", "up@0 3.5@3 %@6 .@7")]
    [InlineData("He won't", "He@0 wo@3 n't@5")]
    [InlineData("Kerry's plan", "Kerry@0 's@5 plan@8")]
    [InlineData("Kerry’s plan", "Kerry@0 ’s@5 plan@8")]
    [InlineData("they're here, I'd say", "they@0 're@4 here@8 ,@12 I@14 'd@15 say@18")]
    [InlineData("O'Brien said", "O'Brien@0 said@8")]
    [InlineData("Ibrahim al-Jaafari,", "Ibrahim@0 al-Jaafari@8 ,@18")]
    [InlineData("see https://example.org/a?b=1.", "see@0 https://example.org/a?b=1@4 .@29")]
    [InlineData("(www.nato.int)", "(@0 www.nato.int@1 )@13")]
    [InlineData("mail press@state.gov.", "mail@0 press@state.gov@5 .@20")]
    [InlineData("a@b.org or c@d.org", "a@b.org@0 or@8 c@d.org@11")]
    [InlineData("@desk wrote to x@y.com", "@@0 desk@1 wrote@6 to@12 x@y.com@15")]
    [InlineData("“Yes,” he said — twice–thrice", "“@0 Yes@1 ,@4 ”@5 he@7 said@10 —@15 twice@17 –@22 thrice@23")]
    [InlineData("wait... now…", "wait@0 ...@4 now@8 …@11")]
    [InlineData("a -- b", "a@0 --@2 b@5")]
    [InlineData("at 10:30 on 15/09", "at@0 10:30@3 on@9 15/09@12")]
    [InlineData("AT&T and P&G", "AT&T@0 and@5 P&G@9")]
    [InlineData("ended.The", "ended@0 .@5 The@6")]
    [InlineData("1996-08-22", "1996-08-22@0")]
    [InlineData("Zürich's café", "Zürich@0 's@6 café@9")]
    [InlineData("e.g. this", "e.g.@0 this@5")]
    public void Tokenizes(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        var actual = string.Join(' ', tokens.Select(t => $"{text.Substring(t.Start, t.Length)}@{t.Start}"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("20,000", TokenKind.Number)]
    [InlineData("word", TokenKind.Word)]
    [InlineData("http://a.example.com", TokenKind.Url)]
    [InlineData("a.b@c.org", TokenKind.Email)]
    [InlineData("%", TokenKind.Symbol)]
    [InlineData("—", TokenKind.Punctuation)]
    public void Kinds(string text, TokenKind kind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal(kind, token.Kind);
    }

    [Fact]
    public void EmptyAndWhitespaceHaveNoTokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\u00A0\u200B "));
    }

    [Fact]
    public void GrowsPastThePooledBuffer()
    {
        var text = string.Concat(Enumerable.Repeat("a ", 5000));
        Assert.Equal(5000, Tokenizer.Tokenize(text).Length);
    }
}
