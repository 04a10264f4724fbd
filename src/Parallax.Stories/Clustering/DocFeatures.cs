using Parallax.Stories.Dedupe;
using Parallax.Stories.Text;

namespace Parallax.Stories.Clustering;

/// <summary>
/// The per-article input to clustering, computed independently of every other article (so it can be computed on all
/// cores): content-term counts, entity and event keys, the MinHash signature and the time.
/// </summary>
public sealed class DocFeatures
{
    private DocFeatures(string id) => Id = id;

    public string Id { get; }

    /// <summary>Distinct content-word hashes, sorted, with counts (title words count <see cref="FeatureExtractor.TitleWeight"/> times).</summary>
    public ulong[] Terms { get; private init; } = [];

    public int[] Counts { get; private init; } = [];

    public ulong[] Entities { get; private init; } = [];

    public ulong[] Events { get; private init; } = [];

    public uint[] Signature { get; private init; } = [];

    public int Shingles { get; private init; }

    public ulong ExactHash { get; private init; }

    /// <summary>UTC ticks of publication, or null when the article has no date.</summary>
    public long? Time { get; private init; }

    internal static DocFeatures Create(string id, Dictionary<ulong, int> terms, ulong[] entities, ulong[] events, uint[] signature, int shingles, ulong exact, long? time)
    {
        var keys = new ulong[terms.Count];
        var counts = new int[terms.Count];
        var n = 0;
        foreach (var (k, c) in terms)
        {
            keys[n] = k;
            counts[n++] = c;
        }

        Array.Sort(keys, counts);
        return new DocFeatures(id)
        {
            Terms = keys,
            Counts = counts,
            Entities = entities,
            Events = events,
            Signature = signature,
            Shingles = shingles,
            ExactHash = exact,
            Time = time,
        };
    }
}

/// <summary>Computes <see cref="DocFeatures"/>; thread-safe (each thread reuses its own counting table).</summary>
public static class FeatureExtractor
{
    public const int TitleWeight = 3;

    /// <summary>Only the lead counts for topic terms: later paragraphs wander into background.</summary>
    public const int BodyWords = 400;

    [ThreadStatic]
    private static Dictionary<ulong, int>? _counts;

    public static DocFeatures Extract(ClusterItem item)
    {
        var counts = _counts ??= new Dictionary<ulong, int>(512);
        counts.Clear();
        if (item.Title is { } title)
            Count(title, TitleWeight, int.MaxValue, counts);
        Count(item.Text, 1, BodyWords, counts);
        var signature = new uint[MinHash.Size];
        var shingles = MinHash.Compute(item.Text, signature, out var exact);
        return DocFeatures.Create(
            item.Id,
            counts,
            Keys(item.Entities, 0x454E544954590000UL),
            Keys(item.Events, 0x4556454E54000000UL),
            signature,
            shingles,
            exact,
            item.Published?.UtcTicks);
    }

    private static void Count(ReadOnlySpan<char> text, int weight, int maxWords, Dictionary<ulong, int> counts)
    {
        var words = 0;
        foreach (var w in new WordEnumerator(text))
        {
            if (++words > maxWords)
                break;
            if (!w.IsContent)
                continue;
            counts[w.Hash] = counts.GetValueOrDefault(w.Hash) + weight;
        }
    }

    private static ulong[] Keys(IReadOnlyList<string>? values, ulong salt)
    {
        if (values is null || values.Count == 0)
            return [];
        var keys = new ulong[values.Count];
        for (var i = 0; i < values.Count; i++)
            keys[i] = MinHash.Mix(System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values[i].AsSpan())) ^ salt);
        Array.Sort(keys);
        var n = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
                keys[n++] = keys[i];
        }

        return keys[..n];
    }
}
