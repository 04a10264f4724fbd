using System.Globalization;
using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// Dated items of the story in date order: coded events with a resolved date, then sentences that name an actor and
/// carry a resolved time expression. Each sentence appears once per date.
/// </summary>
internal static class Timeline
{
    public static List<TimelineEntry> Build(StoryView view)
    {
        var entries = new List<(DateOnly Date, int Doc, int Start, TimelineEntry Entry)>();
        var seen = new HashSet<(DateOnly, int, int)>();
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var doc = view.Documents[d];
            foreach (var e in doc.Events)
            {
                if (e.Date is not { } date || e.Negated || e.Modality == Annotations.Modality.Hypothetical)
                    continue;
                var s = view.Sentence(d, e.Start);
                if (seen.Add((date, d, s.Start)))
                    entries.Add((date, d, s.Start, Entry(view, d, date, s) with { Cameo = e.Cameo }));
            }

            foreach (var t in doc.Times)
            {
                if (t.Date is not { } date)
                    continue;
                var s = view.Sentence(d, t.Start);
                if (!NamesAnActor(doc, s.Start, s.Length) || !seen.Add((date, d, s.Start)))
                    continue;
                entries.Add((date, d, s.Start, Entry(view, d, date, s)));
            }
        }

        return entries.OrderBy(e => e.Date).ThenBy(e => e.Doc).ThenBy(e => e.Start).Select(e => e.Entry).ToList();
    }

    private static TimelineEntry Entry(StoryView view, int doc, DateOnly date, Citation s) =>
        new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Text, s.Article, s.Start, s.Length) { Outlet = view.Outlets[doc] };

    private static bool NamesAnActor(Document doc, int start, int length)
    {
        for (var i = 0; i < doc.Mentions.Length && i < doc.MentionEntities.Length; i++)
        {
            if (doc.MentionEntities[i] is not null && doc.Mentions[i].Start >= start && doc.Mentions[i].Start < start + length)
                return true;
        }

        return false;
    }
}
