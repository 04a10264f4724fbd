namespace Parallax.Stories.Clustering;

// Story lifecycle: opening, absorbing articles, merging, splitting, retiring; and the inverted index that follows it.
public sealed partial class StoryClusterer
{
    private const int MaxStoryEvents = 64;
    private const int SplitCheckEvery = 8;
    private const int MinSplitGroup = 3;
    private const int KMeansRounds = 4;

    private int Open(int ordinal, long time)
    {
        var number = _parent.Count;
        _parent.Add(number);
        _storyFirst.Add(ordinal);
        _active[number] = new StoryState(number, time, _options.RecentMembers) { LastTouched = Math.Max(time, _now) };
        return number;
    }

    private void Absorb(StoryState story, SparseVector vector, SparseVector entities, ulong[] events)
    {
        SetCentroid(story, SparseVector.Add(story.Centroid, vector, 1, _options.CentroidTerms));
        if (!entities.IsEmpty)
            story.Entities = SparseVector.Add(story.Entities, entities, 1, _options.CentroidTerms);
        if (events.Length > 0)
            story.Events = Union(story.Events, events);
        Reindex(story);
    }

    /// <summary>Folds <paramref name="other"/> into <paramref name="survivor"/> (the older story) and records the merge.</summary>
    private int Merge(int survivor, int other, int ordinal)
    {
        var s = _active[survivor];
        var o = _active[other];
        SetCentroid(s, SparseVector.Add(s.Centroid, o.Centroid, 1, _options.CentroidTerms));
        s.Entities = SparseVector.Add(s.Entities, o.Entities, 1, _options.CentroidTerms);
        s.Events = Union(s.Events, o.Events);
        s.Members += o.Members;
        s.FirstTime = Math.Min(s.FirstTime, o.FirstTime);
        s.LastTime = Math.Max(s.LastTime, o.LastTime);
        s.LastDated = Math.Max(s.LastDated, o.LastDated);
        s.LastTouched = Math.Max(s.LastTouched, o.LastTouched);
        s.LastOrdinal = Math.Max(s.LastOrdinal, o.LastOrdinal);
        var recent = new List<Member>(s.Recent);
        recent.AddRange(o.Recent);
        recent.Sort((x, y) => x.Ordinal.CompareTo(y.Ordinal));
        s.Recent.Clear();
        foreach (var m in recent)
            s.Remember(m, _options.RecentMembers);
        Retire(o);
        _parent[other] = survivor;
        Reindex(s);
        _changes.Add(new ClusterChange("merge", survivor, other, ordinal, []));
        return survivor;
    }

    /// <summary>
    /// Two-means over the story's recent members, seeded with the oldest and the member least like it. When both
    /// halves are big enough and unlike each other, the half without the oldest member becomes a story of its own.
    /// </summary>
    private void MaybeSplit(StoryState story, int ordinal)
    {
        if (++story.SinceSplitCheck < SplitCheckEvery || story.Recent.Count < 2 * MinSplitGroup + 2)
            return;
        story.SinceSplitCheck = 0;
        var members = story.Recent;
        var seedB = 1;
        var least = double.MaxValue;
        for (var i = 1; i < members.Count; i++)
        {
            var c = SparseVector.Dot(members[0].Vector, members[i].Vector);
            if (c < least)
                (least, seedB) = (c, i);
        }

        var centroidA = members[0].Vector;
        var centroidB = members[seedB].Vector;
        var inB = new bool[members.Count];
        for (var round = 0; round < KMeansRounds; round++)
        {
            var sumA = SparseVector.EmptyVector;
            var sumB = SparseVector.EmptyVector;
            for (var i = 0; i < members.Count; i++)
            {
                inB[i] = i != 0 && SparseVector.Cosine(members[i].Vector, centroidB) > SparseVector.Cosine(members[i].Vector, centroidA);
                if (inB[i])
                    sumB = SparseVector.Add(sumB, members[i].Vector, 1, _options.CentroidTerms);
                else
                    sumA = SparseVector.Add(sumA, members[i].Vector, 1, _options.CentroidTerms);
            }

            (centroidA, centroidB) = (sumA, sumB);
        }

        var countB = 0;
        foreach (var b in inB)
            countB += b ? 1 : 0;
        if (countB < MinSplitGroup || members.Count - countB < MinSplitGroup || SparseVector.Cosine(centroidA, centroidB) >= _options.SplitThreshold)
            return;
        Split(story, members, inB, centroidB, ordinal);
    }

