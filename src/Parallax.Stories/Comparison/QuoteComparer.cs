using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// Direct and partial quotes side by side. Quotes from different outlets are the same quote when their words mostly
/// coincide, or one is a fragment of the other. The same quote given to two different named speakers is a conflict;
/// the same speaker quoted in different words is a conflict; the same words to the same speaker are an agreement.
/// A quote from a named speaker that no other outlet carries is unique.
/// </summary>
internal static class QuoteComparer
{
    private const double SameQuote = 0.5;
    private const double SameWords = 0.8;
    private const double Fragment = 0.8;

    private sealed record Item(int Doc, Quote Quote, string Text, HashSet<string> Words, string? Speaker, string SpeakerText);

    public static void Compare(StoryView view, ComparisonResult result)
    {
        var items = Items(view);
        var parent = Enumerable.Range(0, items.Count).ToArray();
        for (var a = 0; a < items.Count; a++)
        {
            for (var b = a + 1; b < items.Count; b++)
            {
                if (items[a].Doc != items[b].Doc && view.Outlets[items[a].Doc] != view.Outlets[items[b].Doc] && Same(items[a], items[b]))
                    parent[Find(parent, b)] = Find(parent, a);
            }
        }

        foreach (var group in Enumerable.Range(0, items.Count).GroupBy(i => Find(parent, i)).Select(g => g.Select(i => items[i]).ToList()))
        {
            var outlets = group.Select(i => view.Outlets[i.Doc]).Distinct(StringComparer.Ordinal).Count();
            if (outlets < 2)
            {
                var only = group[0];
                if (only.Quote.Kind == QuoteKind.Direct && only.Speaker is not null)
                    result.AddUnique(new Finding("quote", $"{only.SpeakerText}: “{only.Text}”", [Cite(view, only)]), view.Importance(only.Doc, only.Quote.Start));
                continue;
            }

            var named = group.Where(i => i.Speaker is not null).ToList();
            var differ = named.Exists(x => named.Exists(y => !SameSpeaker(x, y)));
            if (differ && AllPairs(group, (x, y) => x.Speaker is null || y.Speaker is null || SameSpeaker(x, y) || Overlap(x.Words, y.Words) >= SameWords))
            {
                result.Conflicts.Add(new Conflict("quote-speaker", $"“{Shortest(group)}”", named.Select(i => Value(view, i, i.SpeakerText)).ToList()));
            }
            else if (!differ && !AllPairs(group, Consistent))
            {
                result.Conflicts.Add(new Conflict("quote-wording", (group.FirstOrDefault(i => i.Speaker is not null) ?? group[0]).SpeakerText, group.Select(i => Value(view, i, i.Text)).ToList()));
            }
            else
            {
                result.Agreements.Add(new Finding("quote", $"{(group.FirstOrDefault(i => i.Speaker is not null) ?? group[0]).SpeakerText}: “{Shortest(group)}”", group.Select(i => Cite(view, i)).ToList()));
            }
        }
    }

    private static List<Item> Items(StoryView view)
    {
        var items = new List<Item>();
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var doc = view.Documents[d];
            foreach (var q in doc.Quotes)
            {
                if (q.Kind == QuoteKind.Indirect || q.Start < 0 || q.Start + q.Length > doc.Text.Length)
                    continue;
                var text = doc.Text.Substring(q.Start, q.Length).Trim();
                if (!q.Second.IsNone)
                    text += " … " + StoryView.Slice(doc.Text, q.Second).Trim();
                var words = Words(text);
                if (words.Count == 0)
                    continue;
                var speakerText = q.SpeakerName ?? (q.Speaker.IsNone ? "(unattributed)" : StoryView.Slice(doc.Text, q.Speaker));
                items.Add(new Item(d, q, text, words, SpeakerKey(q, speakerText), speakerText));
            }
        }

        return items;
    }

    /// <summary>The entity when resolved, else a capitalized name phrase; role phrases like "an official" are no one in particular.</summary>
    private static string? SpeakerKey(Quote q, string speakerText) =>
        q.SpeakerEntity ?? (speakerText.Length > 0 && char.IsUpper(speakerText[0]) && !speakerText.StartsWith("A ", StringComparison.Ordinal) && !speakerText.StartsWith("An ", StringComparison.Ordinal) && !speakerText.StartsWith("The ", StringComparison.Ordinal)
            ? "~" + speakerText.ToLowerInvariant()
            : null);

    /// <summary>
    /// One speaker: the same entity, or names that end in the same surname ("Yusuf al-Haddad", "Youssef el-Haddad"),
    /// which the entity stage may not have merged when the outlets spell the given name differently.
    /// </summary>
    private static bool SameSpeaker(Item a, Item b) =>
        a.Speaker == b.Speaker || (Surname(a.SpeakerText) is { } s && s == Surname(b.SpeakerText));

    private static string? Surname(string name)
    {
        var last = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (last is null || last.Length < 3 || !char.IsUpper(last[0]) && !last.Contains('-', StringComparison.Ordinal))
            return null;
        var dash = last.IndexOf('-', StringComparison.Ordinal);
        if (dash is 2 && last.Length > 3)
            last = last[3..];
        return last.ToLowerInvariant();
    }

    private static bool Same(Item a, Item b)
    {
        var small = Math.Min(a.Words.Count, b.Words.Count);
        if (small == 0)
            return false;
        var inter = Intersect(a.Words, b.Words);
        if (small <= 2)
            return inter == small && a.Speaker is not null && a.Speaker == b.Speaker;
        return inter / (double)small >= Fragment || Overlap(a.Words, b.Words) >= SameQuote;
    }

    /// <summary>Two renderings agree when one holds the other's words: identical, or a fragment of it.</summary>
    private static bool Consistent(Item a, Item b) =>
        Intersect(a.Words, b.Words) == Math.Min(a.Words.Count, b.Words.Count);

    private static bool AllPairs(List<Item> group, Func<Item, Item, bool> test)
    {
        for (var a = 0; a < group.Count; a++)
        {
            for (var b = a + 1; b < group.Count; b++)
            {
                if (group[a].Doc != group[b].Doc && !test(group[a], group[b]))
                    return false;
            }
        }

        return true;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var inter = Intersect(a, b);
        return inter / (double)(a.Count + b.Count - inter);
    }

    private static int Intersect(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var n = 0;
        foreach (var w in small)
        {
            if (large.Contains(w))
                n++;
        }

        return n;
    }

    internal static HashSet<string> Words(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (start >= 0 && text[i] is '\'' or '’'));
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                set.Add(text[start..i].Replace('’', '\'').TrimEnd('\'').ToLowerInvariant());
                start = -1;
            }
        }

        return set;
    }

    private static string Shortest(List<Item> group) => group.MinBy(i => i.Text.Length)!.Text;

    private static Citation Cite(StoryView view, Item i) =>
        new(view.Documents[i.Doc].Article.Id, i.Quote.Start, i.Quote.Length, view.Documents[i.Doc].Text.Substring(i.Quote.Start, i.Quote.Length));

    private static CitedValue Value(StoryView view, Item i, string value) =>
        new(value, view.Documents[i.Doc].Article.Id, i.Quote.Start, i.Quote.Length, view.Documents[i.Doc].Text.Substring(i.Quote.Start, i.Quote.Length))
        {
            Outlet = view.Outlets[i.Doc],
        };

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
}
