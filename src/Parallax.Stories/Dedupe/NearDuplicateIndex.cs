namespace Parallax.Stories.Dedupe;

public enum CopyKind : byte
{
    None,

    /// <summary>The same words in the same order.</summary>
    Exact,

    /// <summary>A near-verbatim copy, possibly trimmed: a wire story republished by another outlet.</summary>
    Syndicated,

    /// <summary>A copy with light edits: reworded sentences, added or dropped paragraphs.</summary>
    Edited,
}

/// <summary>A match against an earlier article: its ordinal in the stream and how close the copy is.</summary>
public readonly record struct CopyMatch(int Of, CopyKind Kind, double Similarity, double Containment);

/// <summary>
/// The most recent articles' MinHash signatures in a fixed ring, with LSH banding (42 bands of 3 rows) over them.
/// Capacity bounds memory; copies normally appear within hours of their original, well inside the ring.
/// Bucket chains live in flat arrays (one next-pointer per slot and band) instead of a list per bucket.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int Bands = 42;
    public const int Rows = 3;

    public const double SyndicatedSimilarity = 0.8;
    public const double SyndicatedContainment = 0.85;
    public const double EditedSimilarity = 0.5;
    public const double EditedContainment = 0.65;

    /// <summary>Containment of tiny texts is noise (any three words may occur elsewhere), so it only counts above this size.</summary>
    private const int MinShinglesForContainment = 12;

    private const int MaxCandidates = 64;

    private readonly int _capacity;
    private readonly uint[] _signatures;
    private readonly int[] _ordinals;
    private readonly int[] _roots;
    private readonly int[] _shingles;
    private readonly ulong[] _exact;
    private readonly ulong[] _keys;
    private readonly int[] _next;
    private readonly int[] _stamps;
    private readonly Dictionary<ulong, int> _heads = [];
    private readonly List<int> _candidates = [];
    private int _cursor;
    private int _stamp;

    public NearDuplicateIndex(int capacity = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _signatures = new uint[capacity * MinHash.Size];
        _ordinals = new int[capacity];
        _roots = new int[capacity];
        _shingles = new int[capacity];
        _exact = new ulong[capacity];
        _keys = new ulong[capacity * Bands];
        _next = new int[capacity * Bands];
        _stamps = new int[capacity];
        Array.Fill(_ordinals, -1);
    }

    /// <summary>Finds the closest earlier copy of the article, or a match of kind None.</summary>
    public CopyMatch FindCopy(ReadOnlySpan<uint> signature, int shingles, ulong exactHash)
    {
        var best = new CopyMatch(-1, CopyKind.None, 0, 0);
        if (shingles == 0)
            return best;
        Candidates(signature);
        foreach (var slot in _candidates)
        {
            CopyMatch match;
            if (_exact[slot] == exactHash && _shingles[slot] == shingles)
            {
                match = new CopyMatch(_roots[slot], CopyKind.Exact, 1, 1);
            }
            else
            {
                var j = MinHash.Similarity(signature, _signatures.AsSpan(slot * MinHash.Size, MinHash.Size));
                var c = Math.Min(shingles, _shingles[slot]) >= MinShinglesForContainment ? MinHash.Containment(j, shingles, _shingles[slot]) : j;
                var kind = j >= SyndicatedSimilarity || c >= SyndicatedContainment ? CopyKind.Syndicated
                    : j >= EditedSimilarity || c >= EditedContainment ? CopyKind.Edited
                    : CopyKind.None;
                match = new CopyMatch(_roots[slot], kind, j, c);
            }

            if (match.Kind != CopyKind.None && IsBetter(match, best))
                best = match;
        }

        return best;
    }

    /// <summary>Ordinals of recent articles that share at least one LSH band with the signature, most recent first.</summary>
    public IReadOnlyList<int> CandidateOrdinals(ReadOnlySpan<uint> signature, List<int> into)
    {
        into.Clear();
        Candidates(signature);
        foreach (var slot in _candidates)
            into.Add(_ordinals[slot]);
        return into;
    }

    /// <summary>Adds an article; root is the ordinal of its copy family's original (itself when it is no copy).</summary>
    public void Add(int ordinal, int root, ReadOnlySpan<uint> signature, int shingles, ulong exactHash)
    {
        if (shingles == 0)
            return;
        var slot = _cursor;
        _cursor = (_cursor + 1) % _capacity;
        if (_ordinals[slot] >= 0)
            Evict(slot);
        _ordinals[slot] = ordinal;
        _roots[slot] = root;
        _shingles[slot] = shingles;
        _exact[slot] = exactHash;
        signature.CopyTo(_signatures.AsSpan(slot * MinHash.Size, MinHash.Size));
        for (var b = 0; b < Bands; b++)
        {
            var key = BandKey(signature, b);
            _keys[slot * Bands + b] = key;
            _next[slot * Bands + b] = _heads.TryGetValue(key, out var head) ? head : -1;
            _heads[key] = slot;
        }
    }

    private static bool IsBetter(CopyMatch a, CopyMatch b) =>
        b.Kind == CopyKind.None || (a.Kind == CopyKind.Exact && b.Kind != CopyKind.Exact)
        || (a.Kind != CopyKind.Exact && b.Kind != CopyKind.Exact && (a.Similarity > b.Similarity || (a.Similarity == b.Similarity && a.Of < b.Of)));

    private void Candidates(ReadOnlySpan<uint> signature)
    {
        _candidates.Clear();
        _stamp++;
        for (var b = 0; b < Bands && _candidates.Count < MaxCandidates; b++)
        {
            if (!_heads.TryGetValue(BandKey(signature, b), out var slot))
                continue;
            for (; slot >= 0 && _candidates.Count < MaxCandidates; slot = _next[slot * Bands + b])
            {
                if (_stamps[slot] == _stamp)
                    continue;
                _stamps[slot] = _stamp;
                _candidates.Add(slot);
            }
        }
    }

    private void Evict(int slot)
    {
        for (var b = 0; b < Bands; b++)
        {
            var key = _keys[slot * Bands + b];
            var next = _next[slot * Bands + b];
            var head = _heads[key];
            if (head == slot)
            {
                if (next < 0)
                    _heads.Remove(key);
                else
                    _heads[key] = next;
                continue;
            }

            var prev = head;
            while (_next[prev * Bands + b] != slot)
                prev = _next[prev * Bands + b];
            _next[prev * Bands + b] = next;
        }

        _ordinals[slot] = -1;
    }

    private static ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var i = band * Rows;
        var h = ((ulong)(uint)band << 40) ^ signature[i];
        h = MinHash.Mix(h ^ ((ulong)signature[i + 1] << 32));
        return MinHash.Mix(h ^ signature[i + 2]);
    }
}
