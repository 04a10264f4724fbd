namespace Parallax.Stories.Brief;

/// <summary>
/// A plain fallback sentence splitter for when no NLP stage has filled Document.Sentences: a line break always ends a
/// sentence; '.', '!' or '?' (after optional closing quotes or brackets) ends one when whitespace and an upper-case
/// letter, digit or opening quote follow, unless the word before the period is a short title or an initial.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr", "sr", "inc", "corp",
        "co", "ltd", "vs", "prof", "rev", "mt", "ft", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    };

    /// <summary>Sentence ranges (start, length) in order, trimmed of surrounding whitespace, never empty.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Emit(text, start, i, result);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
                end++;
            if (end >= text.Length || !char.IsWhiteSpace(text[end]) || text[end] is '\n' or '\r')
                continue;
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
                next++;
            if (next < text.Length && !StartsSentence(text[next]))
                continue;
            if (c == '.' && (IsAbbreviation(text, i) || IsNumberSign(text, i, next)))
                continue;
            Emit(text, start, end, result);
            start = end;
        }

        Emit(text, start, text.Length, result);
        return result;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '\'' or '‘' or '(' or '\n' or '\r';

    private static bool IsAbbreviation(string text, int period)
    {
        var j = period;
        while (j > 0 && char.IsLetter(text[j - 1]))
            j--;
        var word = text.AsSpan(j, period - j);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true;
        if (j > 0 && text[j - 1] == '.')
            return true;
        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>"No. 5": "No" before a number abbreviates "number"; "said no." ends a sentence.</summary>
    private static bool IsNumberSign(string text, int period, int next) =>
        period >= 2 && text.AsSpan(period - 2, 2).Equals("no", StringComparison.OrdinalIgnoreCase)
        && (period == 2 || !char.IsLetter(text[period - 3])) && next < text.Length && char.IsDigit(text[next]);

    private static void Emit(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            result.Add((start, end - start));
    }
}
