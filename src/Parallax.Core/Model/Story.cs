namespace Parallax.Model;

/// <summary>A pointer to the evidence for an item: article id and offsets into its Text.</summary>
public sealed record Citation(string Article, int Start, int Length, string Text);

public sealed record CitedValue(string Value, string Article, int Start, int Length, string Text);

public sealed record Conflict(string Kind, string About, IReadOnlyList<CitedValue> Values);

/// <summary>An agreement or a unique fact: what it is about and where each outlet says it.</summary>
public sealed record Finding(string Kind, string About, IReadOnlyList<Citation> Evidence);

public sealed record TimelineEntry(string Date, string Text, string Article, int Start, int Length);

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
}
