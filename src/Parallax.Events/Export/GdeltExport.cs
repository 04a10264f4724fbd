using System.Globalization;
using System.Text;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Events.Export;

/// <summary>One exported event: the same coded event reported by several articles is one row with several mentions.</summary>
public sealed record GdeltRow(
    long GlobalEventId,
    string Day,
    EventActor Actor1,
    string Actor1Name,
    EventActor Actor2,
    string Actor2Name,
    bool IsRootEvent,
    string EventCode,
    int QuadClass,
    double GoldsteinScale,
    int NumMentions,
    int NumSources,
    int NumArticles,
    string? Location,
    string SourceUrl,
    bool Negated,
    Modality Modality,
    string ArticleId,
    int SentenceStart,
    int SentenceLength);

/// <summary>
/// Turns stored documents into rows whose columns follow GDELT 2.0 Events where they apply (docs/events.md),
/// merging the same event (day, code, source code, target code, negation, modality) across articles.
/// </summary>
public static class GdeltExport
{
    public static readonly string[] Columns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode",
        "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
        "SOURCEURL", "Negated", "Modality", "ArticleID", "SentenceStart", "SentenceLength",
    ];

    private static readonly HashSet<string> NotCountries = new(StringComparer.Ordinal)
    {
        "IGO", "NGO", "MNC", "GOV", "MIL", "REB", "OPP", "CVL", "COP", "BUS", "MED", "EDU", "LEG", "JUD", "REF", "IMG",
        "INS", "UAF", "SEP", "SPY", "CRM", "LAB", "HLH", "ELI", "AGR", "ENV", "RAD", "MOD", "NGM", "AMN", "ICC",
    };

    /// <summary>Rows in the order the events were first seen; by default only events that happened and are not negated.</summary>
    public static List<GdeltRow> Rows(IEnumerable<Document> documents, bool all = false)
    {
        var rows = new List<GdeltRow>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var outlets = new List<HashSet<string>>();
        var articles = new List<HashSet<string>>();
        foreach (var doc in documents)
        {
            var lead = LeadEnd(doc.Text);
            var url = doc.Article.Source.Url ?? doc.Article.Metadata.CanonicalUrl ?? doc.Article.Source.Path ?? string.Empty;
            var outlet = doc.Article.Source.Outlet ?? Host(url);
            foreach (var e in doc.Events)
            {
                if (!all && (e.Negated || e.Modality != Modality.Happened))
                    continue;
                var day = (e.Date ?? (doc.Article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null))
                    ?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty;
                var key = string.Join('|', day, e.Cameo, e.Source.Code, e.Target.Code, e.Negated, e.Modality);
                if (index.TryGetValue(key, out var i))
                {
                    var r = rows[i];
                    outlets[i].Add(outlet);
                    articles[i].Add(doc.Article.Id);
                    rows[i] = r with
                    {
                        NumMentions = r.NumMentions + 1,
                        NumSources = outlets[i].Count,
                        NumArticles = articles[i].Count,
                        IsRootEvent = r.IsRootEvent || e.Start < lead,
                        Location = r.Location ?? e.Location,
                    };
                    continue;
                }

                index[key] = rows.Count;
                outlets.Add([outlet]);
                articles.Add([doc.Article.Id]);
                rows.Add(new GdeltRow(
                    rows.Count + 1, day, e.Source, Slice(doc.Text, e.Source.Range), e.Target, Slice(doc.Text, e.Target.Range),
                    e.Start < lead, e.Cameo, e.QuadClass, e.Goldstein, 1, 1, 1, e.Location, url, e.Negated, e.Modality,
                    doc.Article.Id, e.Start, e.Length));
            }
        }

        return rows;
    }

    public static string[] Fields(GdeltRow r)
    {
        var inv = CultureInfo.InvariantCulture;
        return
        [
            r.GlobalEventId.ToString(inv), r.Day, r.Day.Length >= 6 ? r.Day[..6] : string.Empty, r.Day.Length >= 4 ? r.Day[..4] : string.Empty,
            r.Actor1.Code ?? string.Empty, r.Actor1Name, Country(r.Actor1.Code), Type1(r.Actor1.Code),
            r.Actor2.Code ?? string.Empty, r.Actor2Name, Country(r.Actor2.Code), Type1(r.Actor2.Code),
            r.IsRootEvent ? "1" : "0", r.EventCode, r.EventCode.Length >= 3 ? r.EventCode[..3] : r.EventCode, r.EventCode[..2],
            r.QuadClass.ToString(inv), r.GoldsteinScale.ToString("0.0", inv), r.NumMentions.ToString(inv), r.NumSources.ToString(inv),
            r.NumArticles.ToString(inv), r.Location ?? string.Empty, r.SourceUrl, r.Negated ? "1" : "0",
            r.Modality.ToString().ToLowerInvariant(), r.ArticleId, r.SentenceStart.ToString(inv), r.SentenceLength.ToString(inv),
        ];
    }

    /// <summary>Delimited text with a header row; tab by default, as GDELT's own files are.</summary>
    public static string ToDelimited(IEnumerable<GdeltRow> rows, char delimiter = '\t')
    {
        var sb = new StringBuilder();
        sb.AppendJoin(delimiter, Columns).Append('\n');
        foreach (var r in rows)
        {
            var fields = Fields(r);
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                    sb.Append(delimiter);
                sb.Append(Escape(fields[i], delimiter));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The ISO3 country at the front of an actor code (IRNGOV gives IRN), or empty for IGOs, groups and roles.</summary>
    public static string Country(string? code) =>
        code is { Length: >= 3 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]) && char.IsAsciiLetterUpper(code[2])
            && !NotCountries.Contains(code[..3])
            ? code[..3]
            : string.Empty;

    /// <summary>The first role after the country (IRNGOV gives GOV), or the code's own role when it has no country.</summary>
    public static string Type1(string? code)
    {
        if (code is null || code.Length < 3)
            return string.Empty;
        var rest = Country(code).Length == 3 ? code[3..] : code;
        return rest.Length >= 3 && NotCountries.Contains(rest[..3]) ? rest[..3] : string.Empty;
    }

    private static string Escape(string field, char delimiter)
    {
        if (delimiter == '\t')
            return field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return field.AsSpan().IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>The lead: text up to the end of the first paragraph long enough to be body text rather than a title.</summary>
    private static int LeadEnd(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            if (end - start >= 100)
                return end;
            start = end + 1;
        }

        return text.Length;
    }

    private static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && !u.IsFile ? u.Host : url;

    private static string Slice(string text, TextRange r) =>
        r.IsNone || r.End > text.Length ? string.Empty : text.Substring(r.Start, r.Length);
}
