using Parallax.Model;

namespace Parallax.Store;

/// <summary>Filters for the story list; null means no filter. Dates are ISO-8601 UTC strings like the stored ones.</summary>
public sealed record StoryFilter(string? From = null, string? To = null, string? Entity = null, string? Outlet = null, string? Match = null);

/// <summary>Where the story list left off: the sort key of the last row returned.</summary>
public readonly record struct StoryCursor(string LastPublished, int ArticleCount, long FirstSeq);

public sealed record StoryRow(string Id, string Title, int Articles, int Outlets, string? FirstPublished, string? LastPublished, long FirstSeq)
{
    public StoryCursor Cursor => new(LastPublished ?? string.Empty, Articles, FirstSeq);
}

public sealed record StoryPage(IReadOnlyList<StoryRow> Items, StoryCursor? Next);

/// <summary>An article as the web reads it: the document (without its raw input) and where it is filed.</summary>
public sealed record StoredArticle(Document Document, long Seq, string StoryId, string IngestedAt);

/// <summary>The comparison parts of a story, as stored by whatever stage compared its outlets.</summary>
public sealed record StoredComparison(
    IReadOnlyList<Citation> Brief,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<Finding> Agreements,
    IReadOnlyList<Finding> Unique,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<NameVariant>? NameVariants = null,
    IReadOnlyList<HeadlineFrame>? Framing = null,
    IReadOnlyList<ActorNode>? Nodes = null,
    IReadOnlyList<ActorEdge>? Edges = null,
    IReadOnlyList<StoryEvent>? Events = null)
{
    public static StoredComparison From(Story s) => new(s.Brief, s.Conflicts, s.Agreements, s.Unique, s.Timeline, s.NameVariants, s.Framing, s.Nodes, s.Edges, s.Events);

    public void ApplyTo(Story s)
    {
        s.Brief.AddRange(Brief);
        s.Conflicts.AddRange(Conflicts);
        s.Agreements.AddRange(Agreements);
        s.Unique.AddRange(Unique);
        s.Timeline.AddRange(Timeline);
        s.NameVariants.AddRange(NameVariants ?? []);
        s.Framing.AddRange(Framing ?? []);
        s.Nodes.AddRange(Nodes ?? []);
        s.Edges.AddRange(Edges ?? []);
        s.Events.AddRange(Events ?? []);
    }
}

public sealed record SearchQuery(string Match, string? Outlet = null, string? Entity = null, string? From = null, string? To = null, int Offset = 0, int Limit = 20);

public sealed record SearchHit(string Article, string? Title, string? Outlet, string? Published, string StoryId, string Snippet);

public sealed record FacetCount(string Value, string? Label, int Count);

/// <summary>Facets count the most recent FacetCounted matches (all of them when there are few).</summary>
public sealed record SearchResult(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCount> Outlets, IReadOnlyList<FacetCount> Entities, IReadOnlyList<FacetCount> Dates, int FacetCounted)
{
    /// <summary>How many matches were ranked (the most recent ones, up to <see cref="SqliteStore.RankWindow"/>); pages go no further.</summary>
    public int Ranked { get; init; } = int.MaxValue;
}

public sealed record EntityRow(string Id, string Name, string Type, bool Resolved, int Mentions, int Articles);

public sealed record EntityMentionRow(string Article, string? Title, string? Outlet, string? Published, string StoryId, int Start, int Length, string Text);

