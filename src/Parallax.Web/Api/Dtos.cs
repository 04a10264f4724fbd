using Parallax.Pipeline.Output;

namespace Parallax.Web.Api;

// Response and request shapes of the HTTP API (camelCase JSON). Items cited in an article reuse the output
// contract's DTOs (docs/output-schema.md), so an API client and an `analyze` reader see the same fields.

public sealed record StoryListItem(string Id, string Title, int Articles, int Outlets, string? FirstPublished, string? LastPublished);

public sealed record StoryList(List<StoryListItem> Items, string? Next);

public sealed record StoryArticle(string Id, string? Title, string Outlet, string? Url, string? Published, string? Byline, int Length);

/// <summary>One column of the story page: an outlet and its articles in this story.</summary>
public sealed record OutletColumn(string Name, List<string> Articles);

public sealed record TimeDto(string Article, int Start, int Length, string Text, string? Date, string? Relative);

public sealed record StoryEntity(string Id, string Name, string Type, int Mentions, int Articles);

/// <summary>
/// Everything the story page shows. Compared is false when no stage has stored a cross-outlet comparison for the
/// story yet; brief, conflicts, agreements, unique and timeline are then empty, never made up.
/// </summary>
public sealed record StoryView(
    string Id,
    string Title,
    string? FirstPublished,
    string? LastPublished,
    List<StoryArticle> Articles,
    List<OutletColumn> Outlets,
    bool Compared,
    List<CitationDto> Brief,
    List<ConflictDto> Conflicts,
    List<FindingDto> Agreements,
    List<FindingDto> Unique,
    List<TimelineDto> Timeline,
    List<QuoteDto> Quotes,
    List<ClaimDto> Claims,
    List<EventDto> Events,
    List<TimeDto> Times,
    List<StoryEntity> Entities,
    List<NameVariantDto> NameVariants,
    List<FrameDto> Framing,
    NetworkDto Network);

public sealed record MentionView(int Start, int Length, string Type, string? Entity, string Text);

public sealed record ArticleView(
    ArticleDto Article,
    string StoryId,
    string? StoryTitle,
    string IngestedAt,
    List<MentionView> Mentions,
    List<QuoteDto> Quotes,
    List<ClaimDto> Claims,
    List<TimeDto> Times,
    List<EventDto> Events);

public sealed record EntityListItem(string Id, string Name, string Type, bool Resolved, int Mentions, int Articles);

public sealed record EntityList(List<EntityListItem> Items, string? Next);

public sealed record EntityMention(string Article, string? Title, string? Outlet, string? Published, string Story, int Start, int Length, string Text);

public sealed record Count(string Value, string? Label, int N);

public sealed record EntityView(
    EntityListItem Entity,
    List<Count> Names,
    List<Count> Stories,
    List<EntityMention> Mentions,
    string? NextMentions,
    List<QuoteDto> Quotes,
    List<EventDto> Events);

public sealed record Highlight(int Start, int Length);

public sealed record SearchItem(string Article, string? Title, string? Outlet, string? Published, string Story, string Snippet, List<Highlight> Highlights);

/// <summary>Counts over the Counted most recent matches: all of them up to 1,000, so a common word stays fast.</summary>
public sealed record SearchFacets(int Counted, List<Count> Outlets, List<Count> Entities, List<Count> Dates);

public sealed record SearchResponse(string Query, int Total, List<SearchItem> Items, SearchFacets Facets, string? Next)
{
    /// <summary>Matches ranked by relevance: all of them, or the most recent ones for a very common query.</summary>
    public int Ranked { get; init; }
}

/// <summary>One article to ingest: exactly one of text, html or url.</summary>
public sealed record ArticleInput(string? Text, string? Html, string? Url, string? Title, string? Outlet, string? Published, string? SourceUrl);

public sealed record IngestItem(string Source, string Status, string? Id, string? Story, string? Error);

public sealed record IngestResponse(int Added, int Duplicates, int Failed, List<IngestItem> Items);

public sealed record ServerInfo(string Version, bool TokenRequired, bool UrlIngest, int Articles, int Stories);
