using Parallax.Annotations;

namespace Parallax.Events;

/// <summary>Turns the triggers of one sentence into coded events.</summary>
internal sealed class SentenceEvents
{
    private readonly CodingContext _c;
    private readonly Codebook _codebook;
    private readonly Sentence _sentence;
    private readonly int _s0;
    private readonly int _s1;
    private readonly PastActor? _speaker;
    private readonly List<CodedEvent> _events;
    private readonly int _firstEvent;
    private Party _lastSubject = Party.None;
    private Party _appealTarget = Party.None;
    private int _lastVerbEnd = -1;
    private string? _location;
    private bool _locationDone;
    private DateOnly? _date;
    private bool _dateDone;
    private readonly List<EventActor> _sources = new(4);
    private readonly List<EventActor> _targets = new(4);

    public SentenceEvents(CodingContext c, Codebook codebook, Sentence sentence, int s0, int s1, PastActor? speaker, List<CodedEvent> events)
    {
        _c = c;
        _codebook = codebook;
        _sentence = sentence;
        _s0 = s0;
        _s1 = s1;
        _speaker = speaker;
        _events = events;
        _firstEvent = events.Count;
    }

    public void Code(Trigger t, List<Trigger> all)
    {
        if (t.Pattern.Kind == PatternKind.Noun)
            CodeNoun(t);
        else
            CodeVerb(t, NextVerbHead(t, all));
    }

    private int NextVerbHead(Trigger t, List<Trigger> all)
    {
        foreach (var o in all)
        {
            if (o.Head > t.Head && o.Pattern.Kind == PatternKind.Verb)
                return o.Head;
        }

        return _s1;
    }

    private void CodeVerb(Trigger t, int stopAt)
    {
        var c = _c;
        var chain = ChainStart(t.Head);
        var cues = Cues(chain, t.Head);
        if (chain == t.Head)
            cues |= GerundFrame(t.Head);
        if (chain < t.Head && c.Is(chain, "to") && chain - 1 >= _s0 && c.Consumed[chain - 1] && IntentHead(chain - 1))
            cues |= CueKind.Intent;
        if (HasCondition(t.Head))
            cues |= CueKind.Hypothetical;
        var agent = Clauses.FindAgent(c, t.End, _s1, 6);
        var participle = c.Entries[t.Head] is { Participle: true } || c.Xpos?[t.Head] == "VBN";
        var passive = participle && (HasBe(chain, t.Head) || (agent >= 0 && t.End < _s1 && c.Is(t.End, "by")));

        Party subject;
        if (!_appealTarget.IsNone && chain < t.Head && c.Is(chain, "to"))
        {
            // "urged Israel to release the hostages": what was asked for is Israel's, and has not happened.
            subject = _appealTarget;
            cues |= CueKind.Demand;
        }
        else if (chain - 1 >= _s0 && (c.Word(chain - 1) is "," || c.Is(chain - 1, "and")) && !_lastSubject.IsNone && _lastVerbEnd <= chain - 1)
            subject = _lastSubject;
        else
            subject = Clauses.FindSubject(c, chain - 1, _s0, _speaker);
        if (subject.Group >= 0 && NegativeDeterminerBefore(c.Actors[subject.Group].First))
            cues |= CueKind.Negation;
        _lastSubject = subject;
        _lastVerbEnd = t.End;

        Party source, target;
        if (passive)
        {
            source = agent >= 0 ? new Party(agent, null) : Party.None;
            // "an aid worker held hostage by the militants": a reduced passive modifies the phrase right before it.
            target = !HasBe(chain, t.Head) && chain - 1 >= _s0 && c.ActorAt[chain - 1] is var left and >= 0
                ? new Party(c.Actors[left].Group, null)
                : subject;
        }
        else
        {
            source = subject;
            var ti = Clauses.FindTarget(c, t, _s1, stopAt);
            target = ti >= 0 ? new Party(ti, null) : Party.None;
        }

        if (t.Pattern.Strict && target.IsNone)
            return;
        if (!target.IsNone && t.Pattern.Code[..2] is "02" or "10")
            _appealTarget = target;
        Emit(t, source, target, (cues & CueKind.Negation) != 0, ModalityOf(cues));
    }

