using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using Parallax.Annotations;

namespace Parallax.Nlp.Text;

/// <summary>
/// Rule-based tokenizer with PTB/UD conventions where they matter for tagging: clitics split ("wo|n't", "Kerry|'s"),
/// abbreviations keep their period ("U.S.", "Sgt."), numbers keep separators ("20,000", "3.5"), hyphenated words,
/// URLs and e-mail addresses stay whole. One pass over the text, no allocation besides the output array.
/// </summary>
public static class Tokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Token[] Tokenize(string text)
    {
        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        try
        {
            var count = Tokenize(text, ref buffer);
            return buffer.AsSpan(0, count).ToArray();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes tokens into a pooled buffer, growing it through ArrayPool when needed; returns the count.</summary>
    public static int Tokenize(ReadOnlySpan<char> text, ref Token[] buffer)
    {
        var sink = new Sink(buffer);
        var i = 0;
        // An e-mail address needs an '@' ahead; most texts have none, and then no word start is scanned for one.
        var at = text.IndexOf('@');
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsSpace(c))
            {
                i++;
                continue;
            }

            if (at >= 0 && at < i)
            {
                var next = text[i..].IndexOf('@');
                at = next < 0 ? -1 : i + next;
            }

            i = Next(text, i, at >= 0, ref sink);
        }

        buffer = sink.Buffer;
        return sink.Count;
    }

    private static int Next(ReadOnlySpan<char> text, int i, bool atAhead, ref Sink sink)
    {
        var c = text[i];
        if ((c is 'h' or 'H' or 'w' or 'W') && UrlLength(text, i) is > 0 and var urlLength)
        {
            sink.Add(i, urlLength, TokenKind.Url);
            return i + urlLength;
        }

        if (CharClass.WordCharAt(text, i) > 0)
        {
            if (atAhead && EmailLength(text, i) is > 0 and var emailLength)
            {
                sink.Add(i, emailLength, TokenKind.Email);
                return i + emailLength;
            }

            return Word(text, i, ref sink);
        }

        if (c == '.')
        {
            var n = Run(text, i, '.');
            sink.Add(i, n, TokenKind.Punctuation);
            return i + n;
        }

        if (c == '-')
        {
            var n = Run(text, i, '-');
            sink.Add(i, n, TokenKind.Punctuation);
            return i + n;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            sink.Add(i, 2, TokenKind.Symbol);
            return i + 2;
        }

        var kind = c is '%' or '‰' ? TokenKind.Symbol : char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Other,
        };
        sink.Add(i, 1, kind);
        return i + 1;
    }

    private static int Run(ReadOnlySpan<char> text, int i, char c)
    {
        var j = i;
        while (j < text.Length && text[j] == c)
            j++;
        return j - i;
    }

    /// <summary>A maximal word: word characters joined by inner '-', '.', ',', ':', '/', '&amp;' and apostrophes, then clitics split off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Word(ReadOnlySpan<char> text, int start, ref Sink sink)
    {
        var j = start;
        var segment = 0;
        var allDigits = true;
        var hasApostrophe = false;
        while (j < text.Length)
        {
            var w = CharClass.WordCharAt(text, j);
            if (w > 0)
            {
                if (!CharClass.IsDigit(text[j]))
                    allDigits = false;
                j += w;
                segment++;
                continue;
            }

            var c = text[j];
            if (j + 1 >= text.Length || CharClass.WordCharAt(text, j + 1) == 0)
                break;
            var prev = text[j - 1];
            var next = text[j + 1];
            var joins = c switch
            {
                '-' or '\u2011' => true,
                '.' => (CharClass.IsDigit(prev) && CharClass.IsDigit(next)) || CharClass.IsLower(next) || segment <= 2,
                ',' or ':' => CharClass.IsDigit(prev) && CharClass.IsDigit(next),
                '/' => CharClass.IsDigit(prev) && CharClass.IsDigit(next),
                '&' => CharClass.IsUpper(prev) && CharClass.IsUpper(next),
                '\'' or '\u2019' => CharClass.IsLetter(prev) && CharClass.IsLetter(next),
                _ => false,
            };
            if (!joins)
                break;
            if (c is '\'' or '\u2019')
                hasApostrophe = true;
            j++;
            segment = 0;
        }

        var end = j;
        var word = text[start..end];
        if (end < text.Length && text[end] == '.' && (IsInitialism(word) || Abbreviations.TakesPeriod(word)))
        {
            sink.Add(start, end - start + 1, TokenKind.Word);
            return end + 1;
        }

        if (hasApostrophe && SplitClitic(word) is > 0 and var split)
        {
            sink.Add(start, split, TokenKind.Word);
            sink.Add(start + split, end - start - split, TokenKind.Word);
            return end;
        }

        sink.Add(start, end - start, allDigits || CharClass.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word);
        return end;
    }

    /// <summary>"U.S", "J.R.R", "e.g": one- or two-letter segments joined by periods.</summary>
    private static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
            return false;
        var segment = 0;
        foreach (var c in word)
        {
            if (c == '.')
            {
                if (segment == 0)
                    return false;
                segment = 0;
            }
            else if (!CharClass.IsLetter(c) || ++segment > 2)
            {
                return false;
            }
        }

        return segment > 0;
    }

    /// <summary>Position where an English clitic begins ("n't", "'s", "'re", ...), or 0 to keep the word whole.</summary>
    private static int SplitClitic(ReadOnlySpan<char> word)
    {
        var a = word.LastIndexOfAny('\'', '\u2019');
        if (a <= 0)
            return 0;
        var tail = word[(a + 1)..];
        if (tail.Length == 1 && (tail[0] | 0x20) == 't' && a >= 2 && (word[a - 1] | 0x20) == 'n')
            return a - 1;
        if (tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("m", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("d", StringComparison.OrdinalIgnoreCase) || tail.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase))
            return a;
        return 0;
    }

    private static int UrlLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !(rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4])))
            return 0;
        var end = 0;
        while (end < rest.Length && !CharClass.IsSpace(rest[end]) && rest[end] is not ('"' or '<' or '>' or '“' or '”' or '«' or '»'))
            end++;
        while (end > 0 && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
            end--;
        return end > 8 || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? end : 0;
    }

    private static int EmailLength(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && (CharClass.IsWordChar(text[j]) || text[j] is '.' or '_' or '+' or '-' or '%'))
            j++;
        if (j >= text.Length || text[j] != '@' || j + 1 >= text.Length)
            return 0;
        var k = j + 1;
        var dots = 0;
        var lastDot = -1;
        while (k < text.Length && (CharClass.IsWordChar(text[k]) || text[k] is '-' or '.'))
        {
            if (text[k] == '.')
            {
                if (k + 1 >= text.Length || !CharClass.IsWordChar(text[k + 1]))
                    break;
                dots++;
                lastDot = k;
            }

            k++;
        }

        return dots > 0 && k - lastDot > 2 ? k - i : 0;
    }

    private struct Sink(Token[] buffer)
    {
        public Token[] Buffer = buffer;
        public int Count;

        public void Add(int start, int length, TokenKind kind)
        {
            if (Count == Buffer.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(Buffer.Length * 2);
                Buffer.AsSpan(0, Count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(Buffer);
                Buffer = bigger;
            }

            Buffer[Count++] = new Token(start, length, kind);
        }
    }
}
