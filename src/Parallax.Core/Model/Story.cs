namespace Parallax.Model;

/// <summary>A pointer to the evidence for an item: article id and offsets into its Text.</summary>
public sealed record Citation(string Article, int Start, int Length, string Text);

/// <summary>
/// One side of a conflict: the normalized value, and the sentence that asserts it. Written is the value as the
/// article writes it ("Thirty"), at WrittenStart in the same text.
/// </summary>
public sealed record CitedValue(string Value, string Article, int Start, int Length, string Text)
{
    public string? Outlet { get; init; }
    public string? Written { get; init; }
    public int WrittenStart { get; init; } = -1;
}

public sealed record Conflict(string Kind, string About, IReadOnlyList<CitedValue> Values);

/// <summary>An agreement or a unique fact: what it is about and where each outlet says it.</summary>
public sealed record Finding(string Kind, string About, IReadOnlyList<Citation> Evidence);

/// <summary>How each outlet writes one shared actor: its forms, fullest first, and where the fullest one first appears.</summary>
public sealed record NameVariant(string Entity, string Name, IReadOnlyList<OutletSpelling> Outlets);

public sealed record OutletSpelling(string Outlet, string Article, IReadOnlyList<string> Forms, Citation First);

/// <summary>
/// How one outlet's headline and lede frame the story: the actors they put first, the stance cues they use
/// ("without", "won't rule out"), and the headline words no other outlet's headline uses.
/// </summary>
public sealed record HeadlineFrame(
    string Outlet,
    string Article,
    string Headline,
    Citation? Lede,
    IReadOnlyList<string> Actors,
    IReadOnlyList<FrameCue> Cues,
    IReadOnlyList<string> Distinctive);

/// <summary>A stance cue: the words, what they signal (exclusion, openness, refusal, conflict, cooperation…), and the actor they bear on.</summary>
public sealed record FrameCue(string Words, string Signal, string? Actor, string Where);

/// <summary>
/// One event as the story counts it: the same dyad and CAMEO root from several articles is one event with several
/// mentions. Articles counts the articles mentioning it (copies included); Outlets the independent outlets.
/// </summary>
public sealed record StoryEvent(
    StoryActor Source,
    StoryActor Target,
    string Cameo,
    int QuadClass,
    double Goldstein,
    IReadOnlyList<Citation> Mentions,
    int Articles,
    int Outlets);

/// <summary>An event's actor across its mentions: the entity and actor code when known, and the best name written.</summary>
public sealed record StoryActor(string? Entity, string? Code, string Name);

public sealed record ActorNode(string Id, string Name, string? Type, int Weight);

/// <summary>Events (Kind "event", counted per CAMEO quad class 1–4) or quotes (Kind "quote") from Source about Target.</summary>
public sealed record ActorEdge(string Source, string Target, string Kind, int Count, IReadOnlyList<int> Quads);

/// <summary>A dated item: Date is yyyy-MM-dd; Cameo is set when the entry is a coded event.</summary>
public sealed record TimelineEntry(string Date, string Text, string Article, int Start, int Length)
{
    public string? Cameo { get; init; }
    public string? Outlet { get; init; }
}

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
    public List<NameVariant> NameVariants { get; } = [];
    public List<HeadlineFrame> Framing { get; } = [];
    public List<StoryEvent> Events { get; } = [];
    public List<ActorNode> Nodes { get; } = [];
    public List<ActorEdge> Edges { get; } = [];

    /// <summary>Copies among Articles, keyed by the copy's id. A copy counts once as a source of facts: through its original.</summary>
    public Dictionary<string, DuplicateLink> DuplicateOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Merges and splits that shaped this story while articles streamed in.</summary>
    public List<StoryChange> Changes { get; } = [];

    /// <summary>True when the article is not a copy of another one, so its facts count as an independent source.</summary>
    public bool IsIndependent(string articleId) => !DuplicateOf.ContainsKey(articleId);
}