    private void CodeNoun(Trigger t)
    {
        var c = _c;
        var source = Party.None;
        for (var k = t.Head - 1; k >= _s0 && k >= t.Head - 3; k--)
        {
            if (c.ActorAt[k] is var ai and >= 0)
            {
                source = new Party(c.Actors[ai].Group, null);
                break;
            }

            // Modifiers may sit between owner and noun ("France's first reconnaissance"); a verb or a preposition may not.
            if (c.Has(k, W.Punctuation | W.Preposition) || c.Entries[k] is { Heads.Count: > 0 } || c.Tag(k) is "VERB" or "AUX")
                break;
        }

        if (source.IsNone && Clauses.FindAgent(c, t.End, _s1, 16) is var agent and >= 0)
            source = new Party(agent, null);
        var ti = Clauses.FindTarget(c, t, _s1, Math.Min(_s1, t.End + 8));
        var target = ti >= 0 ? new Party(ti, null) : Party.None;
        var negated = t.Head > _s0 && c.Is(t.Head - 1, "no");
        Emit(t, source, target, negated, Modality.Happened);
    }

    private void Emit(Trigger t, Party source, Party target, bool negated, Modality modality)
    {
        var code = _codebook[t.Pattern.Code];
        var sources = Members(source, _sources);
        var targets = Members(target, _targets);
        if (!Complete(t.Pattern, code, sources.Count, targets.Count))
            return;
        if (t.Pattern.Mutual && targets.Count == 0 && sources.Count >= 2)
        {
            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (a.Range != b.Range)
                        Add(t, code, a, b, negated, modality);
                }
            }

