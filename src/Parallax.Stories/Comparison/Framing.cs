using Parallax.Model;
using Parallax.Stories.Text;

namespace Parallax.Stories.Comparison;

/// <summary>
/// How each independent outlet's headline and lede frame the story: which actors come first, which stance cues they
/// use and whom each cue bears on, and the headline words that no other outlet's headline uses.
/// </summary>
internal static class Framing
{
    public static List<HeadlineFrame> Find(StoryView view, Func<string, string?>? resolveName)
    {
        var (names, fullest) = Names(view);
        var headlines = new List<(int Doc, string Headline)>();
        for (var d = 0; d < view.Documents.Count; d++)
        {
            var title = view.Documents[d].Article.Metadata.Title;
            if (!string.IsNullOrWhiteSpace(title))
                headlines.Add((d, title.Trim()));
        }

        var frames = new List<HeadlineFrame>();
        foreach (var (d, headline) in headlines)
        {
            var doc = view.Documents[d];
            var lede = doc.Text.Length > 0 ? view.Sentence(d, 0) : null;
            var actors = new List<(int Pos, string Name)>();
            actors.AddRange(Actors(headline, names, fullest, resolveName));
            var headCount = actors.Count;
            if (lede is not null)
                actors.AddRange(Actors(lede.Text, names, fullest, resolveName).Where(a => !InDateline(lede.Text, a.Pos)).Select(a => (a.Pos + 100_000, a.Name)));
            var cues = Cues(headline, "headline", actors.Take(headCount).ToList());
            if (lede is not null)
                cues.AddRange(Cues(lede.Text, "lede", actors.Skip(headCount).Select(a => (a.Pos - 100_000, a.Name)).ToList()));
            var others = headlines.Where(h => h.Doc != d && view.Outlets[h.Doc] != view.Outlets[d]).SelectMany(h => ContentWords(h.Headline)).ToHashSet(StringComparer.Ordinal);
            List<string> distinctive = others.Count == 0 ? [] : ContentWords(headline).Where(w => !others.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
            frames.Add(new HeadlineFrame(view.Outlets[d], doc.Article.Id, headline, lede,
                actors.Select(a => a.Name).Distinct(StringComparer.Ordinal).ToList(), cues, distinctive));
        }

        return frames;
    }

    /// <summary>
    /// Every name form the story's articles use for a resolved entity, mapped to the entity's fullest proper form
    /// ("Islamic State" rather than "The extremists"), and that fullest form per entity id.
    /// </summary>
    private static (List<(string Form, string Name)> Forms, Dictionary<string, string> Fullest) Names(StoryView view)
    {
        var fullest = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var doc in view.Documents)
        {
            for (var i = 0; i < doc.Mentions.Length && i < doc.MentionEntities.Length; i++)
            {
                var m = doc.Mentions[i];
                if (doc.MentionEntities[i] is not { } id || m.Length < 2 || m.Start + m.Length > doc.Text.Length || !char.IsUpper(doc.Text[m.Start]))
                    continue;
                var form = doc.Text.Substring(m.Start, m.Length);
                if (!fullest.TryGetValue(id, out var f) || Better(form, f))
                    fullest[id] = form;
                forms.TryAdd(form, id);
            }
        }

        return (forms.Select(kv => (kv.Key, fullest[kv.Value])).OrderByDescending(x => x.Key.Length).ToList(), fullest);
    }

    /// <summary>A proper name beats a "The …" phrase, mixed case beats a capitals-only dateline ("Geneva", not "GENEVA"), then longer wins.</summary>
    private static bool Better(string form, string current)
    {
        var phrase = form.StartsWith("The ", StringComparison.Ordinal);
        var currentPhrase = current.StartsWith("The ", StringComparison.Ordinal);
        if (phrase != currentPhrase)
            return !phrase;
        var shouting = Shouting(form);
        var currentShouting = Shouting(current);
        return shouting != currentShouting ? !shouting : form.Length > current.Length;
    }

