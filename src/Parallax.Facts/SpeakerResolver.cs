using Parallax.Annotations;

namespace Parallax.Facts;

/// <summary>Walks names and attributions in reading order, resolving each speaker phrase against the names before it.</summary>
internal static class SpeakerResolver
{
    public static void Resolve(string text, List<Attribution> attributions, List<NameRun> runs, bool fromMentions)
    {
        var registry = new ActorRegistry(text);
        attributions.Sort((x, y) => x.Anchor.CompareTo(y.Anchor));
        var r = 0;
        foreach (var a in attributions)
        {
            while (r < runs.Count && runs[r].Head.Start < a.Anchor)
            {
                var run = runs[r++];
                if (run.Person is not null || run.Entity is not null || fromMentions)
                    registry.Name(run.Head, run.Phrase, run.Entity, run.Person, run.Head.Start);
            }

            if (a.Speaker.IsNone)
                continue;
            a.Actor = Speaker(text, registry, a, runs, fromMentions);
            if (a.Actor is null)
                continue;
            a.Actor.LastSpoke = Math.Max(a.Actor.LastSpoke, a.Anchor);
            a.Actor.LastSeen = Math.Max(a.Actor.LastSeen, a.Anchor);
            if (!a.Cue.IsNone && Clauses.InStatement(text, a.Cue.End, Math.Min(text.Length, a.Cue.End + 40)))
                a.Actor.Roles.Add("statement");
        }

        attributions.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    private static Actor? Speaker(string text, ActorRegistry registry, Attribution a, List<NameRun> runs, bool fromMentions)
    {
        var sp = a.Speaker;
        var word = text.AsSpan(sp.Start, sp.Length);
        if ((Lexicon.Classify(word) & WordClass.Pronoun) != 0)
        {
            if (word is "I" or "we" or "We")
                return null;
            var para = TextScan.ParagraphStart(text, sp.Start);
            var floor = para >= 2 ? TextScan.ParagraphStart(text, para - 2) : 0;
            return registry.Pronoun(word, sp.Start, floor);
        }

        var head = TextRange.None;
        string? entity = null;
        bool? person = null;
        if (fromMentions)
        {
            foreach (var run in runs)
            {
                if (run.Head.Start >= sp.Start && run.Head.End <= sp.End)
                {
                    head = run.Head;
                    entity = run.Entity;
                    person = run.Person;
                }
            }
        }
        else
        {
            head = Phrases.Head(text, sp);
        }

        if (head.IsNone)
            return registry.Role(sp, sp.Start);
        var (ls, le) = TextScan.PrevWord(text, head.End, head.Start);
        if (person is null && ls >= 0 && (Lexicon.Classify(text.AsSpan(ls, le - ls)) & WordClass.Group) != 0)
            person = false;
        return registry.Name(head, sp, entity, person, sp.Start);
    }
}
