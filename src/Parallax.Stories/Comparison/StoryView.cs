using Parallax.Annotations;
using Parallax.Model;
using Parallax.Stories.Brief;

namespace Parallax.Stories.Comparison;

/// <summary>
/// What the comparers share about one story: its independent articles (one per copy family), the outlet of each,
/// sentence lookup by offset, and how many outlets mention each canonical entity (its prominence in the story).
/// </summary>
internal sealed class StoryView
{
    private readonly List<(int Start, int Length)>[] _sentences;

    public StoryView(IReadOnlyList<Document> independent)
    {
        Documents = independent;
        Outlets = new string[independent.Count];
        _sentences = new List<(int, int)>[independent.Count];
        var outletsPerEntity = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < independent.Count; i++)
        {
            var d = independent[i];
            Outlets[i] = d.Article.Source.OutletName;
            _sentences[i] = d.Sentences.Length > 0
                ? d.Sentences.Select(s => (s.Start, s.Length)).ToList()
                : SentenceSplitter.Split(d.Text);
            foreach (var id in d.MentionEntities)
            {
                if (id is null)
                    continue;
                if (!outletsPerEntity.TryGetValue(id, out var set))
                    outletsPerEntity[id] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(Outlets[i]);
            }
        }

        OutletCount = Outlets.Distinct(StringComparer.Ordinal).Count();
        EntityOutlets = outletsPerEntity.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
    }

    public IReadOnlyList<Document> Documents { get; }

    public string[] Outlets { get; }

    public int OutletCount { get; }

    public IReadOnlyDictionary<string, int> EntityOutlets { get; }

    /// <summary>The sentence holding the offset, as (index, start, length); the whole text when none does.</summary>
    public (int Index, int Start, int Length) SentenceAt(int doc, int offset)
    {
        var list = _sentences[doc];
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var (s, l) = list[mid];
            if (offset < s)
                hi = mid - 1;
            else if (offset >= s + l)
                lo = mid + 1;
            else
                return (mid, s, l);
        }

        return lo > 0 && lo - 1 < list.Count ? (lo - 1, list[lo - 1].Start, list[lo - 1].Length) : (0, 0, Documents[doc].Text.Length);
    }

    public Citation Sentence(int doc, int offset)
    {
        var (_, start, length) = SentenceAt(doc, offset);
        var text = Documents[doc].Text;
        return new Citation(Documents[doc].Article.Id, start, length, text.Substring(start, length).Trim());
    }

    /// <summary>
    /// How much a sentence matters to the story: the prominence of the entities it names plus a lead bonus, so
    /// "only one outlet reports" lists the weightiest items first.
    /// </summary>
    public double Importance(int doc, int offset)
    {
        var (index, start, length) = SentenceAt(doc, offset);
        var d = Documents[doc];
        var score = 1.5 / (1 + index / 3.0);
        for (var i = 0; i < d.Mentions.Length && i < d.MentionEntities.Length; i++)
        {
            var m = d.Mentions[i];
            if (m.Start >= start && m.Start < start + length && d.MentionEntities[i] is { } id && EntityOutlets.TryGetValue(id, out var n))
                score += n / (double)Math.Max(1, OutletCount);
        }

        return score;
    }

    public static string Slice(string text, TextRange r) =>
        r.IsNone || r.Start < 0 || r.Start + r.Length > text.Length ? string.Empty : text.Substring(r.Start, r.Length);
}
