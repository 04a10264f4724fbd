using System.Globalization;

namespace Parallax.Facts.Evaluation;

public sealed record GoldQuote(string Fragment, string? Speaker);

public sealed record GoldClaim(double Value, string? Counted, string? Frame);

public sealed record GoldTime(string Fragment, DateOnly? Date);

public sealed record Passage(string Id, DateTimeOffset? Published, string Text, List<GoldQuote> Quotes, List<GoldClaim> Claims, List<GoldTime> Times);

/// <summary>
/// Reads the development set format (tests/Parallax.Facts.Tests/DevSet/README.md): passages opened by "=== id",
/// optional "published:" line, the text, then "---" and one gold line per quote, claim or time expression.
/// </summary>
public static class DevSet
{
    public static List<Passage> Read(string path)
    {
        var passages = new List<Passage>();
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToArray() : [path];
        foreach (var file in files)
            passages.AddRange(Parse(File.ReadAllText(file)));
        return passages;
    }

    public static IEnumerable<Passage> Parse(string content)
    {
        var blocks = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n=== ", StringSplitOptions.RemoveEmptyEntries);
        foreach (var raw in blocks)
        {
            var block = raw.StartsWith("=== ", StringComparison.Ordinal) ? raw[4..] : raw;
            if (block.StartsWith('#'))
                continue;
            var lines = block.Split('\n');
            var id = lines[0].Trim();
            var i = 1;
            DateTimeOffset? published = null;
            if (i < lines.Length && lines[i].StartsWith("published:", StringComparison.Ordinal))
            {
                published = DateTimeOffset.Parse(lines[i]["published:".Length..].Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                i++;
            }

            var text = new List<string>();
            while (i < lines.Length && lines[i].Trim() != "---")
                text.Add(lines[i++]);
            i++;
            var quotes = new List<GoldQuote>();
            var claims = new List<GoldClaim>();
            var times = new List<GoldTime>();
            for (; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                    continue;
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var kind = line[..colon];
                var parts = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries);
                switch (kind)
                {
                    case "quote":
                        quotes.Add(new GoldQuote(parts[0], parts[1] == "-" ? null : parts[1]));
                        break;
                    case "claim":
                        claims.Add(new GoldClaim(double.Parse(parts[0], CultureInfo.InvariantCulture), Null(parts[1]), parts.Length > 2 ? Null(parts[2]) : null));
                        break;
                    case "time":
                        times.Add(new GoldTime(parts[0], parts[1] == "-" ? null : DateOnly.Parse(parts[1], CultureInfo.InvariantCulture)));
                        break;
                    default:
                        throw new FormatException($"passage {id}: unknown gold line '{line}'");
                }
            }

            yield return new Passage(id, published, string.Join('\n', text).Trim('\n'), quotes, claims, times);
        }
    }

    private static string? Null(string s) => s == "-" ? null : s;
}
