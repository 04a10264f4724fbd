using Parallax.Annotations;

namespace Parallax.Facts;

internal enum AttributionSource : byte
{
    None,
    After,
    Before,
    SameSentence,
    NextSentence,
    PreviousParagraph,
    Merged,
}

/// <summary>A quote being built: content, kind, speaker phrase and cue, and the actor it resolves to.</summary>
internal sealed class Attribution
{
    public int Start { get; set; }
    public int End { get; set; }
    public int Open { get; init; } = -1;
    public int After { get; set; }
    public QuoteKind Kind { get; set; }
    public TextRange Second { get; set; } = TextRange.None;
    public TextRange Speaker { get; set; } = TextRange.None;
    public TextRange Cue { get; set; } = TextRange.None;
    public AttributionSource Source { get; set; }
    public Actor? Actor { get; set; }

    /// <summary>Where the speaker is read in the text, for resolving pronouns against what came before.</summary>
    public int Anchor => Speaker.IsNone ? Start : Speaker.Start;

    public bool Covers(int pos) =>
        (pos >= Start && pos < End) || (!Second.IsNone && pos >= Second.Start && pos < Second.End);

    public Quote ToQuote() => new(Start, End - Start, Kind, Speaker, Cue, Actor?.Entity)
    {
        Second = Second,
        SpeakerName = Actor?.Name,
    };
}
