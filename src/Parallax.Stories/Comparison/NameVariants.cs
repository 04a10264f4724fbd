using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// How each outlet writes the actors the outlets share: per canonical entity named by two or more outlets, each
/// outlet's name forms (fullest first, role phrases and pronouns left out) and where its fullest form first appears.
/// Listed when the outlets' fullest forms differ ("Sergey Lavrov" against "Sergei Lavrov").
/// </summary>
internal static class NameVariants
{
    public static List<NameVariant> Find(StoryView view)
    {
        var byEntity = new Dictionary<string, Dictionary<string, (int Doc, List<string> Forms, Dictionary<string, int> First)>>(StringComparer.Ordinal);
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var doc = view.Documents[d];
            for (var i = 0; i < doc.Mentions.Length && i < doc.MentionEntities.Length; i++)
            {
                if (doc.MentionEntities[i] is not { } id || Form(doc.Text, doc.Mentions[i].Start, doc.Mentions[i].Length) is not { } form)
                    continue;
                if (!byEntity.TryGetValue(id, out var outlets))
                    byEntity[id] = outlets = new(StringComparer.Ordinal);
                if (!outlets.TryGetValue(view.Outlets[d], out var entry))
                    outlets[view.Outlets[d]] = entry = (d, [], new Dictionary<string, int>(StringComparer.Ordinal));
                if (entry.Doc != d)
                    continue;
                if (!entry.First.ContainsKey(form))
                {
                    entry.First[form] = doc.Mentions[i].Start;
                    entry.Forms.Add(form);
                }
            }
        }

        var result = new List<NameVariant>();
        foreach (var (id, outlets) in byEntity)
        {
            if (outlets.Count < 2)
                continue;
            var spellings = new List<OutletSpelling>();
            foreach (var (outlet, entry) in outlets.OrderBy(o => o.Value.Doc))
            {
                var forms = entry.Forms.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
                var start = entry.First[forms[0]];
                var doc = view.Documents[entry.Doc];
                spellings.Add(new OutletSpelling(outlet, doc.Article.Id, forms, new Citation(doc.Article.Id, start, forms[0].Length, doc.Text.Substring(start, forms[0].Length))));
            }

            if (!Differ(spellings))
                continue;
            var name = spellings.SelectMany(s => s.Forms).MaxBy(f => f.Length)!;
            result.Add(new NameVariant(id, name, spellings));
        }

        return result.OrderByDescending(v => v.Outlets.Count).ThenBy(v => v.Entity, StringComparer.Ordinal).ToList();
    }

    /// <summary>The mention as a name: possessive dropped; null for phrases that do not start with a capital.</summary>
    private static string? Form(string text, int start, int length)
    {
        if (start < 0 || length <= 0 || start + length > text.Length || !char.IsUpper(text[start]))
            return null;
        var s = text.AsSpan(start, length).Trim();
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal))
            s = s[..^2];
        if (s.StartsWith("The ", StringComparison.Ordinal))
            return null;
        return s.Length == 0 ? null : string.Join(' ', s.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>True when some outlet's fullest form is another spelling; a plural ending alone ("Iraqi"/"Iraqis") is not one.</summary>
    private static bool Differ(List<OutletSpelling> spellings)
    {
        var first = spellings[0].Forms[0].ToLowerInvariant();
        foreach (var s in spellings)
        {
            var other = s.Forms[0].ToLowerInvariant();
            var (shorter, longer) = first.Length <= other.Length ? (first, other) : (other, first);
            if (!(longer.StartsWith(shorter, StringComparison.Ordinal) && longer.Length - shorter.Length <= 1))
                return true;
        }

        return false;
    }
}
