namespace Parallax.Stories.Clustering;

/// <summary>Knobs of streaming story clustering. The defaults were tuned on the development streams (docs/stories.md).</summary>
public sealed record ClusterOptions
{
    /// <summary>The least combined similarity for an article to join a story rather than start one.</summary>
    public double JoinThreshold { get; init; } = 0.25;

    /// <summary>Two stories that both match an article are merged when their centroids are at least this similar.</summary>
    public double MergeThreshold { get; init; } = 0.45;

    /// <summary>A story splits when two halves of its recent members are less similar than this.</summary>
    public double SplitThreshold { get; init; } = 0.06;

    /// <summary>Weight of shared canonical entities against content terms, when both sides have entities.</summary>
    public double EntityWeight { get; init; } = 0.3;

    /// <summary>Bonus weight of shared coded events, when both sides have events.</summary>
    public double EventWeight { get; init; } = 0.1;

    public int DocTerms { get; init; } = 40;
    public int ProbeTerms { get; init; } = 8;
    public int CentroidTerms { get; init; } = 100;
    public int IndexedTerms { get; init; } = 25;
    public int MaxPostingScan { get; init; } = 64;
    public int MaxCandidates { get; init; } = 24;
    public int RecentMembers { get; init; } = 16;

    /// <summary>Articles this close in time to a story's latest article are compared at full weight; further apart, similarity decays.</summary>
    public TimeSpan FullWeightGap { get; init; } = TimeSpan.FromDays(2);

    public TimeSpan DecayScale { get; init; } = TimeSpan.FromDays(3);

    /// <summary>A story with no new article for this long in stream time is retired: its state is dropped.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(7);

    /// <summary>A hard bound on live stories, for streams without dates; the least recently updated are retired first.</summary>
    public int MaxActiveStories { get; init; } = 50_000;

    /// <summary>How often, in articles, idle stories are looked for.</summary>
    public int ExpireEvery { get; init; } = 1024;

    /// <summary>How many recent articles' MinHash signatures are kept for copy detection.</summary>
    public int CopyWindow { get; init; } = 1 << 16;
}
