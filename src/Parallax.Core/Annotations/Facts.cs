namespace Parallax.Annotations;

public enum QuoteKind : byte
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>A quotation. Speaker and Cue are ranges in the same text; Entity is the canonical id once known.</summary>
public readonly record struct Quote(
    int Start,
    int Length,
    QuoteKind Kind,
    TextRange Speaker,
    TextRange Cue,
    string? SpeakerEntity);

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
