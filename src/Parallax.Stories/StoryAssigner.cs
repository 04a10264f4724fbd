using System.Security.Cryptography;
using System.Text;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Stories;

/// <summary>
/// Single-pass story clustering: each document joins the most similar story (TF-IDF cosine against
/// the story's term centroid) above a threshold, or starts a new one. Candidate stories come from an
/// inverted index over the document's strongest terms, so cost does not grow with every story ever seen.
/// Deterministic for a given arrival order.
/// </summary>
public sealed class StoryAssigner : IStoryAssigner
{
    private const int TitleWeight = 3;
    private const int BodyWords = 400;
    private const int CentroidTerms = 300;
    private const int ProbeTerms = 20;

    private readonly double _threshold;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _postings = new(StringComparer.Ordinal);
    private readonly List<StoryState> _stories = [];
    private int _documents;

    public StoryAssigner(double threshold = 0.2) => _threshold = threshold;

    public int StoryCount => _stories.Count;

    public string Assign(Document document, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var terms = TermVector.Count(document.Article.Metadata.Title ?? string.Empty, TitleWeight);
        TermVector.Count(document.Text, 1, terms, BodyWords);
        _documents++;
        foreach (var t in terms.Keys)
            _documentFrequency[t] = _documentFrequency.GetValueOrDefault(t) + 1;

        var best = -1;
        var bestScore = 0.0;
        foreach (var candidate in Candidates(terms))
        {
            var score = Cosine(terms, _stories[candidate].Terms);
            if (score > bestScore || (score == bestScore && candidate < best))
                (best, bestScore) = (candidate, score);
        }

        if (best < 0 || bestScore < _threshold)
        {
            best = _stories.Count;
            _stories.Add(new StoryState(StoryId(document.Article.Id)));
        }

        Merge(best, terms);
        return _stories[best].Id;
    }

    public static string StoryId(string firstArticleId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("story:" + firstArticleId), hash);
        return "s" + Convert.ToHexStringLower(hash[..6]);
    }

    private IEnumerable<int> Candidates(Dictionary<string, int> terms)
    {
        var seen = new SortedSet<int>();
        foreach (var t in terms.OrderByDescending(kv => kv.Value * Idf(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(ProbeTerms))
        {
            if (_postings.TryGetValue(t.Key, out var stories))
                seen.UnionWith(stories);
        }

        return seen;
    }

    private double Idf(string term) => Math.Log(1.0 + (_documents + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 0.5));

    private double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (t, c) in a)
        {
            var w = c * Idf(t);
            na += w * w;
            if (b.TryGetValue(t, out var cb))
                dot += w * cb * Idf(t);
        }

        foreach (var (t, c) in b)
        {
            var w = c * Idf(t);
            nb += w * w;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private void Merge(int story, Dictionary<string, int> terms)
    {
        var state = _stories[story];
        foreach (var (t, c) in terms)
            state.Terms[t] = state.Terms.GetValueOrDefault(t) + c;
        if (state.Terms.Count > CentroidTerms * 2)
            Prune(state);
        foreach (var t in state.Terms.Keys)
        {
            if (!_postings.TryGetValue(t, out var set))
                _postings[t] = set = [];
            set.Add(story);
        }
    }

    /// <summary>Keeps the centroid bounded so a long-running story does not grow without limit.</summary>
    private void Prune(StoryState state)
    {
        var keep = state.Terms.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(CentroidTerms).ToList();
        state.Terms.Clear();
        foreach (var (t, c) in keep)
            state.Terms[t] = c;
    }

    private sealed class StoryState(string id)
    {
        public string Id { get; } = id;
        public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);
    }
}
