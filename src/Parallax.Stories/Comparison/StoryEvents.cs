using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// Counts a story's events across outlets: events with the same source, target and CAMEO root are one event, each
/// report a mention. The code shown is the one most mentions carry (the lower code on a tie). Negated and hypothetical
/// events are not counted, as in the default event counts.
/// </summary>
internal static class StoryEvents
{
    public static List<StoryEvent> Count(IReadOnlyList<Document> articles, StoryView independent)
    {
        var outletOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < independent.Documents.Count; i++)
            outletOf[independent.Documents[i].Article.Id] = independent.Outlets[i];

        var groups = new Dictionary<(string, string, string), List<(Document Doc, CodedEvent Event, string SourceName, string TargetName)>>();
        var order = new List<(string, string, string)>();
        foreach (var doc in articles)
        {
            foreach (var e in doc.Events)
            {
                if (e.Negated || e.Modality == Modality.Hypothetical || e.Cameo.Length < 2)
                    continue;
                var (s, sName) = EventComparer.Key(doc, e.Source);
                var (t, tName) = EventComparer.Key(doc, e.Target);
                if (s is null || t is null)
                    continue;
                var key = (s, t, e.Cameo[..2]);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                    order.Add(key);
                }

                list.Add((doc, e, sName, tName));
            }
        }

        var result = new List<StoryEvent>(order.Count);
        foreach (var key in order)
        {
            var list = groups[key];
            var code = list.GroupBy(x => x.Event.Cameo, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            var first = code.First();
            var mentions = list.Select(x => new Citation(x.Doc.Article.Id, x.Event.Start, x.Event.Length, x.Doc.Text.Substring(x.Event.Start, x.Event.Length).Trim()))
                .DistinctBy(c => (c.Article, c.Start)).ToList();
            var outlets = list.Select(x => outletOf.GetValueOrDefault(x.Doc.Article.Id)).Where(o => o is not null).Distinct(StringComparer.Ordinal).Count();
            result.Add(new StoryEvent(Actor(list, true), Actor(list, false), code.Key, first.Event.QuadClass, first.Event.Goldstein,
                mentions, list.Select(x => x.Doc.Article.Id).Distinct(StringComparer.Ordinal).Count(), outlets));
        }

        return result.OrderByDescending(e => e.Outlets).ThenByDescending(e => e.Mentions.Count).ToList();
    }

    private static StoryActor Actor(List<(Document Doc, CodedEvent Event, string SourceName, string TargetName)> list, bool source)
    {
        var names = list.Select(x => source ? x.SourceName : x.TargetName).ToList();
        var actors = list.Select(x => source ? x.Event.Source : x.Event.Target).ToList();
        return new StoryActor(
            actors.Select(a => a.Entity).FirstOrDefault(e => e is not null),
            actors.Select(a => a.Code).FirstOrDefault(c => c is not null),
            names.Where(n => n.Length > 0 && char.IsUpper(n[0]) && !EventComparer.IsPronoun(n)).MaxBy(n => n.Length)
                ?? names.FirstOrDefault(n => !EventComparer.IsPronoun(n)) ?? actors[0].Code ?? names[0]);
    }
}
