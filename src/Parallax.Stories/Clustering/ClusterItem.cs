namespace Parallax.Stories.Clustering;

/// <summary>
/// What story clustering reads from one article. Entities are canonical entity ids (or mention texts when nothing
/// resolved them) and Events are keys of coded events; both are empty until the NLP, knowledge and events stages run.
/// </summary>
public sealed record ClusterItem(
    string Id,
    string? Title,
    string Text,
    DateTimeOffset? Published = null,
    string? Outlet = null,
    IReadOnlyList<string>? Entities = null,
    IReadOnlyList<string>? Events = null);
