using Parallax.Model;

namespace Parallax.Stories;

/// <summary>
/// The hook for cross-outlet comparison of one story (conflicts, agreements, unique facts, name variants, framing,
/// timeline, actor network), which needs the quotes, claims and events layers. <see cref="StoryStage"/> runs every
/// registered comparison on every story after clustering and the brief. Independent holds one article per copy
/// family, so a syndicated wire text counts once as a source of facts.
/// </summary>
public interface IStoryComparison
{
    string Name { get; }

    void Compare(Story story, StorySources sources, CancellationToken cancellationToken);
}

/// <summary>The documents of one story, in stream order: all of them, and those that are not copies of another.</summary>
public sealed record StorySources(IReadOnlyList<Document> Articles, IReadOnlyList<Document> Independent);
