using System.Security.Cryptography;
using System.Text;
using Parallax.Model;
using Parallax.Stages;
using Parallax.Stories.Clustering;
using Parallax.Stories.Dedupe;

namespace Parallax.Stories;

/// <summary>
/// Assigns documents to stories one at a time, in arrival order, through a <see cref="StoryClusterer"/>.
/// The id returned for an article is its story's id at that moment; later merges and splits are visible through
/// <see cref="StoryIdOf"/> and <see cref="Changes"/>.
/// </summary>
public sealed class StoryAssigner : IStoryAssigner
{
    private readonly StoryClusterer _clusterer;
    private readonly List<string> _ids = [];
    private readonly Dictionary<int, CopyMatch> _copies = [];

    public StoryAssigner(ClusterOptions? options = null) => _clusterer = new StoryClusterer(options);

    public int Count => _ids.Count;

    /// <summary>How many stories hold at least one article now.</summary>
    public int StoryCount
    {
        get
        {
            var stories = new HashSet<int>();
            for (var i = 0; i < _ids.Count; i++)
                stories.Add(_clusterer.StoryOf(i));
            return stories.Count;
        }
    }

    public IReadOnlyList<string> ArticleIds => _ids;

    public IReadOnlyList<ClusterChange> Changes => _clusterer.Changes;

    public StoryClusterer Clusterer => _clusterer;

    public string Assign(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Assign(ItemOf(document), cancellationToken);
    }

    public string Assign(ClusterItem item, CancellationToken cancellationToken) => Assign(FeatureExtractor.Extract(item), cancellationToken);

    public string Assign(DocFeatures features, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(features);
        cancellationToken.ThrowIfCancellationRequested();
        _ids.Add(features.Id);
        var a = _clusterer.Add(features);
        if (a.Copy.Kind != CopyKind.None)
            _copies[a.Ordinal] = a.Copy;
        return StoryIdOf(a.Ordinal);
    }

    /// <summary>The id of the story the article belongs to now: a hash of the story's first article id.</summary>
    public string StoryIdOf(int ordinal) => StoryId(_ids[_clusterer.FirstOrdinalOf(_clusterer.StoryOf(ordinal))]);

    public string StoryIdOfNumber(int story) => StoryId(_ids[_clusterer.FirstOrdinalOf(story)]);

    /// <summary>The copy the article was found to be, if any; Of is an ordinal (see <see cref="ArticleIds"/>).</summary>
    public CopyMatch? CopyOf(int ordinal) => _copies.TryGetValue(ordinal, out var c) ? c : null;

    public static string StoryId(string firstArticleId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("story:" + firstArticleId), hash);
        return "s" + Convert.ToHexStringLower(hash[..6]);
    }

    /// <summary>What clustering reads from a document: canonical entities when resolved, else mention texts; event keys when coded.</summary>
    public static ClusterItem ItemOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var a = document.Article;
        return new ClusterItem(a.Id, a.Metadata.Title, a.Text, a.Metadata.Published, a.Source.Outlet, Entities(document), Events(document));
    }

    private static List<string>? Entities(Document d)
    {
        if (d.Mentions.Length == 0)
            return null;
        var keys = new List<string>(d.Mentions.Length);
        for (var i = 0; i < d.Mentions.Length; i++)
        {
            var canonical = i < d.MentionEntities.Length ? d.MentionEntities[i] : null;
            var m = d.Mentions[i];
            if (canonical is not null)
                keys.Add(canonical);
            else if (m.Start >= 0 && m.End <= d.Text.Length)
                keys.Add("m:" + d.Text.Substring(m.Start, m.Length).ToLowerInvariant());
        }

        return keys;
    }

    private static List<string>? Events(Document d)
    {
        if (d.Events.Length == 0)
            return null;
        var keys = new List<string>(d.Events.Length);
        foreach (var e in d.Events)
        {
            var root = e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo;
            keys.Add($"{e.Source.Entity ?? e.Source.Code}|{root}|{e.Target.Entity ?? e.Target.Code}");
        }

        return keys;
    }
}