            return;
        }

        if (sources.Count == 0)
            sources.Add(new EventActor(TextRange.None, null, null));
        if (targets.Count == 0)
            targets.Add(new EventActor(TextRange.None, null, null));
        foreach (var a in sources)
        {
            foreach (var b in targets)
            {
                if (a.Code is null && b.Code is null)
                    continue;
                if (a.Range == b.Range && !a.Range.IsNone)
                    continue;
                Add(t, code, a, b, negated, modality);
            }
        }
    }

    /// <summary>
    /// An event needs someone acted upon: "leaders gathered" alone is no dyad. Protests, shows of force and mass violence
    /// stand without a target, a mutual verb with a coordinated subject supplies its own, and a nominal event needs both sides.
    /// </summary>
    private static bool Complete(EventPattern p, CameoCode code, int sources, int targets)
    {
        if (p.Kind == PatternKind.Noun)
            return sources > 0 && targets > 0;
        if (targets > 0 || (p.Mutual && sources >= 2))
            return true;
        return !p.Strict && (code.Root is "15" or "20" || code.Code is "140" or "141" or "142" or "143" or "145");
    }

    private void Add(Trigger t, CameoCode code, EventActor source, EventActor target, bool negated, Modality modality)
    {
        for (var i = _firstEvent; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.Cameo == code.Code && e.Source.Code == source.Code && e.Target.Code == target.Code && e.Source.Range == source.Range && e.Target.Range == target.Range)
                return;
        }

        _events.Add(new CodedEvent(
            _sentence.Start,
            _sentence.Length,
            source,
            target,
            code.Code,
            code.QuadClass,
            code.Goldstein,
            _c.RangeOf(t.Head, t.End),
            negated,
            modality,
            Date(),
            Location()));
    }

    private List<EventActor> Members(Party p, List<EventActor> list)
    {
        list.Clear();
        if (p.Past is { } past)
        {
            list.Add(new EventActor(past.Range, past.Entity, past.Code));
            return list;
        }

        if (p.Group < 0)
            return list;
        for (var i = p.Group; i < _c.Actors.Count; i++)
        {
            var a = _c.Actors[i];
            if (a.Group != p.Group)
                break;
            list.Add(new EventActor(_c.RangeOf(a.First, a.End), a.Entity, a.Code));
        }

        return list;
    }

    /// <summary>"pledging to fight": the head before "to" is a promise, so what follows is intended, not done.</summary>
    private bool IntentHead(int k)
    {
        if (_c.Entries[k] is not { Heads.Count: > 0 } e)
            return false;
        foreach (var h in e.Heads)
        {
            if (h.Pattern.Code.StartsWith("03", StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private bool IsChainWord(int k)
    {
        var c = _c;
        if (c.ActorAt[k] >= 0 || c.Consumed[k])
            return false;
        return c.Has(k, W.Auxiliary) || c.Entries[k] is { Cues.Count: > 0 } || c.Tag(k) is "AUX" or "PART";
    }

    private CueKind Cues(int from, int to)
    {
        var kinds = CueKind.None;
        var longest = 0;
        for (var p = from; p < to; p++)
        {
            if (_c.Entries[p] is not { Cues.Count: > 0 } e)
                continue;
            foreach (var cue in e.Cues)
            {
                if (p + cue.Words.Length > to + 1)
                    continue;
                var ok = true;
                for (var w = 1; w < cue.Words.Length && ok; w++)
                    ok = p + w < _s1 && Inflections.Same(_c.Word(p + w), cue.Words[w]);
                if (ok)
                {
                    // "won't" both negates and marks intent: every cue of the same length counts.
                    kinds |= cue.Kind;
                    longest = Math.Max(longest, cue.Words.Length);
                }
            }

            p += Math.Max(longest, 1) - 1;
            longest = 0;
        }

        return kinds;
    }

    /// <summary>
    /// A bare gerund takes its modality from the word that governs it: "ruled out coordinating" did not happen,
    /// "won't rule out working" and "the possibility of working" may happen.
    /// </summary>
    private CueKind GerundFrame(int head)
    {
        var c = _c;
        if (!c.Word(head).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return CueKind.None;
        if (head - 2 >= _s0 && c.Is(head - 1, "of") && FrameEndingAt(head - 1, CueKind.Prospect) >= 0)
            return CueKind.Hypothetical;
        var start = FrameEndingAt(head, CueKind.Refusal);
        if (start < 0)
            return CueKind.None;
        return (Cues(ChainStart(start), start) & CueKind.Negation) != 0 ? CueKind.Hypothetical : CueKind.Negation;
    }

    /// <summary>Where the auxiliary and modal words right before a verb begin ("would not have" before "met").</summary>
    private int ChainStart(int head)
    {
        var chain = head;
        while (chain - 1 >= _s0 && IsChainWord(chain - 1))
            chain--;
        return chain;
    }

    /// <summary>Where a frame phrase of the kind that ends right before <paramref name="end"/> starts, or -1.</summary>
    private int FrameEndingAt(int end, CueKind kind)
    {
        for (var p = end - 1; p >= _s0 && p >= end - 3; p--)
        {
            if (_c.Entries[p] is not { Frames.Count: > 0 } e)
                continue;
            foreach (var f in e.Frames)
            {
                if (f.Kind != kind || p + f.Words.Length != end)
                    continue;
                var ok = true;
                for (var w = 1; w < f.Words.Length && ok; w++)
                    ok = Inflections.Same(_c.Word(p + w), f.Words[w]);
                if (ok)
                    return p;
            }
        }

        return -1;
    }

    private bool HasCondition(int head)
    {
        for (var k = _s0; k < head; k++)
        {
            if (_c.Word(k) is ";")
                return false;
            if (_c.Entries[k] is { Cues.Count: > 0 } e && e.Cues.Exists(q => q.Kind == CueKind.Condition && q.Words.Length == 1))
                return true;
        }

        return false;
    }

    private bool HasBe(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_c.Has(k, W.Be))
                return true;
        }

        return false;
    }

    private bool NegativeDeterminerBefore(int first) => first > _s0 && _c.Has(first - 1, W.NegativeDeterminer);

    private static Modality ModalityOf(CueKind cues) =>
        (cues & CueKind.Hypothetical) != 0 ? Modality.Hypothetical
        : (cues & CueKind.Demand) != 0 ? Modality.Demand
        : (cues & CueKind.Intent) != 0 ? Modality.Intent
        : Modality.Happened;

    private DateOnly? Date()
    {
        if (_dateDone)
            return _date;
        _dateDone = true;
        foreach (var t in _c.Document.Times)
        {
            if (t.Date is { } d && t.Start >= _sentence.Start && t.Start < _sentence.End)
                return _date = d;
        }

        return _date = _c.Document.Article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
    }

    /// <summary>The first place in the sentence introduced by "in", "at", "over"...: where the event happened.</summary>
    private string? Location()
    {
        if (_locationDone)
            return _location;
        _locationDone = true;
        foreach (var a in _c.Actors)
        {
            if (a.Prep >= 0 && _c.Has(a.Prep, W.LocationPrep) && Clauses.IsPlace(a))
            {
                var r = _c.RangeOf(a.First, a.End);
                return _location = _c.Text.Substring(r.Start, r.Length);
            }
        }

        return null;
    }
}
