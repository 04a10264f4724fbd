using System.Collections.Immutable;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Extract;

/// <summary>
/// Plain-text captures of an article page: the first line is the title; before the body come the dek,
/// photo captions, credits and repeated caption lines; the body starts at a dateline or at the first
/// prose paragraph; page furniture after the article is cut where the remaining lines stop being article
/// prose (the cut that best separates coherent prose from furniture-like lines). Every removal is recorded
/// with raw offsets and a reason.
/// </summary>
public static class PlainTextCleaner
{
    private const int MaxHead = 10;

    internal readonly record struct Unit(int Start, int Length);

    public static Article Extract(RawDocument raw, string text, IReadOnlyList<string> warnings)
    {
        var units = Units(text);
        var removed = ImmutableArray.CreateBuilder<RemovedSpan>();
        var captions = new List<string>();
        string? title = null, dek = null, byline = null, dateline = null;
        var first = 0;
        if (units.Count > 1 && units[0].Length <= 250)
        {
            title = TextBuilder.Fold(Span(text, units[0]));
            removed.Add(new RemovedSpan(units[0].Start, units[0].Length, "title"));
            first = 1;
        }

        var bodyStart = BodyStart(text, units, first, out var datelineAt);
        for (var i = first; i < bodyStart; i++)
        {
            var u = units[i];
            var line = Span(text, u).Trim();
            if (LineRules.IsCreditOnly(line))
            {
                removed.Add(new RemovedSpan(u.Start, u.Length, "credit"));
            }
            else if (LineRules.EndsWithCredit(line))
            {
                var open = line.LastIndexOf('(');
                var caption = TextBuilder.Fold(line[..open]);
                if (caption.Length > 0 && !captions.Contains(caption))
                    captions.Add(caption);
                var offset = u.Start + Span(text, u).IndexOf(line) + open;
                removed.Add(new RemovedSpan(u.Start, offset - u.Start, "caption"));
                removed.Add(new RemovedSpan(offset, u.Start + u.Length - offset, "credit"));
            }
            else if (IsRepeatOfCaption(line, captions))
            {
                removed.Add(new RemovedSpan(u.Start, u.Length, "caption repeated"));
            }
            else if (byline is null && LineRules.IsBylineLine(line))
            {
                byline = Html.MetadataReader.CleanByline(line.ToString());
                removed.Add(new RemovedSpan(u.Start, u.Length, "byline"));
            }
            else if (dek is null && i == first && line.Length >= 20 && (datelineAt || NextIsCaption(text, units, i + 1, bodyStart)))
            {
                dek = TextBuilder.Fold(line);
                removed.Add(new RemovedSpan(u.Start, u.Length, "dek"));
            }
            else
            {
                removed.Add(new RemovedSpan(u.Start, u.Length, "furniture before the article"));
            }
        }

        var bodyEnd = units.Count;
        if (bodyStart < units.Count)
        {
            if (LineRules.Dateline(Span(text, units[bodyStart]), out var place) > 0)
                dateline = place;
            bodyEnd = TailCut(text, units, bodyStart, title);
            if (bodyEnd < units.Count)
                removed.Add(new RemovedSpan(units[bodyEnd].Start, text.Length - units[bodyEnd].Start, "furniture after the article"));
        }

        var body = new TextBuilder();
        for (var i = bodyStart; i < bodyEnd; i++)
            body.AddParagraph(Span(text, units[i]));
        var cleaned = body.ToString();
        var language = LanguageDetector.Detect(cleaned);
        var meta = new ArticleMetadata
        {
            Title = title ?? raw.TitleHint,
            Dek = dek,
            Byline = byline,
            Dateline = dateline,
            Published = raw.PublishedHint ?? DateFromHead(text, units, bodyStart, raw.RetrievedAt),
            Language = language,
            CanonicalUrl = raw.Source.Url,
        };
        return new Article(raw.Source, text, cleaned, meta)
        {
            Removed = removed.ToImmutable(),
            Captions = [.. captions],
            Warnings = Html.HtmlExtractor.LanguageWarning(warnings, language),
        };
    }

    private static ReadOnlySpan<char> Span(string text, Unit u) => text.AsSpan(u.Start, u.Length);

    private static DateTimeOffset? DateFromHead(string text, List<Unit> units, int bodyStart, DateTimeOffset notAfter)
    {
        for (var i = 0; i < Math.Min(bodyStart + 1, units.Count); i++)
        {
            var line = Span(text, units[i]);
            if (LineRules.IsDateLine(line) && DateParser.FromProse(line) is { } d && DateParser.Plausible(d, notAfter))
                return d;
        }

        return null;
    }

    /// <summary>The dateline paragraph within the first lines if there is one, else the first prose paragraph.</summary>
    private static int BodyStart(string text, List<Unit> units, int first, out bool dateline)
    {
        dateline = false;
        var limit = Math.Min(units.Count, first + MaxHead);
        for (var i = first; i < limit; i++)
        {
            if (LineRules.Dateline(Span(text, units[i]), out _) > 0)
            {
                dateline = true;
                return i;
            }
        }

        for (var i = first; i < limit; i++)
        {
            var line = Span(text, units[i]).Trim();
            if (LineRules.IsCreditOnly(line) || LineRules.EndsWithCredit(line) || LineRules.IsBylineLine(line) || LineRules.IsDateLine(line))
                continue;
            if (i == first && i + 1 < limit && IsCaptionish(Span(text, units[i + 1])))
                continue;
            if (IsRepeatOfNext(text, units, i, limit))
                continue;
            if (line.Length >= 60 && Furniture.EndsSentence(line))
                return i;
        }

        return first;
    }