    private void Split(StoryState story, List<Member> members, bool[] inB, SparseVector centroidB, int ordinal)
    {
        var moved = new List<int>();
        var keep = new List<Member>();
        var move = new List<Member>();
        for (var i = 0; i < members.Count; i++)
        {
            if (inB[i])
            {
                moved.Add(members[i].Ordinal);
                move.Add(members[i]);
            }
            else
            {
                keep.Add(members[i]);
            }
        }

        var number = Open(moved[0], story.LastTime);
        var fresh = _active[number];
        fresh.LastDated = story.LastDated;
        fresh.LastTouched = _now;
        foreach (var o in moved)
            _docStory[o] = number;
        SetCentroid(fresh, centroidB);
        SetCentroid(story, SparseVector.Add(story.Centroid, centroidB, -1, _options.CentroidTerms));
        fresh.Members = moved.Count;
        story.Members -= moved.Count;
        fresh.LastOrdinal = moved[^1];
        story.Recent.Clear();
        story.Recent.AddRange(keep);
        fresh.Recent.AddRange(move);
        Reindex(story);
        Reindex(fresh);
        _changes.Add(new ClusterChange("split", story.Number, number, ordinal, moved));
    }

    /// <summary>Retires stories idle longer than the window in stream time, and the least recently updated beyond the cap.</summary>
    private void Expire()
    {
        var retire = new List<StoryState>();
        var cutoff = _now - _options.Window.Ticks;
        foreach (var s in _active.Values)
        {
            if (s.LastTouched < cutoff)
                retire.Add(s);
        }

        if (_active.Count - retire.Count > _options.MaxActiveStories)
        {
            var live = new List<StoryState>();
            foreach (var s in _active.Values)
            {
                if (s.LastTouched >= cutoff)
                    live.Add(s);
            }

            live.Sort((x, y) => x.LastOrdinal != y.LastOrdinal ? x.LastOrdinal.CompareTo(y.LastOrdinal) : x.Number.CompareTo(y.Number));
            retire.AddRange(live.GetRange(0, live.Count - _options.MaxActiveStories * 9 / 10));
        }

        retire.Sort((x, y) => x.Number.CompareTo(y.Number));
        foreach (var s in retire)
            Retire(s);
    }

    private void Retire(StoryState story)
    {
        foreach (var term in story.Indexed)
            Unpost(term, story.Number);
        story.Indexed = [];
        _active.Remove(story.Number);
    }

    private static void SetCentroid(StoryState story, SparseVector centroid)
    {
        story.Centroid = centroid;
        story.CentroidNorm = centroid.Norm();
    }

    /// <summary>Keeps the story listed under exactly its heaviest centroid terms.</summary>
    private void Reindex(StoryState story)
    {
        var now = story.Centroid.HeaviestKeys(_options.IndexedTerms);
        Array.Sort(now);
        var before = story.Indexed;
        int i = 0, j = 0;
        while (i < before.Length || j < now.Length)
        {
            if (j >= now.Length || (i < before.Length && before[i] < now[j]))
            {
                Unpost(before[i++], story.Number);
            }
            else if (i >= before.Length || now[j] < before[i])
            {
                if (!_postings.TryGetValue(now[j], out var list))
                    _postings[now[j]] = list = [];
                list.Add(story.Number);
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        story.Indexed = now;
    }

    private void Unpost(ulong term, int story)
    {
        if (!_postings.TryGetValue(term, out var list))
            return;
        var at = list.LastIndexOf(story);
        if (at >= 0)
            list.RemoveAt(at);
        if (list.Count == 0)
            _postings.Remove(term);
    }

    private static ulong[] Union(ulong[] a, ulong[] b)
    {
        var set = new SortedSet<ulong>(a);
        set.UnionWith(b);
        var result = new ulong[Math.Min(set.Count, MaxStoryEvents)];
        var n = 0;
        foreach (var k in set)
        {
            if (n == result.Length)
                break;
            result[n++] = k;
        }

        return result;
    }
}
