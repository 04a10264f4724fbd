namespace Parallax.Stories.Comparison;

/// <summary>
/// The interval a claim commits to. An exact "24" is [24, 24]; "between 20,000 and 31,000" is that range; hedges
/// widen it: "about twenty" is ±10%, "more than 9,000" has no upper end, "up to 40" no lower one. Hedge keeps the words.
/// </summary>
internal readonly record struct ValueRange(double Low, double High, string? Hedge)
{
    private static readonly string[] Around = ["about", "around", "roughly", "approximately", "some", "nearly", "almost", "close to", "an estimated", "estimated", "as many as", "more or less"];
    private static readonly string[] Above = ["more than", "over", "at least", "upwards of", "in excess of", "no fewer than"];
    private static readonly string[] Below = ["up to", "fewer than", "less than", "under", "no more than", "at most"];

    public static ValueRange Of(string text, int start, double value, double? high)
    {
        var lo = Math.Min(value, high ?? value);
        var hi = Math.Max(value, high ?? value);
        var before = Before(text, start);
        if (EndsWithAny(before, Around) is { } around)
            return new ValueRange(lo * 0.9, hi * 1.1, around);
        if (EndsWithAny(before, Above) is { } above)
            return new ValueRange(lo, double.PositiveInfinity, above);
        if (EndsWithAny(before, Below) is { } below)
            return new ValueRange(0, hi, below);
        return new ValueRange(lo, hi, null);
    }

    public bool Overlaps(ValueRange other) => Low <= other.High && other.Low <= High;

    private static string Before(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        return text[from..Math.Min(start, text.Length)].TrimEnd().ToLowerInvariant();
    }

    private static string? EndsWithAny(string s, string[] phrases)
    {
        foreach (var p in phrases)
        {
            if (s.EndsWith(p, StringComparison.Ordinal) && (s.Length == p.Length || !char.IsLetter(s[^(p.Length + 1)])))
                return p;
        }

        return null;
    }
}
