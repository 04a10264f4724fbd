using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Knowledge.Tests;

/// <summary>Builds documents with hand-set mentions, standing in for the recognizer: offsets are found in the text.</summary>
internal static class Docs
{
    public static Document Make(string text, params (string Name, EntityType Type)[] names) =>
        Make(text, "t", names);

    public static Document Make(string text, string title, params (string Name, EntityType Type)[] names)
    {
        var doc = new Document(new Article(SourceInfo.FromPath(title), text, text, new ArticleMetadata { Title = title }));
        doc.Mentions = Mark(text, names);
        return doc;
    }

    /// <summary>Marks every whole-word occurrence of each name, longest names first, never overlapping.</summary>
    public static EntityMention[] Mark(string text, IEnumerable<(string Name, EntityType Type)> names)
    {
        var taken = new bool[text.Length];
        var found = new List<EntityMention>();
        foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (bounded && !taken.AsSpan(at, name.Length).Contains(true))
                {
                    taken.AsSpan(at, name.Length).Fill(true);
                    found.Add(new EntityMention(at, name.Length, type, 0, 0));
                }

                at = end;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. found];
    }

    public static string Surface(Document doc, int mention) =>
        doc.Text.Substring(doc.Mentions[mention].Start, doc.Mentions[mention].Length);

    /// <summary>The entity id of the first mention whose text is <paramref name="text"/>.</summary>
    public static string? IdOf(Document doc, string text)
    {
        for (var i = 0; i < doc.Mentions.Length; i++)
        {
            if (Surface(doc, i) == text)
                return doc.MentionEntities[i];
        }

        throw new InvalidOperationException($"no mention '{text}'");
    }
}
