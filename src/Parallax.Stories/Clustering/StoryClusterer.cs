using Parallax.Stories.Dedupe;

namespace Parallax.Stories.Clustering;

/// <summary>
/// Streaming story clustering. Articles arrive one at a time, in time order; each is checked for being a copy of a
/// recent article (MinHash + LSH), then joins the most similar live story or starts a new one. Candidate stories come
/// from an inverted index over story centroid terms and from the LSH buckets, never from a scan of all stories.
/// Similarity combines TF-IDF content cosine, shared entities, shared events and time proximity. Two stories that
/// both match an article and resemble each other are merged; a story whose recent members fall into two dissimilar
/// halves is split; both changes are recorded. Stories idle for longer than the window in stream time are retired,
/// so memory depends on how many stories are live, not on how many articles came before. Deterministic for a given
/// input order: no parallelism, no unordered iteration that decides anything.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly ClusterOptions _options;
    private readonly TermStats _terms = new();
    private readonly NearDuplicateIndex _copies;
    private readonly Dictionary<int, StoryState> _active = [];
    private readonly Dictionary<ulong, List<int>> _postings = [];
    private readonly List<int> _docStory = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _storyFirst = [];
    private readonly Dictionary<int, int> _hits = [];
    private readonly List<int> _lshOrdinals = [];
    private readonly List<ClusterChange> _changes = [];
    private long _now = long.MinValue;

    public StoryClusterer(ClusterOptions? options = null)
    {
        _options = options ?? new ClusterOptions();
        _copies = new NearDuplicateIndex(_options.CopyWindow);
    }

    public int Count => _docStory.Count;

    public int ActiveStories => _active.Count;

    public int StoriesCreated => _parent.Count;

    public IReadOnlyList<ClusterChange> Changes => _changes;

    /// <summary>The story an article belongs to now, after later merges and splits.</summary>
    public int StoryOf(int ordinal) => Resolve(_docStory[ordinal]);

    /// <summary>The earliest article of a story (its id names the story).</summary>
    public int FirstOrdinalOf(int story) => _storyFirst[story];

    public Assignment Add(DocFeatures doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var ordinal = _docStory.Count;
        var time = doc.Time ?? (_now == long.MinValue ? 0 : _now);
        if (time > _now)
            _now = time;
        _terms.AddDocument(doc.Terms);
        var vector = Weigh(doc);
        var entities = Unit(doc.Entities);

        var copy = _copies.FindCopy(doc.Signature, doc.Shingles, doc.ExactHash);
        var story = -1;
        var score = 0.0;
        if (copy.Kind != CopyKind.None && _active.ContainsKey(Resolve(_docStory[copy.Of])))
            (story, score) = (Resolve(_docStory[copy.Of]), copy.Similarity);

        if (story < 0)
            (story, score) = Choose(doc, vector, entities, doc.Time, ordinal);
        if (story < 0)
            story = Open(ordinal, time);

        _docStory.Add(story);
        _copies.Add(ordinal, copy.Kind == CopyKind.None ? ordinal : copy.Of, doc.Signature, doc.Shingles, doc.ExactHash);
        var state = _active[story];
        state.Members++;
        state.LastOrdinal = ordinal;
        state.FirstTime = Math.Min(state.FirstTime, time);
        state.LastTime = Math.Max(state.LastTime, time);
        state.LastTouched = Math.Max(state.LastTouched, _now);
        if (doc.Time is { } dated)
            state.LastDated = Math.Max(state.LastDated, dated);

        // A copy adds nothing new to what the story is about, and counting it again would let one wire text dominate.
        if (copy.Kind == CopyKind.None)
        {
            Absorb(state, vector, entities, doc.Events);
            state.Remember(new Member(ordinal, vector), _options.RecentMembers);
            MaybeSplit(state, ordinal);
        }

        if ((ordinal + 1) % _options.ExpireEvery == 0)
            Expire();
        return new Assignment(ordinal, Resolve(story), copy, score);
    }

    private (int Story, double Score) Choose(DocFeatures doc, SparseVector vector, SparseVector entities, long? time, int ordinal)
    {
        if (vector.IsEmpty)
            return (-1, 0);
        CollectCandidates(doc, vector);
        int best = -1, second = -1;
        double bestScore = 0, secondScore = 0;
        foreach (var number in RankedCandidates())
        {
            var s = Score(_active[number], vector, entities, doc.Events, time);
            if (s > bestScore || (s == bestScore && best >= 0 && number < best))
            {
                (second, secondScore) = (best, bestScore);
                (best, bestScore) = (number, s);
            }
            else if (s > secondScore || (s == secondScore && second >= 0 && number < second))
            {
                (second, secondScore) = (number, s);
            }
        }

        if (best < 0 || bestScore < _options.JoinThreshold)
            return (-1, bestScore);
        if (second >= 0 && secondScore >= _options.JoinThreshold)
        {
            var a = _active[best];
            var b = _active[second];
            if (SparseVector.Dot(a.Centroid, b.Centroid) / (a.CentroidNorm * b.CentroidNorm) >= _options.MergeThreshold)
                best = Merge(Math.Min(best, second), Math.Max(best, second), ordinal);
        }

        return (best, bestScore);
    }

    /// <summary>Time decays the score only when both the article and the story carry a date: an undated article is not "now".</summary>
    private double Score(StoryState story, SparseVector vector, SparseVector entities, ulong[] events, long? time)
    {
        var content = story.CentroidNorm == 0 ? 0 : SparseVector.Dot(vector, story.Centroid) / story.CentroidNorm;
        var s = content;
        if (!entities.IsEmpty && !story.Entities.IsEmpty)
        {
            var shared = SparseVector.Dot(entities, story.Entities) / story.Entities.Norm();
            s = (1 - _options.EntityWeight) * content + _options.EntityWeight * shared;
        }

        if (events.Length > 0 && story.Events.Length > 0)
            s += _options.EventWeight * Overlap(events, story.Events);

        if (time is not { } t || story.LastDated == long.MinValue)
            return s;
        var gap = Math.Abs(t - story.LastDated);
        var full = _options.FullWeightGap.Ticks;
        return gap <= full ? s : s * Math.Exp(-(double)(gap - full) / _options.DecayScale.Ticks);
    }

    private void CollectCandidates(DocFeatures doc, SparseVector vector)
    {
        _hits.Clear();
        foreach (var term in vector.HeaviestKeys(_options.ProbeTerms))
        {
            if (!_postings.TryGetValue(term, out var list))
                continue;
            var stop = Math.Max(0, list.Count - _options.MaxPostingScan);
            for (var i = list.Count - 1; i >= stop; i--)
                _hits[list[i]] = _hits.GetValueOrDefault(list[i]) + 1;
        }

        foreach (var ordinal in _copies.CandidateOrdinals(doc.Signature, _lshOrdinals))
        {
            var story = Resolve(_docStory[ordinal]);
            if (_active.ContainsKey(story))
                _hits[story] = _hits.GetValueOrDefault(story) + 2;
        }
    }

    private List<int> RankedCandidates()
    {
        var ranked = new List<KeyValuePair<int, int>>(_hits);
        ranked.Sort((x, y) => x.Value != y.Value ? y.Value.CompareTo(x.Value) : x.Key.CompareTo(y.Key));
        var result = new List<int>(Math.Min(ranked.Count, _options.MaxCandidates));
        for (var i = 0; i < ranked.Count && i < _options.MaxCandidates; i++)
            result.Add(ranked[i].Key);
        return result;
    }

    /// <summary>The article's strongest terms by (1 + ln tf)·idf, as a unit vector.</summary>
    private SparseVector Weigh(DocFeatures doc)
    {
        var n = doc.Terms.Length;
        var keys = new ulong[n];
        var weights = new float[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = doc.Terms[i];
            weights[i] = (float)((1 + Math.Log(doc.Counts[i])) * _terms.Idf(doc.Terms[i]));
        }

        return Normalize(SparseVector.Top(keys, weights, n, _options.DocTerms));
    }

    private static SparseVector Unit(ulong[] keys)
    {
        if (keys.Length == 0)
            return SparseVector.EmptyVector;
        var weights = new float[keys.Length];
        Array.Fill(weights, (float)(1 / Math.Sqrt(keys.Length)));
        return new SparseVector(keys, weights);
    }

    private static SparseVector Normalize(SparseVector v)
    {
        var norm = v.Norm();
        if (norm == 0)
            return SparseVector.EmptyVector;
        for (var i = 0; i < v.Count; i++)
            v.Weights[i] = (float)(v.Weights[i] / norm);
        return v;
    }

    private static double Overlap(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Min(a.Length, b.Length);
    }

    private int Resolve(int story)
    {
        var root = story;
        while (_parent[root] != root)
            root = _parent[root];
        while (_parent[story] != root)
        {
            var next = _parent[story];
            _parent[story] = root;
            story = next;
        }

        return root;
    }
}
