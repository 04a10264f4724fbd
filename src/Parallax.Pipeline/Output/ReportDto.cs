using System.Text.Json.Serialization;

namespace Parallax.Pipeline.Output;

// The JSON output contract (docs/output-schema.md). Property names become camelCase.

public sealed record ReportDto(
    string Parallax,
    List<ArticleDto> Articles,
    List<EntityDto> Entities,
    List<QuoteDto> Quotes,
    List<ClaimDto> Claims,
    List<EventDto> Events,
    List<StoryDto> Stories,
    List<ErrorDto> Errors);

public sealed record SourceDto(string? Path, string? Url, string? Outlet);

public sealed record RemovedDto(int Start, int Length, string Reason);

public sealed record ArticleDto(
    string Id,
    SourceDto Source,
    string? Title,
    string? Dek,
    string? Byline,
    string? Dateline,
    string? Published,
    string? Language,
    string Text,
    List<string> Captions,
    List<RemovedDto> Removed);

public sealed record MentionDto(string Article, int Start, int Length, string Text);

/// <summary>Why a mention joined an entity (merges) or where a fact came from (attributions).</summary>
public sealed record EvidenceDto(string Rule, string Detail, string Article, int Start, int Length, string Text);

public sealed record EntityDto(
    string Id,
    string Type,
    string Name,
    List<string> Aliases,
    string? Code,
    string? Country,
    List<string> Roles,
    List<MentionDto> Mentions,
    List<EvidenceDto> Merges,
    List<EvidenceDto> Attributions);

public sealed record SpanDto(string Text, int Start, int Length);

public sealed record SpeakerDto(string? Entity, string Text, int Start, int Length)
{
    /// <summary>Who a pronoun or role phrase resolves to ("he" gives "Ali Khamenei"); absent when unresolved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}

public sealed record QuoteDto(string Article, int Start, int Length, string Text, string Kind, SpeakerDto? Speaker, SpanDto? Cue)
{
    /// <summary>The second part of a split quote; absent when the quote is in one piece.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpanDto? Second { get; init; }
}

public sealed record ClaimDto(
    string Article,
    int Start,
    int Length,
    string Text,
    double Value,
    double? ValueHigh,
    string? Unit,
    string? Counted,
    string? Frame,
    string? AssertedBy);

public sealed record ActorDto(string? Entity, string? Code, string? Text);

public sealed record EventDto(
    string Article,
    int Start,
    int Length,
    ActorDto Source,
    ActorDto Target,
    string Cameo,
    string Root,
    int QuadClass,
    double Goldstein,
    bool Negated,
    string Modality,
    string? Date,
    string? Location,
    string? Trigger);

public sealed record CitationDto(string Text, string Article, int Start, int Length);

public sealed record CitedValueDto(string Value, string Article, int Start, int Length, string Text, string? Outlet, string? Written, int? WrittenStart);

public sealed record ConflictDto(string Kind, string About, List<CitedValueDto> Values);

public sealed record FindingDto(string Kind, string About, List<CitationDto> Evidence);

public sealed record TimelineDto(string Date, string Text, string Article, int Start, int Length, string? Outlet, string? Cameo);

public sealed record NameVariantDto(string Entity, string Name, List<OutletSpellingDto> Outlets);

public sealed record OutletSpellingDto(string Outlet, string Article, List<string> Forms, CitationDto First);

public sealed record FrameDto(string Outlet, string Article, string Headline, CitationDto? Lede, List<string> Actors, List<FrameCueDto> Cues, List<string> Distinctive);

public sealed record FrameCueDto(string Words, string Signal, string? Actor, string Where);

/// <summary>One event as the story counts it; mentions cite each report of it.</summary>
public sealed record StoryEventDto(ActorDto Source, ActorDto Target, string Cameo, string Root, int QuadClass, double Goldstein, List<CitationDto> Mentions, int Articles, int Outlets);

public sealed record NetworkDto(List<NetworkNodeDto> Nodes, List<NetworkEdgeDto> Edges);

public sealed record NetworkNodeDto(string Id, string Name, string? Type, int Weight);

/// <summary>Quads counts events per CAMEO quad class 1–4 (all zero for quote edges).</summary>
public sealed record NetworkEdgeDto(string Source, string Target, string Kind, int Count, List<int> Quads);

public sealed record StoryDto(
    string Id,
    string Title,
    List<string> Articles,
    List<CitationDto> Brief,
    List<ConflictDto> Conflicts,
    List<FindingDto> Agreements,
    List<FindingDto> Unique,
    List<TimelineDto> Timeline,
    List<DuplicateDto> Duplicates,
    List<StoryChangeDto> Changes,
    List<NameVariantDto> NameVariants,
    List<FrameDto> Framing,
    List<StoryEventDto> Events,
    NetworkDto Network);

/// <summary>An article of the story that copies another (exact, syndicated or edited); it counts once, through Of.</summary>
public sealed record DuplicateDto(string Article, string Of, string Kind, double Similarity, double Containment);

public sealed record StoryChangeDto(string Kind, List<string> Stories, List<string> Articles, string At);

public sealed record ErrorDto(string Source, string Stage, string Message);
