using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parallax.Nlp.Model;

/// <summary>
/// Computes the hashed features a word contributes when seen at each offset -2..2 from the tagged token, in offset
/// order: ends[o + 2] is the number of features written up to and including offset o.
/// </summary>
public delegate void WindowFeaturizer(ReadOnlySpan<char> word, Span<uint> features, Span<int> ends);

/// <summary>
/// Per-word-type score blocks: every feature that depends on one word at one offset is summed once per word type,
/// so tagging a known word costs one dictionary lookup instead of dozens of scattered weight reads.
/// A block is [offset -2..2][class]; unknown words are summed on the fly into the caller's scratch.
/// </summary>
public sealed partial class WordBlocks
{
    public const int Window = 2;
    public const int Offsets = (2 * Window) + 1;
    public const int MaxFeaturesPerOffset = 64;
    public const string LeftPad = "\u0001<";
    public const string RightPad = "\u0001>";

    /// <summary>
    /// The most frequent training words get their block at load. Every other training word gets a slot whose block is
    /// filled on the word's first use and kept for the life of the model, so loading stays fast and a long batch pays
    /// for each training word once; words outside the training vocabulary go through the per-thread cache of recent
    /// unknown words.
    /// </summary>
    public const int MaxCachedWords = 8000;

    private readonly float[] _blocks;
    private readonly int[] _fixed;
    private readonly string[] _words;
    private readonly int _eager;
    private readonly int[] _ready;
    private readonly SpanIndex _lookup;
    private readonly WeightTable _table;
    private readonly WindowFeaturizer _featurizer;
    private readonly WindowSplit? _split;
    private readonly ThreadLocal<UnknownCache> _unknown;

    /// <param name="vocabulary">Training words, most frequent first.</param>
    /// <param name="fixedClasses">
    /// Words whose class is settled without scoring (a tag that training never contradicted); only the words summed at load
    /// can be settled, so the check costs nothing beyond the lookup every token needs anyway.
    /// </param>
    /// <param name="split">The featurizer's features in a shared and a specific part, or null to sum every feature per word.</param>
    public WordBlocks(WeightTable table, IEnumerable<string> vocabulary, WindowFeaturizer featurizer, IReadOnlyDictionary<string, int>? fixedClasses = null,
        WindowSplit? split = null)
    {
        _table = table;
        _featurizer = featurizer;
        _split = split;
        Classes = table.Classes;
        Width = Offsets * Classes;
        var width = Width;
        _unknown = new ThreadLocal<UnknownCache>(() => new UnknownCache(width));
        var words = vocabulary as IReadOnlyList<string> ?? [.. vocabulary];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words.Take(MaxCachedWords).Append(LeftPad).Append(RightPad))
            index.TryAdd(word, index.Count);
        _eager = index.Count;
        foreach (var word in words.Skip(MaxCachedWords))
            index.TryAdd(word, index.Count);
        _blocks = new float[index.Count * Width];
        _ready = new int[index.Count];
        _words = [.. index.OrderBy(p => p.Value).Select(p => p.Key)];
        for (var i = 0; i < _eager; i++)
            Compute(_words[i], _blocks.AsSpan(i * Width, Width));
        _lookup = new SpanIndex(_words);
        _fixed = new int[index.Count];
        Array.Fill(_fixed, -1);
        foreach (var (word, label) in fixedClasses ?? new Dictionary<string, int>())
        {
            // Only the eagerly summed words, as when the model was trained and selected: more settled words would change its decoding.
            if (index.TryGetValue(word, out var i) && i < _eager)
                _fixed[i] = label;
        }

