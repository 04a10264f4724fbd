using System.Buffers;

namespace Parallax.Facts;

/// <summary>A span between quotation marks. Close is -1 when the quote runs to a paragraph end without a closing mark.</summary>
internal readonly record struct QuoteMarks(int Open, int Close, int ContentStart, int ContentEnd)
{
    /// <summary>The index just after the closing mark, or the content end when unclosed.</summary>
    public int After => Close < 0 ? ContentEnd : Close + 1;
}

/// <summary>
/// Finds top-level quotations in every common mark style: curly, straight, low-9, guillemets and single curly marks.
/// A paragraph that ends inside a quote continues when the next paragraph opens with a mark again (the newspaper
/// convention for multi-paragraph quotes); otherwise the quote ends at the paragraph end.
/// </summary>
internal static class QuoteScanner
{
    private static readonly SearchValues<char> Openers = SearchValues.Create("\u201C\u201E\u00AB\u2018\"");

    public static List<QuoteMarks> Scan(string text)
    {
        var found = new List<QuoteMarks>();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(Openers);
            if (next < 0)
                break;
            i += next;
            if (!IsOpening(text, i))
            {
                i++;
                continue;
            }

            var q = Close(text, i);
            if (q is { } quote)
            {
                if (quote.ContentEnd > quote.ContentStart)
                    found.Add(quote);
                i = Math.Max(quote.After, i + 1);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool IsOpening(string text, int i)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(next))
            return false;
        var prev = i > 0 ? text[i - 1] : ' ';
        var prevOk = char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u2014' or '\u2013' or '/' or ':' or '-';
        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' => true,
            '"' => prevOk && !char.IsDigit(prev),
            '\u2018' => prevOk && char.IsLetterOrDigit(next),
            _ => false,
        };
    }

    private static bool IsCloser(char open, string text, int j)
    {
        var c = text[j];
        var after = j + 1 < text.Length ? text[j + 1] : ' ';
        return open switch
        {
            '\u201C' => c == '\u201D',
            '\u201E' => c is '\u201C' or '\u201D',
            '\u00AB' => c == '\u00BB',
            '"' => c == '"' && !(char.IsWhiteSpace(text[j - 1]) && char.IsLetter(after)),
            '\u2018' => c == '\u2019' && !char.IsLetter(after) && !char.IsWhiteSpace(text[j - 1]),
            _ => false,
        };
    }

    /// <summary>A mark that opens a new quote where the current one should have closed: the current one was unbalanced.</summary>
    private static bool IsReopen(char open, string text, int j) => open switch
    {
        '\u201C' or '\u201E' or '\u00AB' => text[j] == open && IsOpening(text, j),
        '"' => text[j] == '"' && j > 0 && char.IsWhiteSpace(text[j - 1]) && IsOpening(text, j),
        _ => false,
    };

    private static QuoteMarks? Close(string text, int open)
    {
        var mark = text[open];
        var single = mark == '\u2018';
        var j = open + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (c == '\n' && j + 1 < text.Length && text[j + 1] == '\n')
            {
                // Multi-paragraph quote: the next paragraph reopens with the same kind of mark.
                var k = j;
                while (k < text.Length && char.IsWhiteSpace(text[k]))
                    k++;
                if (!single && k < text.Length && text[k] == mark && IsOpening(text, k))
                {
                    j = k + 1;
                    continue;
                }

                return single ? null : Unclosed(text, open, j);
            }

            if (IsCloser(mark, text, j))
                return new QuoteMarks(open, j, TrimStart(text, open + 1, j), TrimEnd(text, open + 1, j));
            if (!single && j > open + 1 && IsReopen(mark, text, j))
                return Unclosed(text, open, j);
            j++;
        }

        return single ? null : Unclosed(text, open, text.Length);
    }

    private static QuoteMarks? Unclosed(string text, int open, int end)
    {
        var s = TrimStart(text, open + 1, end);
        var e = TrimEnd(text, s, end);
        return e - s >= 2 ? new QuoteMarks(open, -1, s, e) : null;
    }

    private static int TrimStart(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
            s++;
        return s;
    }

    private static int TrimEnd(string text, int s, int e)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1]))
            e--;
        return e;
    }
}
