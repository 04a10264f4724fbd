namespace Parallax.Stories.Clustering;

/// <summary>An article kept in a story's short memory of recent members, for split checks.</summary>
internal readonly record struct Member(int Ordinal, SparseVector Vector);

/// <summary>The compact state of one live story: pruned centroids, a few recent members and its time span.</summary>
internal sealed class StoryState
{
    public StoryState(int number, long time, int recentCapacity)
    {
        Number = number;
        FirstTime = time;
        LastTime = time;
        LastTouched = time;
        Recent = new List<Member>(recentCapacity);
    }

    public int Number { get; }
    public SparseVector Centroid { get; set; } = SparseVector.EmptyVector;
    public double CentroidNorm { get; set; }
    public SparseVector Entities { get; set; } = SparseVector.EmptyVector;
    public ulong[] Events { get; set; } = [];
    public ulong[] Indexed { get; set; } = [];
    public long FirstTime { get; set; }
    public long LastTime { get; set; }

    /// <summary>The latest publication time among dated members; long.MinValue while every member is undated.</summary>
    public long LastDated { get; set; } = long.MinValue;

    /// <summary>The stream clock when the story last gained a member: retirement goes by this, so a backfilled story with old dates stays live while it grows.</summary>
    public long LastTouched { get; set; }
    public int LastOrdinal { get; set; }
    public int Members { get; set; }
    public int SinceSplitCheck { get; set; }
    public List<Member> Recent { get; }

    public void Remember(Member member, int capacity)
    {
        if (Recent.Count >= capacity)
            Recent.RemoveAt(0);
        Recent.Add(member);
    }
}

/// <summary>Where an article went: its ordinal in the stream, its story number then, and the copy it matched, if any.</summary>
public readonly record struct Assignment(int Ordinal, int Story, Dedupe.CopyMatch Copy, double Score);

/// <summary>A merge (Other folded into Story) or a split (Moved ordinals taken from Story into Other), at an ordinal.</summary>
public sealed record ClusterChange(string Kind, int Story, int Other, int AtOrdinal, IReadOnlyList<int> Moved);
