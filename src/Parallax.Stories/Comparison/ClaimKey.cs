using System.Globalization;
using System.Text;

namespace Parallax.Stories.Comparison;

/// <summary>
/// What makes two numeric claims comparable: the same counted thing (head noun, singular, with synonyms folded and
/// proper modifiers such as "Arab" kept), the same unit and the same predicate frame. "24 participant nations" and
/// "Thirty nations" share a key; "10 Arab states" and "40 nations" do not.
/// </summary>
internal static class ClaimKey
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["country"] = "nation", ["state"] = "nation", ["government"] = "nation", ["person"] = "people", ["resident"] = "people",
        ["civilian"] = "people", ["individual"] = "people", ["fatality"] = "death", ["militant"] = "fighter",
        ["combatant"] = "fighter", ["house"] = "home", ["dwelling"] = "home", ["delegation"] = "delegation",
    };

    public static string? Counted(string? counted)
    {
        if (string.IsNullOrWhiteSpace(counted))
            return null;
        var words = counted.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var head = Singular(words[^1].ToLowerInvariant());
        head = Synonyms.GetValueOrDefault(head, head);
        var sb = new StringBuilder();
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (words[i].Length > 0 && char.IsUpper(words[i][0]))
                sb.Append(words[i].ToLowerInvariant()).Append(' ');
        }

        return sb.Append(head).ToString();
    }

    public static string Singular(string w)
    {
        if (w == "people")
            return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
            return w[..^3] + "y";
        if (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal))
            return w[..^2];
        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1] : w;
    }

    /// <summary>The value as a reader would compare it: "30", "20,000–31,000", "3 million USD/day".</summary>
    public static string Display(double value, double? high, string? unit)
    {
        var v = Number(value, unit is not null) + (high is { } h && h != value ? "–" + Number(h, unit is not null) : "");
        return unit switch
        {
            null => v,
            "percent" or "%" => v + "%",
            _ => v + " " + unit,
        };
    }

    private static string Number(double v, bool scaled)
    {
        if (scaled && Math.Abs(v) >= 1e9)
            return Plain(v / 1e9) + " billion";
        if (scaled && Math.Abs(v) >= 1e6)
            return Plain(v / 1e6) + " million";
        return Plain(v);
    }

    private static string Plain(double v) => v.ToString(v == Math.Floor(v) ? "#,0" : "#,0.###", CultureInfo.InvariantCulture);
}
