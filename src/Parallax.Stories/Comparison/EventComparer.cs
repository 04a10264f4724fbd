using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// Coded events side by side, keyed by source actor, target actor and CAMEO root. The same event from two outlets is an
/// agreement; one outlet's refusal (a root-12 rejection, or a negated cooperative event) against another's affirmed
/// cooperation between the same actors is a polarity conflict; an event only one outlet codes is unique. Hypothetical
/// events are left out, as they are from the default counts.
/// </summary>
internal static class EventComparer
{
    private static readonly string[] RootNames =
    [
        "", "public statement", "appeal", "intent to cooperate", "consult", "diplomatic cooperation", "material cooperation",
        "provide aid", "yield", "investigate", "demand", "disapprove", "reject", "threaten", "protest",
        "military posture", "reduce relations", "coerce", "assault", "fight", "mass violence",
    ];

    private sealed record Item(int Doc, CodedEvent Event, string Source, string Target, string SourceName, string TargetName, int Root)
    {
        /// <summary>Both actors are known entities or coded actors, not bare words such as "he" or "the militants".</summary>
        public bool Named => (Event.Source.Entity ?? Event.Source.Code) is not null && (Event.Target.Entity ?? Event.Target.Code) is not null;
    }

    public static void Compare(StoryView view, ComparisonResult result)
    {
        var items = Items(view);
        foreach (var g in items.GroupBy(i => (i.Source, i.Target)))
        {
            var pair = g.ToList();
            var refusals = pair.Where(i => i.Event.Modality == Modality.Happened && (i.Root == 12 || (i.Event.Negated && Cooperative(i.Root)))).ToList();
            var affirmed = pair.Where(i => i.Event.Modality == Modality.Happened && !i.Event.Negated && Cooperative(i.Root)).ToList();
            if (refusals.Count > 0 && affirmed.Count > 0
                && refusals.Select(i => view.Outlets[i.Doc]).Except(affirmed.Select(i => view.Outlets[i.Doc]), StringComparer.Ordinal).Any())
            {
                var values = refusals.Concat(affirmed).Select(i => Value(view, i)).ToList();
                result.Conflicts.Add(new Conflict("event-polarity", $"{Label(pair, true)} → {Label(pair, false)}", values));
            }

            foreach (var same in pair.Where(i => !i.Event.Negated && i.Named).GroupBy(i => i.Root))
            {
                var list = same.ToList();
                var about = $"{Label(list, true)} → {Label(list, false)}: {RootNames[same.Key]} ({list[0].Event.Cameo})";
                var evidence = list.Select(i => view.Sentence(i.Doc, i.Event.Start)).DistinctBy(c => (c.Article, c.Start)).ToList();
                if (list.Select(i => view.Outlets[i.Doc]).Distinct(StringComparer.Ordinal).Count() >= 2)
                    result.Agreements.Add(new Finding("event", about, evidence));
                else if (list[0].Event.Modality == Modality.Happened)
                    result.AddUnique(new Finding("event", about, evidence), view.Importance(list[0].Doc, list[0].Event.Start) + Math.Abs(list[0].Event.Goldstein) / 10);
            }
        }
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our" };

    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    /// <summary>The best name the items give an actor: a proper name over a pronoun or a common noun phrase.</summary>
    private static string Label(List<Item> items, bool source)
    {
        string? best = null;
        foreach (var i in items)
        {
            var name = source ? i.SourceName : i.TargetName;
            if (Pronouns.Contains(name) || name.Length == 0)
                continue;
            if (best is null || (char.IsUpper(name[0]) && !char.IsUpper(best[0])) || (char.IsUpper(name[0]) == char.IsUpper(best[0]) && name.Length > best.Length))
                best = name;
        }

        var a = source ? items[0].Event.Source : items[0].Event.Target;
        return best ?? a.Code ?? a.Entity ?? (source ? items[0].SourceName : items[0].TargetName);
    }

    private static bool Cooperative(int root) => root is >= 3 and <= 8;

    private static List<Item> Items(StoryView view)
    {
        var items = new List<Item>();
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var doc = view.Documents[d];
            foreach (var e in doc.Events)
            {
                if (e.Modality == Modality.Hypothetical || e.Cameo.Length < 2 || !int.TryParse(e.Cameo.AsSpan(0, 2), out var root) || root is < 1 or > 20)
                    continue;
                var (s, sName) = Key(doc, e.Source);
                var (t, tName) = Key(doc, e.Target);
                if (s is null || t is null)
                    continue;
                items.Add(new Item(d, e, s, t, sName, tName, root));
            }
        }

        return items;
    }

    /// <summary>An actor is its entity, else its actor code, else its words; the name shown is the words when there are some.</summary>
    internal static (string? Key, string Name) Key(Document doc, EventActor a)
    {
        var text = StoryView.Slice(doc.Text, a.Range);
        var key = a.Entity ?? a.Code ?? (text.Length > 0 ? "~" + text.ToLowerInvariant() : null);
        return (key, text.Length > 0 ? text : a.Code ?? a.Entity ?? "?");
    }

    private static CitedValue Value(StoryView view, Item i)
    {
        var s = view.Sentence(i.Doc, i.Event.Start);
        var verb = i.Event.Trigger.IsNone ? RootNames[i.Root] : StoryView.Slice(view.Documents[i.Doc].Text, i.Event.Trigger);
        return new CitedValue((i.Event.Negated ? "not " : "") + verb + $" ({i.Event.Cameo})", s.Article, s.Start, s.Length, s.Text)
        {
            Outlet = view.Outlets[i.Doc],
            Written = verb,
            WrittenStart = i.Event.Trigger.IsNone ? -1 : i.Event.Trigger.Start,
        };
    }
}
