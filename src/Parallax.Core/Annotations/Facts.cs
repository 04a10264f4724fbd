namespace Parallax.Annotations;

public enum QuoteKind : byte
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>
/// A quotation. Start/Length is the quoted content (inside the marks; for indirect speech, the reported clause).
/// Speaker and Cue are ranges in the same text; SpeakerEntity is the canonical id once known.
/// </summary>
public readonly record struct Quote(
    int Start,
    int Length,
    QuoteKind Kind,
    TextRange Speaker,
    TextRange Cue,
    string? SpeakerEntity)
{
    /// <summary>The second part of a split quote ("…," X said, "…"), or None.</summary>
    public TextRange Second { get; init; } = TextRange.None;

    /// <summary>
    /// Who the speaker phrase refers to, in the document's fullest words: "he" after Khamenei's quote gives the name
    /// Khamenei was introduced with. Null when unresolved.
    /// </summary>
    public string? SpeakerName { get; init; }
}

/// <summary>A numeric claim: the number as written, its normalized value (or range), unit and what is counted.</summary>
public readonly record struct Claim(
    int Start,
    int Length,
    double Value,
    double? ValueHigh,
    string? Unit,
    string? Counted,
    string? Frame,
    string? AssertedBy);

public enum Modality : byte
{
    Happened,
    Intent,
    Demand,
    Hypothetical,
}

public readonly record struct EventActor(TextRange Range, string? Entity, string? Code);

/// <summary>A coded event; Start/Length cover its sentence.</summary>
public readonly record struct CodedEvent(
    int Start,
    int Length,
    EventActor Source,
    EventActor Target,
    string Cameo,
    int QuadClass,
    double Goldstein,
    TextRange Trigger,
    bool Negated,
    Modality Modality,
    DateOnly? Date,
    string? Location);

/// <summary>A time expression with its resolved date, when one could be resolved from the article's date.</summary>
public readonly record struct TimeExpression(int Start, int Length, DateOnly? Date, string? Relative);
