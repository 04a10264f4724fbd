using System.Runtime.CompilerServices;

namespace Parallax.Facts;

/// <summary>Character classes and word stepping over the text, shared by every extractor.</summary>
internal static class TextScan
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '\'' or '\u2019' or '.' or '&';

    public static bool IsOpenQuote(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '"';

    public static bool IsAnyQuote(char c) => c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '"';

    // Called for every character of clause scans, so ASCII other than '"' leaves after one compare.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDoubleQuoteMark(char c) => c == '"' || (c >= '\u00AB' && c is '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB');

    /// <summary>The word starting at or after <paramref name="i"/> (letters, digits and inner joiners; trailing dots and apostrophes trimmed except in abbreviations).</summary>
    public static (int Start, int End) NextWord(string text, int i, int limit)
    {
        while (i < limit && !char.IsLetterOrDigit(text[i]))
        {
            if (text[i] == '\n' || IsDoubleQuoteMark(text[i]))
                return (-1, -1);
            i++;
        }

        if (i >= limit)
            return (-1, -1);
        var s = i;
        while (i < limit && IsWordChar(text[i]))
            i++;
        return (s, TrimEnd(text, s, i));
    }

    /// <summary>The word ending at or before <paramref name="end"/> (exclusive), not crossing <paramref name="floor"/>.</summary>
    public static (int Start, int End) PrevWord(string text, int end, int floor)
    {
        var i = end;
        while (i > floor && !char.IsLetterOrDigit(text[i - 1]))
        {
            var c = text[i - 1];
            if (c is '\n' or ',' or ';' or ':' or '(' or ')' or '\u2014' or '\u2013' || IsDoubleQuoteMark(c))
                return (-1, -1);
            if (c == '.' && i - 1 > floor && !char.IsLetter(text[i - 2]))
                return (-1, -1);
            i--;
        }

        if (i <= floor)
            return (-1, -1);
        var e = i;
        while (i > floor && IsWordChar(text[i - 1]))
            i--;
        while (i < e && !char.IsLetterOrDigit(text[i]))
            i++;
        return (i, TrimEnd(text, i, e));
    }

    /// <summary>Drops a trailing sentence dot, except after a one-letter abbreviation ("U.S."), and a trailing apostrophe.</summary>
    public static int TrimEnd(string text, int s, int e)
    {
        while (e > s && text[e - 1] is '.' or '\'' or '\u2019' or '-')
        {
            if (text[e - 1] == '.' && e - s >= 2 && IsAbbreviation(text.AsSpan(s, e - s)))
                break;
            e--;
        }

        return e;
    }

    /// <summary>"U.S.", "Mr.", "St." and similar, whose dot does not end a sentence.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> w)
    {
        if (w.Length == 0 || w[^1] != '.')
            return false;
        var core = w[..^1];
        if (core.Contains('.'))
            return true;
        if (core.Length == 1 && char.IsUpper(core[0]))
            return true;
        return core switch
        {
            "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Sen" or "Rep" or "Gov" or "Gen" or "Lt" or "Col" or "Capt" or "Sgt" or "Jr" or "Sr"
                or "Prof" or "No" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov"
                or "Dec" or "Inc" or "Corp" or "Ltd" or "Co" or "vs" or "Mt" or "Ft" or "approx" => true,
            _ => false,
        };
    }

    public static bool IsCapitalized(string text, int s, int e)
    {
        if (s >= e)
            return false;
        if (char.IsUpper(text[s]))
            return true;

        // al-Jaafari, bin-Salman, de-Gaulle style: a lowercase particle glued to a capitalized name.
        var dash = text.AsSpan(s, e - s).IndexOf('-');
        return dash is > 0 and <= 3 && s + dash + 1 < e && char.IsUpper(text[s + dash + 1]);
    }

    public static int ParagraphStart(string text, int i)
    {
        var p = i <= 0 ? -1 : text.LastIndexOf("\n\n", Math.Min(i - 1, text.Length - 1), StringComparison.Ordinal);
        return p < 0 ? 0 : p + 2;
    }

    public static int ParagraphEnd(string text, int i)
    {
        var p = text.IndexOf("\n\n", Math.Min(i, text.Length), StringComparison.Ordinal);
        return p < 0 ? text.Length : p;
    }

    public static int SkipSpaces(string text, int i, int limit)
    {
        while (i < limit && text[i] is ' ' or '\t' or '\u00A0')
            i++;
        return i;
    }
}
