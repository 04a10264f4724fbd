using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>
/// The cross-outlet comparison of one story: numeric, quote and event conflicts, agreements between independent
/// outlets, what only one outlet reports (ranked), name variants, headline framing, a timeline and the actor network.
/// Copies count once: only the story's independent articles are compared.
/// </summary>
public sealed class StoryComparison : IStoryComparison
{
    public const int MaxUnique = 25;

    private readonly Func<string, string?>? _resolveName;

    /// <param name="resolveName">
    /// Reads a name as written to a canonical entity id (the knowledge base), so headlines, which the NLP stages do not
    /// tag, still name their actors; null leaves headlines to the forms the articles use.
    /// </param>
    public StoryComparison(Func<string, string?>? resolveName = null) => _resolveName = resolveName;

    public string Name => "comparison";

    public void Compare(Story story, StorySources sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(sources);
        var view = new StoryView(sources.Independent);
        var result = new ComparisonResult();
        ClaimComparer.Compare(view, result);
        cancellationToken.ThrowIfCancellationRequested();
        QuoteComparer.Compare(view, result);
        cancellationToken.ThrowIfCancellationRequested();
        EventComparer.Compare(view, result);
        story.Conflicts.AddRange(result.Conflicts);
        story.Agreements.AddRange(result.Agreements);
        story.Unique.AddRange(result.RankedUnique(MaxUnique));
        story.NameVariants.AddRange(NameVariants.Find(view));
        story.Framing.AddRange(Framing.Find(view, _resolveName));
        story.Timeline.AddRange(Timeline.Build(view));
        story.Events.AddRange(StoryEvents.Count(sources.Articles, view));
        var (nodes, edges) = ActorNetwork.Build(sources.Independent);
        story.Nodes.AddRange(nodes);
        story.Edges.AddRange(edges);
    }
}
