using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Facts;

/// <summary>A name the text uses outside quotes: the phrase with its titles, the name itself, and what kind of actor it is.</summary>
internal readonly record struct NameRun(TextRange Phrase, TextRange Head, bool? Person, string? Entity);

/// <summary>
/// Names for resolving pronouns and roles. Upstream entity mentions when the NLP stage ran; otherwise runs of
/// capitalized words kept only when a title or a known given name says they name a person, or a body word an organization.
/// </summary>
internal static class NameRuns
{
    public static List<NameRun> FromMentions(Document doc)
    {
        var text = doc.Text;
        var runs = new List<NameRun>(doc.Mentions.Length);
        for (var i = 0; i < doc.Mentions.Length; i++)
        {
            var m = doc.Mentions[i];
            if (m.Type is not (EntityType.PER or EntityType.ORG))
                continue;
            var head = new TextRange(m.Start, m.Length);
            var before = Phrases.Before(text, m.Start, Clauses.Back(text, m.Start));
            var phrase = before.IsNone ? head : new TextRange(before.Start, head.End - before.Start);
            var entity = i < doc.MentionEntities.Length ? doc.MentionEntities[i] : null;
            runs.Add(new NameRun(phrase, head, m.Type == EntityType.PER, entity));
        }

        return runs;
    }

    public static List<NameRun> Scan(string text, List<Attribution> quotes)
    {
        using var words = WordRuns.Scan(text);
        return Scan(text, words, quotes);
    }

    /// <summary>
    /// Words start where runs of letters and digits start (a word with joiners, "al-Jaafari", spans several runs).
    /// A run that starts lowercase or with a digit, is not joined to what follows and is no role noun cannot start a
    /// name, which settles most words without building the word.
    /// </summary>
    public static List<NameRun> Scan(string text, WordRuns words, List<Attribution> quotes)
    {
        var runs = new List<NameRun>();
        var pos = 0;
        var q = 0;
        foreach (var run in words.Items)
        {
            if (run.Start < pos)
                continue;
            var first = text[run.Start];
            if (!char.IsUpper(first) && (run.End == text.Length || !TextScan.IsWordChar(text[run.End]))
                && (char.IsDigit(first) || !RoleWords.MayBe(text.AsSpan(run.Start, run.End - run.Start))))
            {
                pos = run.End;
                continue;
            }

            var (s, e) = TextScan.NextWord(text, run.Start, text.Length);
            pos = e;
            while (q < quotes.Count && End(quotes[q]) <= s)
                q++;
            if (q < quotes.Count && quotes[q].Covers(s))
                continue;
            if (!StartsRun(text, s, e))
                continue;
            var runEnd = e;
            var lastCap = e;
            while (true)
            {
                var (ns, ne) = TextScan.NextWord(text, runEnd, text.Length);
                if (ns < 0 || ns - runEnd > 1 || text[runEnd] is not ' ')
                    break;
                var w = text.AsSpan(ns, ne - ns);
                var cls = Lexicon.Classify(w);
                var cap = TextScan.IsCapitalized(text, ns, ne) && !Function.Is(w);
                if (!cap && (cls & (WordClass.Role | WordClass.NameJoin)) == 0)
                    break;
                runEnd = ne;
                if (cap)
                    lastCap = ne;
            }

            pos = runEnd;
            var phrase = new TextRange(s, lastCap - s);
            var head = Phrases.Head(text, phrase);
            if (head.IsNone)
                continue;
            runs.Add(new NameRun(phrase, head, Kind(text, phrase, head), null));
        }

        return runs;
    }

    /// <summary>True for a person (title or given name), false for a body, null when the run alone cannot tell.</summary>
    private static bool? Kind(string text, TextRange phrase, TextRange head)
    {
        var (fs, fe) = TextScan.NextWord(text, head.Start, head.End);
        var (ls, le) = TextScan.PrevWord(text, head.End, head.Start);
        if ((Lexicon.Classify(text.AsSpan(ls, le - ls)) & WordClass.Group) != 0)
            return false;
        if (fe < head.End && GivenNames.Gender(text.AsSpan(fs, fe - fs)) != WordClass.None)
            return true;
        var pos = phrase.Start;
        while (pos < head.Start)
        {
            var (ws, we) = TextScan.NextWord(text, pos, head.Start);
            if (ws < 0)
                break;
            var cls = Lexicon.Classify(text.AsSpan(ws, we - ws));
            if ((cls & (WordClass.Title | WordClass.Role)) != 0 && (cls & WordClass.Group) == 0)
                return true;
            pos = we;
        }

        return null;
    }

    /// <summary>
    /// A capitalized word that is not a function word, or a lowercase role noun. Most words are lowercase and not roles,
    /// so those are settled by the role filter before any lookup; function words are never role nouns.
    /// </summary>
    private static bool StartsRun(string text, int s, int e)
    {
        var w = text.AsSpan(s, e - s);
        if (TextScan.IsCapitalized(text, s, e))
            return !Function.Is(w);
        if (!RoleWords.MayBe(w))
            return false;
        var cls = Lexicon.Classify(w);
        return (cls & WordClass.Role) != 0 && (cls & WordClass.Group) == 0 && !Function.Is(w);
    }

    private static readonly WordFilter RoleWords = Lexicon.Filter(WordClass.Role, exhaustive: true);

    private static int End(Attribution a) => a.Second.IsNone ? a.End : a.Second.End;
}