    private static bool IsCaptionish(ReadOnlySpan<char> line) => LineRules.IsCreditOnly(line.Trim()) || LineRules.EndsWithCredit(line);

    private static bool NextIsCaption(string text, List<Unit> units, int i, int end) => i < end && IsCaptionish(Span(text, units[i]));

    /// <summary>A caption line is often printed twice: once with its credit and once without.</summary>
    private static bool IsRepeatOfNext(string text, List<Unit> units, int i, int limit)
    {
        var line = Span(text, units[i]).Trim();
        for (var j = Math.Max(0, i - 2); j < Math.Min(limit, i + 3); j++)
        {
            if (j == i)
                continue;
            var other = Span(text, units[j]).Trim();
            if (other.Length > line.Length && other.StartsWith(line, StringComparison.Ordinal) && LineRules.EndsWithCredit(other))
                return true;
        }

        return false;
    }

    private static bool IsRepeatOfCaption(ReadOnlySpan<char> line, List<string> captions)
    {
        foreach (var c in captions)
        {
            if (line.SequenceEqual(c) || (c.Length >= 20 && line.StartsWith(c, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The unit index where the article ends: the single cut that minimises the furniture score kept
    /// before it plus the prose score dropped after it. Coherence is measured against the lead, then
    /// once more against the body the first cut found, so a long tail cannot define the topic.
    /// </summary>
    private static int TailCut(string text, List<Unit> units, int bodyStart, string? title)
    {
        var n = units.Count;
        var coreEnd = Math.Min(n, bodyStart + 6);
        var cut = n;
        for (var pass = 0; pass < 2; pass++)
        {
            var core = new Dictionary<string, int>(StringComparer.Ordinal);
            if (title is not null)
                Furniture.AddWords(title, core, 1);
            for (var i = bodyStart; i < coreEnd; i++)
                Furniture.AddWords(Span(text, units[i]), core, 1);
            var f = new float[n];
            for (var i = bodyStart; i < n; i++)
            {
                var line = Span(text, units[i]);
                var s = Furniture.Structural(line);
                if (float.IsNaN(s))
                {
                    var own = i < coreEnd;
                    if (own)
                        Furniture.AddWords(line, core, -1);
                    s = Furniture.FromCoherence(Furniture.Coherence(line, core));
                    if (own)
                        Furniture.AddWords(line, core, 1);
                }

                f[i] = s;
            }

            // cost(k) = Σ_{i<k} f + Σ_{i≥k} (1 - f); no cut costs Σ f. A cut must beat no cut; among equal cuts the later wins.
            var noCut = 0f;
            for (var i = bodyStart; i < n; i++)
                noCut += f[i];
            var rest = 0f;
            for (var i = bodyStart + 1; i < n; i++)
                rest += 1 - f[i];
            var running = f[bodyStart];
            var best = noCut;
            cut = n;
            for (var k = bodyStart + 1; k < n; k++)
            {
                var cost = running + rest;
                if (cost < best - 1e-3f || (cut != n && cost <= best + 1e-4f))
                {
                    best = Math.Min(best, cost);
                    cut = k;
                }

                running += f[k];
                rest -= 1 - f[k];
            }

            coreEnd = Math.Max(coreEnd, cut);
        }

        return StartOfFurniture(text, units, cut);
    }

    /// <summary>
    /// A tail is page furniture only where its structure says so: the cut moves forward to the first line that looks
    /// like furniture by its form (call to action, bullet, credit, short unpunctuated heading). Complete sentences
    /// before it stay, since a short closing paragraph of a real article ("The donors meet again in June.") often
    /// shares few words with the lead.
    /// </summary>
    private static int StartOfFurniture(string text, List<Unit> units, int cut)
    {
        for (var k = cut; k < units.Count; k++)
        {
            var s = Furniture.Structural(Span(text, units[k]));
            if (!float.IsNaN(s) && s >= 0.8f)
                return k;
        }

        return units.Count;
    }

    /// <summary>Paragraph units with raw offsets: each non-blank line, or blank-line groups when the text is hard-wrapped.</summary>
    internal static List<Unit> Units(string text)
    {
        var lines = new List<Unit>();
        var blankBefore = new List<bool>();
        var blank = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
                continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace())
            {
                blank = true;
            }
            else
            {
                lines.Add(new Unit(start, end - start));
                blankBefore.Add(blank);
                blank = false;
            }

            start = i + 1;
        }

        if (!HardWrapped(text, lines))
            return lines;
        var units = new List<Unit>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || blankBefore[i])
                units.Add(lines[i]);
            else
                units[^1] = new Unit(units[^1].Start, lines[i].Start + lines[i].Length - units[^1].Start);
        }

        return units;
    }

    private static bool HardWrapped(string text, List<Unit> lines)
    {
        if (lines.Count < 8)
            return false;
        int mid = 0, open = 0;
        foreach (var l in lines)
        {
            if (l.Length > 100)
                return false;
            if (l.Length >= 40)
                mid++;
            if (!Furniture.EndsSentence(text.AsSpan(l.Start, l.Length).TrimEnd()))
                open++;
        }

        return mid >= lines.Count * 0.7 && open >= lines.Count * 0.5;
    }
}
