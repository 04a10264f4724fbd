using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Stories;

/// <summary>Groups a run's documents into stories, feeding them in publication order (input order breaks ties).</summary>
public sealed class StoryStage : ICorpusStage
{
    public string Name => "stories";

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        var assigner = new StoryAssigner();
        var byId = new Dictionary<string, Story>(StringComparer.Ordinal);
        var ordered = corpus.Documents
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Article.Metadata.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.i);
        foreach (var (doc, _) in ordered)
        {
            var id = assigner.Assign(doc, cancellationToken);
            if (!byId.TryGetValue(id, out var story))
            {
                story = new Story { Id = id, Title = doc.Article.Metadata.Title ?? "(untitled)" };
                byId[id] = story;
                corpus.Stories.Add(story);
            }

            story.Articles.Add(doc.Article.Id);
        }
    }
}