        LeftPadBlock = _blocks.AsMemory(index[LeftPad] * Width, Width);
        RightPadBlock = _blocks.AsMemory(index[RightPad] * Width, Width);
        Count = index.Count;
    }

    public int Classes { get; }
    public int Width { get; }
    public int Count { get; }
    public ReadOnlyMemory<float> LeftPadBlock { get; }
    public ReadOnlyMemory<float> RightPadBlock { get; }

    /// <summary>Offset of the word's block (filled now if this is its first use), or -1 when the word is not in the vocabulary.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var i = _lookup.Find(word);
        return i < 0 ? -1 : FilledOffset(i);
    }

    /// <summary>Offset of training word i's block, filled now if this is its first use.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilledOffset(int i)
    {
        if (i >= _eager && Volatile.Read(ref _ready[i]) == 0)
            Fill(i);
        return i * Width;
    }

    /// <summary>
    /// Sums a training word's block in this thread's scratch, then copies it into the shared slot before marking it
    /// ready. Threads that fill the same slot at once each write the same finished values, so no reader sees a partial sum.
    /// </summary>
    private void Fill(int i)
    {
        var scratch = _unknown.Value!.Scratch;
        Compute(_words[i], scratch);
        scratch.CopyTo(_blocks.AsSpan(i * Width, Width));
        Volatile.Write(ref _ready[i], 1);
    }

    /// <summary>Empties this thread's cache of words outside the vocabulary.</summary>
    public void ForgetUnknown()
    {
        if (_unknown.IsValueCreated)
            _unknown.Value!.Clear();
    }

    public ReadOnlySpan<float> Cached(int offset) => _blocks.AsSpan(offset, Width);

    /// <summary>Fills block (length Width) for any word, cached or not.</summary>
    /// <remarks>
    /// With a split featurizer the block starts as a copy of the shared features' sum for the word's key (summed once
    /// per key and thread) instead of zeros, and only the word's other features are added to it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    public void Compute(ReadOnlySpan<char> word, Span<float> block)
    {
        Span<uint> features = stackalloc uint[Offsets * MaxFeaturesPerOffset];
        Span<int> at = stackalloc int[Offsets * MaxFeaturesPerOffset];
        Span<int> ends = stackalloc int[Offsets];
        Start(word, block, features, ends, _unknown.Value!);
        AddAt(features, ends, at, block);
    }

    /// <summary>
    /// Starts a word's block: cleared, or with a split featurizer a copy of the shared features' sum for the word's key;
    /// features and ends receive the features still to be added.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [SkipLocalsInit]
    private void Start(ReadOnlySpan<char> word, Span<float> block, Span<uint> features, Span<int> ends, UnknownCache cache)
    {
        if (_split is null)
        {
            block.Clear();
            _featurizer(word, features, ends);
            return;
        }

        Span<char> key = stackalloc char[WindowSplit.MaxKey];
        var length = _split.Key(word, key);
        cache.Shared.Find(key[..length], this).CopyTo(block);
        _split.Rest(word, features, ends);
    }

    /// <summary>
    /// Starts an unknown word's block at offset in the thread's arena: the shared part is copied in (or the block
    /// cleared) now, and the word's own features join the cache's pending adds, so the weight rows of a sentence's new
    /// words are fetched together (<see cref="UnknownCache.Flush"/>) instead of a few dozen at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    [SkipLocalsInit]
    private void Begin(ReadOnlySpan<char> word, int offset, UnknownCache cache)
    {
        Span<int> ends = stackalloc int[Offsets];
        Start(word, cache.Arena.AsSpan(offset, Width), cache.PendingFeatures, ends, cache);
        var count = 0;
        for (var o = 0; o < Offsets; o++)
        {
            cache.PendingAt(count, ends[o]).Fill(offset + (o * Classes));
            count = ends[o];
        }

        cache.Pend(count, _table);
    }

    /// <summary>Sums the shared features of a key into block.</summary>
    [SkipLocalsInit]
    internal void ComputeShared(ReadOnlySpan<char> key, Span<float> block)
    {
        block.Clear();
        Span<uint> features = stackalloc uint[Offsets * MaxFeaturesPerOffset];
        Span<int> at = stackalloc int[Offsets * MaxFeaturesPerOffset];
        Span<int> ends = stackalloc int[Offsets];
        _split!.Shared(key, features, ends);
        AddAt(features, ends, at, block);
    }

    /// <summary>Adds features [0, ends[^1]) into block, each at the offset whose end follows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddAt(ReadOnlySpan<uint> features, ReadOnlySpan<int> ends, Span<int> at, Span<float> block)
    {
        var count = 0;
        for (var o = 0; o < Offsets; o++)
        {
            at[count..ends[o]].Fill(o * Classes);
            count = ends[o];
        }

        _table.AddAll(features[..count], at[..count], block);
    }

    /// <summary>The whole array, for size accounting.</summary>
    public long Bytes => (long)_blocks.Length * sizeof(float);

    /// <summary>
    /// Where each token's block is: an offset into the cached blocks (>= 0) or, for words outside the vocabulary,
    /// -1 - offset into the per-thread cache of recent unknown words (names and numbers repeat within a text), computed
    /// once per type. where holds tokens.Length ints and stays valid until the next call on this thread.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Locate(ReadOnlySpan<char> text, ReadOnlySpan<Parallax.Annotations.Token> tokens, Span<int> where)
    {
        var unknown = _unknown.Value!;
        unknown.Reserve(tokens.Length);
        // Every first slot is asked for before any is read, so the lookups' cache misses overlap instead of queueing
        // one per token; where holds the hashes meanwhile.
        for (var t = 0; t < tokens.Length; t++)
        {
            var h = SpanIndex.Hash(text.Slice(tokens[t].Start, tokens[t].Length));
            where[t] = (int)h;
            _lookup.Prefetch(h);
        }

        // Words outside the vocabulary keep their hash in where until their own cache's slot, asked for here, is read.
        var waiting = unknown.Waiting(tokens.Length);
        var count = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var i = _lookup.Find(text.Slice(tokens[t].Start, tokens[t].Length), (uint)where[t]);
            if (i >= 0)
            {
                where[t] = FilledOffset(i);
                continue;
            }

            unknown.Prefetch((uint)where[t]);
            waiting[count++] = t;
        }

        foreach (var t in waiting[..count])
            where[t] = -1 - unknown.Get(text.Slice(tokens[t].Start, tokens[t].Length), (uint)where[t], this);
        unknown.Flush(_table);
    }

    /// <summary>The settled class of a located word, or -1 when it must be scored.</summary>
    public int FixedClass(int where) => where >= 0 ? _fixed[where / Width] : -1;

    /// <summary>
    /// Word-window scores of one sentence located by <see cref="Locate"/>: scores[t*C..] = sum over offsets of the
    /// block of the word at t+o, read at o. Tokens with settled[t] >= 0 are skipped.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Sum(ReadOnlySpan<int> where, int n, Span<float> scores, ReadOnlySpan<int> settled)
    {
        var c = Classes;
        var arena = _unknown.Value!.Arena;
        for (var t = 0; t < n; t++)
        {
            if (t + Ahead < n && settled[t + Ahead] < 0)
            {
                for (var o = -Window; o <= Window; o++)
                    CacheHint.Lines(Part(t + Ahead, o, n, where, arena));
            }

            if (settled[t] >= 0)
                continue;
            AddFive(Part(t, -2, n, where, arena), Part(t, -1, n, where, arena), Part(t, 0, n, where, arena), Part(t, 1, n, where, arena),
                Part(t, 2, n, where, arena), scores.Slice(t * c, c));
        }
    }

    /// <summary>
    /// How many tokens ahead the five block parts a sum will read are asked for. A part is read once, by one token, and
    /// the words' blocks lie anywhere in tens of megabytes, so no hardware prefetcher predicts them; out-of-order
    /// execution alone overlaps the misses of only the next token or two. Three tokens ahead gave 3.5% on the whole
    /// stage, six another 2%, ten no more.
    /// </summary>
    private const int Ahead = 6;

    /// <summary>The part of the block of the word at t+o that is read at offset o.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<float> Part(int t, int o, int n, ReadOnlySpan<int> where, float[] arena)
    {
        var p = t + o;
        var block = p < 0 ? LeftPadBlock.Span : p >= n ? RightPadBlock.Span : where[p] >= 0 ? _blocks.AsSpan(where[p], Width) : arena.AsSpan(-1 - where[p], Width);
        return block.Slice((o + Window) * Classes, Classes);
    }

    /// <summary>
    /// target = 0 + a + b + d + e + f, added in that order per class (the order of five separate additions into a
    /// cleared row, so sums are the same), but with each vector of target loaded from the blocks and stored once. A row
    /// whose length is not a multiple of the vector width ends with a vector overlapping the one before it, which
    /// writes the same sums again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddFive(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> d, ReadOnlySpan<float> e,
        ReadOnlySpan<float> f, Span<float> target)
    {
        var length = target.Length;
        if (a.Length < length || b.Length < length || d.Length < length || e.Length < length || f.Length < length)
            throw new ArgumentException("block parts are shorter than the score row");
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        ref var rd = ref MemoryMarshal.GetReference(d);
        ref var re = ref MemoryMarshal.GetReference(e);
        ref var rf = ref MemoryMarshal.GetReference(f);
        ref var rt = ref MemoryMarshal.GetReference(target);
        if (Vector512.IsHardwareAccelerated && length >= Vector512<float>.Count)
        {
            var last = (nuint)(length - Vector512<float>.Count);
            for (nuint i = 0; ; i += (nuint)Vector512<float>.Count)
            {
                var at = i < last ? i : last;
                var sum = Vector512<float>.Zero + Vector512.LoadUnsafe(ref ra, at);
                sum += Vector512.LoadUnsafe(ref rb, at);
                sum += Vector512.LoadUnsafe(ref rd, at);
                sum += Vector512.LoadUnsafe(ref re, at);
                sum += Vector512.LoadUnsafe(ref rf, at);
                sum.StoreUnsafe(ref rt, at);
                if (at == last)
                    return;
            }
        }

        if (Vector256.IsHardwareAccelerated && length >= Vector256<float>.Count)
        {
            var last = (nuint)(length - Vector256<float>.Count);
            for (nuint i = 0; ; i += (nuint)Vector256<float>.Count)
            {
                var at = i < last ? i : last;
                var sum = Vector256<float>.Zero + Vector256.LoadUnsafe(ref ra, at);
                sum += Vector256.LoadUnsafe(ref rb, at);
                sum += Vector256.LoadUnsafe(ref rd, at);
                sum += Vector256.LoadUnsafe(ref re, at);
                sum += Vector256.LoadUnsafe(ref rf, at);
                sum.StoreUnsafe(ref rt, at);
                if (at == last)
                    return;
            }
        }

        for (var i = 0; i < length; i++)
            target[i] = 0f + a[i] + b[i] + d[i] + e[i] + f[i];
    }
}
