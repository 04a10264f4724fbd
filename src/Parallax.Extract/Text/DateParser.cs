using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Extract;

/// <summary>Publication dates from machine formats (ISO 8601, RFC 1123), URLs and English or German prose.</summary>
public static partial class DateParser
{
    private static readonly string[] Months =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    /// <summary>Parses a machine-readable date; values after <paramref name="notAfter"/> (plus a day of clock skew) are rejected.</summary>
    public static DateTimeOffset? Parse(string? value, DateTimeOffset notAfter)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 80)
            return null;
        var v = value.Trim();
        DateTimeOffset d;
        if (!DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out d))
        {
            var prose = FromProse(v);
            if (prose is null)
                return null;
            d = prose.Value;
        }

        return Plausible(d, notAfter) ? d : null;
    }

    /// <summary>The first plausible date written in prose ("March 3, 2024", "3 March 2024", "3. März 2024") in the text.</summary>
    public static DateTimeOffset? FromProse(ReadOnlySpan<char> text)
    {
        foreach (var m in ProseDate().EnumerateMatches(text))
        {
            var s = text.Slice(m.Index, m.Length).ToString();
            var match = ProseDate().Match(s);
            var monthName = match.Groups["m1"].Success ? match.Groups["m1"].Value : match.Groups["m2"].Value;
            var dayText = match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value;
            var month = MonthNumber(monthName);
            if (month == 0 || !int.TryParse(dayText, CultureInfo.InvariantCulture, out var day) || !int.TryParse(match.Groups["y"].Value, CultureInfo.InvariantCulture, out var year))
                continue;
            if (day is < 1 or > 31 || day > DateTime.DaysInMonth(year, month))
                continue;
            return new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        }

        return null;
    }

    /// <summary>A full date in a URL path: /2024/03/05/ or /2024-03-05/ (year and month alone are too coarse).</summary>
    public static DateTimeOffset? FromUrl(string? url, DateTimeOffset notAfter)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        var m = UrlDate().Match(url);
        if (!m.Success)
            return null;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (!m.Groups[3].Success)
            return null;
        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var d = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return Plausible(d, notAfter) ? d : null;
    }

    public static bool Plausible(DateTimeOffset d, DateTimeOffset notAfter) => d.Year >= 1990 && d <= notAfter.AddDays(1);

    private static int MonthNumber(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.StartsWith("mär", StringComparison.Ordinal) || n.StartsWith("mae", StringComparison.Ordinal))
            return 3;
        if (n.StartsWith("mai", StringComparison.Ordinal))
            return 5;
        if (n.StartsWith("okt", StringComparison.Ordinal))
            return 10;
        if (n.StartsWith("dez", StringComparison.Ordinal))
            return 12;
        if (n.StartsWith("juni", StringComparison.Ordinal))
            return 6;
        if (n.StartsWith("juli", StringComparison.Ordinal))
            return 7;
        for (var i = 0; i < Months.Length; i++)
        {
            if (n.StartsWith(Months[i], StringComparison.Ordinal))
                return i + 1;
        }

        return 0;
    }

    [GeneratedRegex(@"(?:(?<m1>[A-Za-zäÄ]{3,9})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d{2})|(?<d2>\d{1,2})\.?\s+(?<m2>[A-Za-zäÄ]{3,9})\.?,?\s+(?<y>(?:19|20)\d{2}))")]
    private static partial Regex ProseDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/\-](\d{1,2})(?:[/\-](\d{1,2}))?(?:/|$|[\-_])")]
    private static partial Regex UrlDate();
}
