using System.Globalization;

namespace Parallax.Facts;

/// <summary>A number as written: its range in the text, its value, and whether it was a currency amount.</summary>
internal readonly record struct ParsedNumber(int Start, int End, double Value, string? Currency);

/// <summary>Numbers in digits ("20,000", "3.5", "$3 million") and in words ("Thirty", "twenty-four", "two hundred").</summary>
internal static class NumberParser
{
    public static ParsedNumber? Parse(string text, int pos, int limit)
    {
        var start = pos;
        string? currency = null;
        if (pos < limit && text[pos] is '$' or '\u20AC' or '\u00A3')
        {
            currency = text[pos] switch { '$' => "USD", '\u20AC' => "EUR", _ => "GBP" };
            pos++;
        }
        else if (pos + 3 < limit && text.AsSpan(pos, 3) is "US$")
        {
            currency = "USD";
            pos += 3;
        }

        double value;
        int end;
        if (pos < limit && char.IsDigit(text[pos]))
        {
            end = pos;
            while (end < limit && (char.IsDigit(text[end]) || (text[end] is ',' or '.' && end + 1 < limit && char.IsDigit(text[end + 1]))))
                end++;
            var digits = text.AsSpan(pos, end - pos);
            Span<char> clean = stackalloc char[digits.Length];
            var n = 0;
            foreach (var c in digits)
            {
                if (c != ',')
                    clean[n++] = c;
            }

            if (!double.TryParse(clean[..n], NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                return null;
            if (end < limit && char.IsLetter(text[end]))
                return null;
        }
        else if (currency is null && WordValue(text, pos, limit, out value, out end))
        {
        }
        else
        {
            return null;
        }

        // "3 million", "1.2 billion", "two thousand"
        var (ws, we) = TextScan.NextWord(text, end, limit);
        if (ws == end + 1 && text[end] == ' ')
        {
            var scale = Scale(text.AsSpan(ws, we - ws));
            if (scale > 0)
            {
                value *= scale;
                end = we;
            }
        }

        return new ParsedNumber(start, end, value, currency);
    }

    public static bool StartsNumber(string text, int i) =>
        char.IsDigit(text[i]) || (text[i] is '$' or '\u20AC' or '\u00A3' && i + 1 < text.Length && char.IsDigit(text[i + 1]));

    private static double Scale(ReadOnlySpan<char> w) => w switch
    {
        "thousand" => 1e3,
        "million" or "mln" or "m" => 1e6,
        "billion" or "bn" => 1e9,
        "trillion" => 1e12,
        _ => 0,
    };

    /// <summary>"Thirty", "twenty-four", "two hundred and ten": consecutive number words summed by the usual rules.</summary>
    private static bool WordValue(string text, int pos, int limit, out double value, out int end)
    {
        value = 0;
        end = pos;
        double current = 0;
        var any = false;
        var p = pos;
        while (true)
        {
            var (s, e) = TextScan.NextWord(text, p, limit);
            if (s < 0 || (any && s - p > 1))
                break;
            var word = text.AsSpan(s, e - s);
            if (any && word is "and")
            {
                var (ns, ne) = TextScan.NextWord(text, e, limit);
                if (ns < 0 || Unit(text.AsSpan(ns, ne - ns)) < 0)
                    break;
                p = e;
                continue;
            }

            var parts = 0;
            var ok = true;
            foreach (var range in word.Split('-'))
            {
                var u = Unit(word[range]);
                if (u < 0)
                {
                    ok = false;
                    break;
                }

                if (u == 100)
                    current = (current == 0 ? 1 : current) * 100;
                else
                    current += u;
                parts++;
            }

            if (!ok || parts == 0)
                break;
            any = true;
            end = e;
            p = e;
        }

        value = current;
        return any;
    }

    private static int Unit(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[Math.Min(w.Length, 12)];
        if (w.Length > 12)
            return -1;
        w.ToLowerInvariant(lower);
        return lower switch
        {
            "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8,
            "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15,
            "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30,
            "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90, "hundred" => 100,
            "dozen" => 12,
            _ => -1,
        };
    }
}
