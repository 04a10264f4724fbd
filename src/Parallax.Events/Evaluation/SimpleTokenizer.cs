using Parallax.Annotations;

namespace Parallax.Events.Evaluation;

/// <summary>
/// A plain tokenizer for hand-annotated evaluation text: words (with inner apostrophes, dots and hyphens),
/// numbers and single punctuation marks; clitics ('s, 're, 'll...) split off, and annotated spans always start and end a token.
/// </summary>
public static class SimpleTokenizer
{
    public static Token[] Tokenize(string text, List<(int Start, int Length)> spans)
    {
        var bounds = new HashSet<int>();
        foreach (var (start, length) in spans)
        {
            bounds.Add(start);
            bounds.Add(start + length);
        }

        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(ch))
            {
                tokens.Add(new Token(i, 1, char.IsPunctuation(ch) ? TokenKind.Punctuation : TokenKind.Symbol));
                i++;
                continue;
            }

            var start = i;
            var digits = true;
            while (i < text.Length && !(i > start && bounds.Contains(i)))
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    digits &= char.IsDigit(c);
                    i++;
                }
                else if (c is '\'' or '\u2019' or '.' or '-' or ',' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && !bounds.Contains(i + 1)
                         && (c is not ',' || digits) && Clitic(text, i) == 0)
                {
                    i++;
                }
                else if (c == '.' && i > start && char.IsUpper(text[i - 1]) && i - start <= 3 && LooksAbbreviation(text, start, i))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(new Token(start, i - start, digits ? TokenKind.Number : TokenKind.Word));
            if (Clitic(text, i) is var n and > 0)
            {
                tokens.Add(new Token(i, n, TokenKind.Word));
                i += n;
            }
        }

        return [.. tokens];
    }

    /// <summary>The length of a clitic that splits off at i ('s, 're, 've, 'll, 'd, 'm), or 0.</summary>
    private static int Clitic(string text, int i)
    {
        if (i + 1 >= text.Length || text[i] is not ('\'' or '\u2019'))
            return 0;
        foreach (var c in (ReadOnlySpan<string>)["s", "re", "ve", "ll", "d", "m"])
        {
            var end = i + 1 + c.Length;
            if (end <= text.Length && text.AsSpan(i + 1, c.Length).Equals(c, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return c.Length + 1;
        }

        return 0;
    }

    /// <summary>"U.S." and "U.N." keep their final dot.</summary>
    private static bool LooksAbbreviation(string text, int start, int dot)
    {
        for (var k = start; k < dot; k++)
        {
            if (!(char.IsUpper(text[k]) || text[k] == '.'))
                return false;
        }

        return dot - start >= 3 || text.AsSpan(start, dot - start).Contains('.');
    }
}
