using System.Text.RegularExpressions;

namespace Parallax.Extract;

/// <summary>Structural tests for single lines of page furniture, shared by the HTML and plain-text paths.</summary>
internal static partial class LineRules
{
    private static readonly string[] CallToActionStarts =
    [
        "subscribe", "sign up", "signup", "log in", "login", "register", "follow us", "follow me", "like us", "share this",
        "share on", "share:", "click here", "read more", "read the full", "continue reading", "see also", "related:",
        "related articles", "related stories", "more from", "more in ", "more on ", "more stories", "recommended",
        "support ", "donate", "make a gift", "become a member", "give us", "send us", "contact us", "tell us", "talk to us",
        "get the ", "download the", "join our", "join the conversation", "leave a comment", "comments", "advertisement",
        "sponsored", "newsletter", "all rights reserved", "copyright", "©", "tags:", "filed under", "posted in", "like this:",
        "you may also like", "you might also like", "most popular", "most read", "trending", "don't miss", "watch:",
        "listen:", "photo:", "image:", "skip to", "back to top", "print this", "email this", "report an error",
    ];

    public static bool IsCallToAction(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart(" >•·-–—*|".AsSpan()).Trim();
        if (t.Length == 0 || t.Length > 220)
            return false;
        foreach (var start in CallToActionStarts)
        {
            if (t.StartsWith(start, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>"By Jane Doe", "By Jane Doe and John Roe, Reuters": a short line that only names authors.</summary>
    public static bool IsBylineLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is < 4 or > 100)
            return false;
        if (!(t.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("von ", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("par ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("written by", StringComparison.OrdinalIgnoreCase)))
            return false;
        return !t.EndsWith('.') || t.Count(' ') < 6;
    }

    /// <summary>A short line that is only a date, a time or a reading time ("March 3, 2024", "5 min read", "Updated 10:42").</summary>
    public static bool IsDateLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 60)
            return false;
        if (MinuteRead().IsMatch(t))
            return true;
        return DateOnly().IsMatch(t);
    }

    /// <summary>A trailing photo credit in parentheses, e.g. "(photo credit: REUTERS)", "(Jane Doe / The Herald)".</summary>
    public static bool EndsWithCredit(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length < 3 || t[^1] != ')')
            return false;
        var open = t.LastIndexOf('(');
        if (open < 0 || t.Length - open > 80)
            return false;
        var inner = t[(open + 1)..^1];
        return CreditWords().IsMatch(inner) || (inner.Contains(" / ", StringComparison.Ordinal) && inner.Length < 60);
    }

    /// <summary>The whole line is a credit: "(photo credit: REUTERS)", "Photo: AP", "Credit: Getty Images".</summary>
    public static bool IsCreditOnly(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length is 0 or > 80)
            return false;
        if (t[0] == '(' && t[^1] == ')')
            return EndsWithCredit(t);
        return CreditLine().IsMatch(t);
    }

    /// <summary>Length of a leading dateline ("WASHINGTON –", "NEW YORK (AP) —", "PARIS, France —"), and the place.</summary>
    public static int Dateline(ReadOnlySpan<char> line, out string? place)
    {
        place = null;
        var m = DatelineRegex().Match(line.Length > 120 ? line[..120].ToString() : line.ToString());
        if (!m.Success)
            return 0;
        place = m.Groups[1].Value.Trim().TrimEnd(',');
        return m.Length;
    }

    [GeneratedRegex(@"^\s*(?:\d+\s*(?:min|mins|minute|minutes)\b.{0,10}(?:read|lesen|lecture)|(?:read(?:ing)?\s+time)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteRead();

    [GeneratedRegex(@"^(?:(?:published|updated|posted|veröffentlicht|aktualisiert|am|on|le|el)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\.?,?\s*)?(?:\d{1,4}[./\-]\s?\d{1,2}[./\-]\s?\d{2,4}|\d{1,2}\.?\s+[A-Za-zäéû]+\.?\s+\d{4}|[A-Za-zäéû]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[,\s|at um-]+\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|uhr|[A-Z]{2,4}))*)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"\b(?:photo|photos|foto|fotos|image|images|picture|credit|courtesy|getty|reuters|afp|ap|epa|file|illustration|shutterstock|istock|dpa|handout|screenshot|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreditWords();

    [GeneratedRegex(@"^(?:photo|photos|foto|image|picture|credit|photo credit|bild|quelle)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLine();

    [GeneratedRegex(@"^\s*((?:[A-Z][A-Z.'\-]+)(?:\s+[A-Z][A-Z.'\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?)\s*(?:\([A-Za-z.]{1,12}\)\s*)?[—–-]{1,2}\s+")]
    private static partial Regex DatelineRegex();
}
