using Parallax.Model;
using Parallax.Stages;
using Parallax.Stories.Brief;
using Parallax.Stories.Clustering;
using Parallax.Stories.Dedupe;

namespace Parallax.Stories;

/// <summary>
/// Groups a run's documents into stories, feeding them in publication order (input order breaks ties), records copies
/// and merges/splits on each story, writes each story's brief, then runs the registered comparisons.
/// </summary>
public sealed class StoryStage : ICorpusStage
{
    private readonly ClusterOptions? _options;
    private readonly IReadOnlyList<IStoryComparison> _comparisons;
    private readonly int _briefSentences;

    public StoryStage(ClusterOptions? options = null, IReadOnlyList<IStoryComparison>? comparisons = null, int briefSentences = BriefBuilder.DefaultSentences)
    {
        _options = options;
        _comparisons = comparisons ?? [new Comparison.StoryComparison()];
        _briefSentences = briefSentences;
    }

    public string Name => "stories";

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var order = new int[corpus.Documents.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        var docs = corpus.Documents;
        Array.Sort(order, (x, y) =>
        {
            var c = (docs[x].Article.Metadata.Published ?? DateTimeOffset.MaxValue).CompareTo(docs[y].Article.Metadata.Published ?? DateTimeOffset.MaxValue);
            return c != 0 ? c : x.CompareTo(y);
        });

        var assigner = new StoryAssigner(_options);
        var stream = new List<Document>(order.Length);
        foreach (var i in order)
        {
            assigner.Assign(docs[i], cancellationToken);
            stream.Add(docs[i]);
        }

        var byNumber = new Dictionary<int, (Story Story, List<Document> Docs)>();
        for (var ordinal = 0; ordinal < stream.Count; ordinal++)
        {
            var number = assigner.Clusterer.StoryOf(ordinal);
            if (!byNumber.TryGetValue(number, out var entry))
            {
                var first = stream[assigner.Clusterer.FirstOrdinalOf(number)];
                entry = (new Story { Id = assigner.StoryIdOfNumber(number), Title = first.Article.Metadata.Title ?? "(untitled)" }, []);
                byNumber[number] = entry;
                corpus.Stories.Add(entry.Story);
            }

            entry.Story.Articles.Add(stream[ordinal].Article.Id);
            entry.Docs.Add(stream[ordinal]);
        }

        LinkCopies(assigner, stream, byNumber);
        RecordChanges(assigner, stream, byNumber);
        foreach (var (story, members) in byNumber.Values)
            Finish(story, members, cancellationToken);
    }

    /// <summary>
    /// Compares one stored story again after articles joined it: its copies are found among its own articles, then
    /// the brief and every comparison are rebuilt. Docs are in stream order.
    /// </summary>
    public Story Refresh(string id, string title, IReadOnlyList<Document> docs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var story = new Story { Id = id, Title = title };
        var assigner = new StoryAssigner(_options);
        var stream = new List<Document>(docs.Count);
        foreach (var d in docs)
        {
            assigner.Assign(d, cancellationToken);
            stream.Add(d);
            story.Articles.Add(d.Article.Id);
        }

        var entry = (story, stream);
        var byNumber = new Dictionary<int, (Story Story, List<Document> Docs)>();
        for (var ordinal = 0; ordinal < stream.Count; ordinal++)
            byNumber[assigner.Clusterer.StoryOf(ordinal)] = entry;
        LinkCopies(assigner, stream, byNumber);
        Finish(story, stream, cancellationToken);
        return story;
    }

    private void Finish(Story story, List<Document> members, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var independent = members.FindAll(d => story.IsIndependent(d.Article.Id));
        story.Brief.AddRange(BriefBuilder.Build(independent, _briefSentences));
        foreach (var comparison in _comparisons)
            comparison.Compare(story, new StorySources(members, independent), cancellationToken);
    }

    /// <summary>
    /// Within each copy family the fullest text stands for the family (a trimmed wire copy may arrive before the wire
    /// story itself); every other member is recorded as a copy of it, on the story that holds the copy.
    /// </summary>
    private static void LinkCopies(StoryAssigner assigner, List<Document> stream, Dictionary<int, (Story Story, List<Document> Docs)> byNumber)
    {
        var families = new SortedDictionary<int, List<(int Ordinal, Dedupe.CopyMatch Match)>>();
        for (var ordinal = 0; ordinal < stream.Count; ordinal++)
        {
            if (assigner.CopyOf(ordinal) is not { } copy)
                continue;
            if (!families.TryGetValue(copy.Of, out var members))
                families[copy.Of] = members = [];
            members.Add((ordinal, copy));
        }

        foreach (var (root, copies) in families)
        {
            var representative = root;
            var link = copies[0].Match;
            foreach (var (ordinal, match) in copies)
            {
                if (stream[ordinal].Text.Length > stream[representative].Text.Length)
                    (representative, link) = (ordinal, match);
            }

            var of = stream[representative].Article.Id;
            if (representative != root)
                Link(root, of, link);
            foreach (var (ordinal, match) in copies)
            {
                if (ordinal != representative)
                    Link(ordinal, of, match);
            }
        }

        void Link(int ordinal, string of, Dedupe.CopyMatch match)
        {
            if (byNumber.TryGetValue(assigner.Clusterer.StoryOf(ordinal), out var entry))
                entry.Story.DuplicateOf[stream[ordinal].Article.Id] = new DuplicateLink(of, Kind(match.Kind), Round(match.Similarity), Round(match.Containment));
        }
    }

    private static void RecordChanges(StoryAssigner assigner, List<Document> stream, Dictionary<int, (Story Story, List<Document> Docs)> byNumber)
    {
        foreach (var change in assigner.Changes)
        {
            var moved = new List<string>(change.Moved.Count);
            foreach (var o in change.Moved)
                moved.Add(stream[o].Article.Id);
            var record = new StoryChange(
                change.Kind,
                [assigner.StoryIdOfNumber(change.Story), assigner.StoryIdOfNumber(change.Other)],
                moved,
                stream[change.AtOrdinal].Article.Id);
            var into = new HashSet<int> { assigner.Clusterer.StoryOf(assigner.Clusterer.FirstOrdinalOf(change.Story)) };
            if (change.Kind == "split")
                into.Add(assigner.Clusterer.StoryOf(assigner.Clusterer.FirstOrdinalOf(change.Other)));
            foreach (var number in into)
            {
                if (byNumber.TryGetValue(number, out var entry))
                    entry.Story.Changes.Add(record);
            }
        }
    }

    public static string Kind(CopyKind kind) => kind switch
    {
        CopyKind.Exact => "exact",
        CopyKind.Syndicated => "syndicated",
        CopyKind.Edited => "edited",
        _ => "none",
    };

    private static double Round(double v) => Math.Round(v, 3);
}
