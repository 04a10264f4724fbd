namespace Parallax.Model;

/// <summary>A pointer to the evidence for an item: article id and offsets into its Text.</summary>
public sealed record Citation(string Article, int Start, int Length, string Text);

public sealed record CitedValue(string Value, string Article, int Start, int Length, string Text);

public sealed record Conflict(string Kind, string About, IReadOnlyList<CitedValue> Values);

/// <summary>An agreement or a unique fact: what it is about and where each outlet says it.</summary>
public sealed record Finding(string Kind, string About, IReadOnlyList<Citation> Evidence);

public sealed record TimelineEntry(string Date, string Text, string Article, int Start, int Length);

/// <summary>
/// An article that is a copy of an earlier one (exact duplicate, syndicated wire copy or lightly edited copy).
/// Of is the earliest article of the copy family, so copies of copies point at the same original; Similarity is the
/// estimated Jaccard similarity of their word shingles and Containment the estimated share of the shorter one found
/// in the other.
/// </summary>
public sealed record DuplicateLink(string Of, string Kind, double Similarity, double Containment);

/// <summary>A recorded change to story membership: "merge" (Stories[1..] folded into Stories[0]) or "split" (Articles moved from Stories[0] to Stories[1]).</summary>
public sealed record StoryChange(string Kind, IReadOnlyList<string> Stories, IReadOnlyList<string> Articles, string At);

/// <summary>A group of articles about one event, and the cross-outlet comparison of them.</summary>
public sealed class Story
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public List<string> Articles { get; } = [];
    public List<Citation> Brief { get; } = [];
    public List<Conflict> Conflicts { get; } = [];
    public List<Finding> Agreements { get; } = [];
    public List<Finding> Unique { get; } = [];
    public List<TimelineEntry> Timeline { get; } = [];

    /// <summary>Copies among Articles, keyed by the copy's id. A copy counts once as a source of facts: through its original.</summary>
    public Dictionary<string, DuplicateLink> DuplicateOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Merges and splits that shaped this story while articles streamed in.</summary>
    public List<StoryChange> Changes { get; } = [];

    /// <summary>True when the article is not a copy of another one, so its facts count as an independent source.</summary>
    public bool IsIndependent(string articleId) => !DuplicateOf.ContainsKey(articleId);
}
