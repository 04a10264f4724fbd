using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Events;

/// <summary>
/// Codes the events of a document, sentence by sentence: trigger patterns from the dictionary, the source and target
/// actors around them (passives, coordination, appositions, pronouns inside quotes), negation and modality.
/// Thread-safe: all working state lives in a per-call context.
/// </summary>
public sealed class EventCoder
{
    private readonly Lexicon _lexicon;
    private readonly Codebook _codebook;

    public EventCoder(EventDictionary dictionary, Codebook? codebook = null)
    {
        _lexicon = new Lexicon(dictionary);
        _codebook = codebook ?? Codebook.Default;
    }

    public static EventCoder Default { get; } = new(EventDictionary.Default);

    public CodedEvent[] Code(Document document, CancellationToken cancellationToken = default)
    {
        if (document.Tokens.Length == 0 || document.Sentences.Length == 0 || !TokensFit(document))
            return [];
        using var c = new CodingContext(document, _lexicon);
        var events = new List<CodedEvent>();
        var triggers = new List<Trigger>();
        var previousEnd = 0;
        foreach (var s in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s0 = s.FirstToken;
            var s1 = s.FirstToken + s.TokenCount;
            if (s0 < 0 || s.TokenCount <= 0 || s1 > c.Tokens.Length)
                continue;
            if (NewParagraph(c.Text, previousEnd, c.Tokens[s0].Start))
                c.ParagraphSpeaker = null;
            previousEnd = c.Tokens[s1 - 1].End;
            Prepare(c, s0, s1);
            ActorBuilder.Build(c, s0, s1);
            if (c.Actors.Count == 0)
                continue;
            var speaker = Clauses.FindSpeaker(c, s0, s1);
            Triggers.Find(c, s0, s1, triggers);
            var sentence = new SentenceEvents(c, _codebook, s, s0, s1, speaker ?? c.ParagraphSpeaker, events);
            foreach (var t in triggers)
                sentence.Code(t, triggers);
            c.ParagraphSpeaker = speaker ?? c.ParagraphSpeaker;
        }

        return [.. events];
    }

    /// <summary>Offsets out of the text mean a broken upstream layer; coding nothing beats coding garbage.</summary>
    private static bool TokensFit(Document d)
    {
        var n = d.Text.Length;
        foreach (var t in d.Tokens)
        {
            if (t.Start < 0 || t.Length < 0 || t.Start + t.Length > n)
                return false;
        }

        return true;
    }

    private static bool NewParagraph(string text, int from, int to)
    {
        if (to <= from)
            return false;
        return text.AsSpan(from, to - from).IndexOf('\n') >= 0;
    }

    private static void Prepare(CodingContext c, int s0, int s1)
    {
        for (var k = s0; k < s1; k++)
        {
            var t = c.Tokens[k];
            c.Consumed[k] = false;
            var w = c.Text.AsSpan(t.Start, t.Length);
            var e = t.Length > 0 && (t.Kind is TokenKind.Word or TokenKind.Other || w.Length > 1) ? c.Lexicon.Find(w) : null;
            c.Entries[k] = e;
            var flags = e?.Class ?? W.None;
            if (w.Length == 1 && char.IsPunctuation(w[0]))
                flags |= w[0] == ',' ? W.Punctuation | W.Comma : W.Punctuation;
            else if (w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
                flags |= W.Auxiliary;
            c.Classes[k] = flags;
        }
    }
}
