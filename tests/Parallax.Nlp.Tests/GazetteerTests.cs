using Parallax.Nlp.Ner;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Tests;

/// <summary>Gazetteer codes per token, over the lists compiled into the assembly.</summary>
public sealed class GazetteerTests
{
    private static readonly Gazetteer Lists = Gazetteer.FromResources();

    // Expected codes per token, space separated: "-" for none, else list:position pairs joined by "+".
    [Theory]
    [InlineData("the Arab League met", "- org:B org:L -")]
    [InlineData("John read the New York Times in New York", "given:U - - org:B org:I org:L - loc:B loc:L")]
    [InlineData("talk to us about US policy", "- - - - loc:U -")]
    [InlineData("the United States of America", "- loc:B loc:I loc:I loc:L")]
    [InlineData("qzx vbn", "- -")]
    public void Codes_each_token_with_its_longest_entries(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Codes(text).Select(Describe)));
    }

    [Fact]
    public void Every_single_word_entry_is_found_among_other_words()
    {
        var singles = Lists.Entries
            .Select(e => e[(e.IndexOf('\t') + 1)..])
            .Where(e => Tokenizer.Tokenize(e).Length == 1 && char.IsUpper(e[0]))
            .Distinct()
            .ToList();
        Assert.NotEmpty(singles);
        var random = new Random(9);
        for (var round = 0; round < 200; round++)
        {
            var picked = Enumerable.Range(0, 6).Select(_ => singles[random.Next(singles.Count)]).ToList();
            var text = string.Join(" qzxw ", picked);
            var tokens = Tokenizer.Tokenize(text);
            var codes = Codes(text);
            for (var t = 0; t < tokens.Length; t++)
            {
                var word = text.Substring(tokens[t].Start, tokens[t].Length);
                Assert.True(word == "qzxw" ? codes[t] == 0 : codes[t] != 0, $"'{word}' in \"{text}\"");
            }
        }
    }

    private static int[] Codes(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var context = new NerContext(new NerDocument(text, tokens, sentences, null), new int[tokens.Length], Lists);
        return context.Gazetteer;
    }

    private static string Describe(int code)
    {
        if (code == 0)
            return "-";
        var parts = new List<string>();
        for (var bit = 0; bit < 32; bit++)
        {
            if ((code & (1 << bit)) != 0)
                parts.Add($"{Gazetteer.Lists[bit / 4]}:{"BILU"[bit % 4]}");
        }

        return string.Join('+', parts);
    }
}
