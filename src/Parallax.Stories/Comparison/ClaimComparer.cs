using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// Numeric claims side by side. Claims about the same counted thing, unit and frame are one fact; outlets whose value
/// ranges do not overlap conflict ("Thirty nations" against "24 participant nations" at the same conference), outlets
/// whose ranges all overlap agree, and a fact only one outlet gives is unique. A claim without a frame joins the one
/// frame its counted thing has elsewhere in the story, and stays alone when there are several.
/// </summary>
internal static class ClaimComparer
{
    private sealed record Item(int Doc, int Start, string Written, double Value, double? High, string? Unit, string Counted, string? Frame, ValueRange Range, bool Anaphoric)
    {
        public string? CountedText { get; init; }
    }

    public static void Compare(StoryView view, ComparisonResult result)
    {
        var items = new List<Item>();
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var doc = view.Documents[d];
            foreach (var c in doc.Claims)
            {
                var counted = ClaimKey.Counted(c.Counted);
                if (counted is null && c.Unit is null)
                    continue;
                var written = doc.Text.Substring(c.Start, c.Length);
                items.Add(new Item(d, c.Start, written, c.Value, c.ValueHigh, c.Unit, counted ?? "", c.Frame, ValueRange.Of(doc.Text, c.Start, c.Value, c.ValueHigh), Anaphoric(doc.Text, c.Start))
                {
                    CountedText = c.Counted,
                });
            }
        }

        var framesOf = items.Where(i => i.Frame is not null)
            .GroupBy(i => (i.Counted, i.Unit))
            .ToDictionary(g => g.Key, g => g.Select(i => i.Frame!).Distinct(StringComparer.Ordinal).ToList());
        var groups = items.GroupBy(i => (i.Counted, i.Unit, Frame: i.Frame ?? (!i.Anaphoric && framesOf.TryGetValue((i.Counted, i.Unit), out var f) && f.Count == 1 ? f[0] : null)));
        foreach (var g in groups.OrderBy(g => g.Min(i => (i.Doc, i.Start))))
        {
            var list = g.ToList();
            var about = About(g.Key.Counted, g.Key.Frame);
            var outlets = list.Select(i => view.Outlets[i.Doc]).Distinct(StringComparer.Ordinal).Count();
            if (outlets >= 2 && Disagree(view, list))
            {
                var values = new List<CitedValue>();
                foreach (var i in list.DistinctBy(i => (i.Doc, i.Range)))
                {
                    var s = view.Sentence(i.Doc, i.Start);
                    var shown = ClaimKey.Display(i.Value, i.High, i.Unit);
                    values.Add(new CitedValue(i.Range.Hedge is { } hedge ? hedge + " " + shown : shown, s.Article, s.Start, s.Length, s.Text)
                    {
                        Outlet = view.Outlets[i.Doc],
                        Written = i.Written,
                        WrittenStart = i.Start,
                    });
                }

                result.Conflicts.Add(new Conflict("number", about, values));
            }
            else if (outlets >= 2)
            {
                result.Agreements.Add(new Finding("claim", Label(list[0], g.Key.Frame), Evidence(view, list)));
            }
            else if (!list.TrueForAll(i => i.Anaphoric))
            {
                var first = list[0];
                result.AddUnique(new Finding("claim", Label(first, g.Key.Frame), Evidence(view, list)), view.Importance(first.Doc, first.Start));
            }
        }
    }

    private static bool Disagree(StoryView view, List<Item> list)
    {
        for (var a = 0; a < list.Count; a++)
        {
            for (var b = a + 1; b < list.Count; b++)
            {
                if (view.Outlets[list[a].Doc] != view.Outlets[list[b].Doc] && !list[a].Range.Overlaps(list[b].Range))
                    return true;
            }
        }

        return false;
    }

    private static List<Citation> Evidence(StoryView view, List<Item> list) =>
        list.Select(i => view.Sentence(i.Doc, i.Start)).DistinctBy(c => (c.Article, c.Start)).ToList();

    /// <summary>"40 nations (coalition)", "48 million USD (money)": the value with what the article says it counts.</summary>
    private static string Label(Item i, string? frame)
    {
        var value = ClaimKey.Display(i.Value, i.High, i.Unit);
        var counted = string.IsNullOrWhiteSpace(i.CountedText) ? "" : " " + i.CountedText;
        return frame is null ? value + counted : $"{value}{counted} ({frame})";
    }

    private static string About(string counted, string? frame)
    {
        var what = counted.Length > 0 ? counted : "amount";
        return frame is null ? what : $"{what} ({frame})";
    }

    /// <summary>
    /// "the two countries" points back at a set the story already named rather than counting anew, so it never
    /// borrows another claim's frame.
    /// </summary>
    private static bool Anaphoric(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
            i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i]))
            i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        return word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("these", StringComparison.OrdinalIgnoreCase)
            || word.Equals("those", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase);
    }
}
