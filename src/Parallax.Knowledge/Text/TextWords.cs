namespace Parallax.Knowledge.Text;

/// <summary>
/// Word stepping over raw text without tokens (the tokenizer may not have run). A word is a run of letters and digits
/// with inner dots, hyphens and apostrophes ("U.S.", "al-Jaafari", "Iran's"); a trailing sentence period is not part of it.
/// </summary>
public static class TextWords
{
    private static bool IsInner(char c) => c is '.' or '-' or '\'' or '\u2019' or '\u2010' or '\u2011';

    /// <summary>The word that ends at or before <paramref name="pos"/>, with only spaces (and at most one comma,
    /// reported in <paramref name="comma"/>) between it and pos; false at a sentence or clause boundary.</summary>
    public static bool Previous(string text, int pos, out int start, out int end, out bool comma)
    {
        start = end = pos;
        comma = false;
        var i = pos - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == ','))
        {
            if (text[i] == ',')
            {
                if (comma)
                    return false;
                comma = true;
            }

            i--;
        }

        if (i < 0 || !(char.IsLetterOrDigit(text[i]) || (text[i] == '.' && IsAbbreviationEnd(text, i))))
            return false;
        end = i + 1;
        while (i >= 0 && (char.IsLetterOrDigit(text[i]) || (IsInner(text[i]) && i > 0 && char.IsLetterOrDigit(text[i - 1]))))
            i--;
        start = i + 1;
        if (text[end - 1] == '.' && !IsAbbreviation(text.AsSpan(start, end - start)))
            return false;
        return start < end;
    }

    /// <summary>The word that starts at or after <paramref name="pos"/>, across spaces only (and one comma when allowed).</summary>
    public static bool Next(string text, int pos, bool allowComma, out int start, out int end, out bool comma)
    {
        start = end = pos;
        comma = false;
        var i = pos;
        while (i < text.Length && (text[i] == ' ' || (allowComma && text[i] == ',' && !comma)))
        {
            if (text[i] == ',')
                comma = true;
            i++;
        }

        if (i >= text.Length || !char.IsLetterOrDigit(text[i]))
            return false;
        start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsInner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            || (text[i] == '.' && IsAbbreviation(text.AsSpan(start, i - start + 1)))))
            i++;
        end = i;
        return end > start;
    }

    private static bool IsAbbreviationEnd(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.'))
            s--;
        return IsAbbreviation(text.AsSpan(s, dot - s + 1));
    }

    /// <summary>"U.S.", "Dr.", "St." and single initials end in a dot that does not end the sentence.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
            return false;
        var inner = word[..^1];
        if (inner.Contains('.') || (inner.Length == 1 && char.IsUpper(inner[0])))
            return true;
        return inner is "Dr" or "Mr" or "Mrs" or "Ms" or "Gen" or "St" or "Lt" or "Col" or "Sen" or "Rep" or "Gov" or "Jr" or "Sr"
            or "Prof" or "Sgt" or "Capt" or "Adm" or "Maj" or "Brig" or "Rev" or "Pres" or "Hon" or "No";
    }

    /// <summary>True when a sentence boundary (., ! or ? followed by space or line end) lies between two offsets.</summary>
    public static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
                return true;
            if (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                var s = i;
                while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.'))
                    s--;
                if (c != '.' || !IsAbbreviation(text.AsSpan(s, i - s + 1)))
                    return true;
            }
        }

        return false;
    }
}