    private static bool Shouting(string s) => s.Length > 4 && s.AsSpan().IndexOfAnyInRange('a', 'z') < 0;

    /// <summary>A capitalised place opening the lede and followed by a dash is its dateline, not an actor the lede puts first.</summary>
    private static bool InDateline(string lede, int pos)
    {
        var dash = lede.IndexOfAny(['—', '–']);
        if (dash <= 0 || dash >= 48 || pos >= dash)
            return false;
        var head = lede.AsSpan(0, dash);
        return head.IndexOfAnyInRange('a', 'z') < 0 || head.Contains('(');
    }

    /// <summary>
    /// Actors a headline or lede names, in order: forms the story's articles use, then capitalised word runs that
    /// the knowledge base reads as an entity of this story ("ISIS" when the texts wrote "Islamic State").
    /// </summary>
    private static List<(int Pos, string Name)> Actors(string text, List<(string Form, string Name)> names, Dictionary<string, string> fullest, Func<string, string?>? resolveName)
    {
        var found = new List<(int Pos, string Name)>();
        var taken = new bool[text.Length];
        foreach (var (form, name) in names)
        {
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                if (!Bounded(text, at, form.Length) || taken[at])
                    continue;
                Array.Fill(taken, true, at, form.Length);
                found.Add((at, name));
            }
        }

        if (resolveName is not null)
            Resolve(text, taken, found, fullest, resolveName);
        found.Sort((a, b) => a.Pos.CompareTo(b.Pos));
        return found;
    }

    private static void Resolve(string text, bool[] taken, List<(int Pos, string Name)> found, Dictionary<string, string> fullest, Func<string, string?> resolveName)
    {
        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1])) || text[i] == '-'))
                i++;
            if (i < text.Length && text[i] == '.' && i - start <= 4)
                i++;
            words.Add((start, i));
        }

        for (var w = 0; w < words.Count; w++)
        {
            for (var n = Math.Min(4, words.Count - w); n >= 1; n--)
            {
                var (start, end) = (words[w].Start, words[w + n - 1].End);
                if (!char.IsUpper(text[start]) || taken.AsSpan(start, end - start).Contains(true))
                    continue;
                if (resolveName(text[start..end]) is { } id && fullest.TryGetValue(id, out var name))
                {
                    Array.Fill(taken, true, start, end - start);
                    found.Add((start, name));
                    break;
                }
            }
        }
    }

    private static List<FrameCue> Cues(string text, string where, List<(int Pos, string Name)> actors)
    {
        var lower = text.ToLowerInvariant().Replace('’', '\'');
        var taken = new bool[lower.Length];
        var cues = new List<(int Pos, FrameCue Cue)>();
        foreach (var (words, signal) in FrameCues.All)
        {
            for (var at = lower.IndexOf(words, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(words, at + 1, StringComparison.Ordinal))
            {
                if (!Bounded(lower, at, words.Length) || taken.AsSpan(at, words.Length).Contains(true))
                    continue;
                Array.Fill(taken, true, at, words.Length);
                var after = actors.FirstOrDefault(a => a.Pos >= at + words.Length).Name;
                var before = actors.LastOrDefault(a => a.Pos < at).Name;
                var actor = BySubject(signal) ? before ?? after : after ?? before;
                cues.Add((at, new FrameCue(text.Substring(at, words.Length), signal, actor, where)));
            }
        }

        return cues.OrderBy(c => c.Pos).Select(c => c.Cue).ToList();
    }

    /// <summary>Refusing, appealing and warning are done by the subject ("Kestria rejects…"); the other cues bear on what follows ("without Iran").</summary>
    private static bool BySubject(string signal) => signal is "refusal" or "appeal" or "warning";

    private static bool Bounded(string text, int at, int length) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));

    private static List<string> ContentWords(string headline)
    {
        var words = new List<string>();
        foreach (var w in new WordEnumerator(headline))
        {
            if (w.IsContent)
                words.Add(headline.Substring(w.Start, w.Length).ToLowerInvariant());
        }

        return words;
    }
}
