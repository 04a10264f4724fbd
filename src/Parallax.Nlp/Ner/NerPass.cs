using System.Buffers;
using System.Runtime.CompilerServices;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>One decoding pass of the recognizer: emission weights, their per-word cache, and the transition matrix.</summary>
public sealed class NerPass
{
    private readonly WeightTable _table;
    private readonly WordBlocks _blocks;
    private readonly ContextRows _rows;
    private readonly float[] _trans;

    public NerPass(QuantizedTable weights, IEnumerable<string> vocabulary, bool second, IEnumerable<string> outside)
    {
        Weights = weights;
        Second = second;
        _table = weights.ToWeightTable();
        var settled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in outside)
            settled[word] = NerLabels.O;
        _blocks = new WordBlocks(_table, vocabulary, NerFeatures.Window, settled);
        _rows = new ContextRows(_table);
        _trans = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (var p = -1; p < NerLabels.Count; p++)
            _table.Add(FeatureHash.Of(NerFeatures.Transition, p + 1), _trans.AsSpan((p + 1) * NerLabels.Count, NerLabels.Count));
        Viterbi.Constrain(_trans, NerLabels.Count);
    }

    public QuantizedTable Weights { get; }
    public bool Second { get; }
    public long CacheBytes => _blocks.Bytes;

    /// <summary>Empties this thread's cache of scored words outside the training vocabulary.</summary>
    public void ForgetUnknownWords() => _blocks.ForgetUnknown();

    /// <summary>
    /// Labels every sentence of the document into labels (one BILOU index per token). Plain words that are never part
    /// of a name are labelled O without scores, unless a gazetteer entry covers them; the runs of other tokens between
    /// them are decoded apart, which is exact, since an O token lets each side's best path be chosen alone.
    /// </summary>
    public void Run(NerContext context, Span<int> labels) => Run(context, labels, default, reuse: false);

    /// <param name="known">
    /// Empty, or one slot per document token shared by passes over the same vocabulary: a pass with reuse false writes
    /// each token's block offset there (-1 for words outside the vocabulary), and a pass with reuse true reads them
    /// instead of looking the words up again.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(NerContext context, Span<int> labels, Span<int> known, bool reuse)
    {
        var doc = context.Doc;
        const int c = NerLabels.Count;
        var longest = 1;
        foreach (var s in doc.Sentences)
            longest = Math.Max(longest, s.TokenCount);
        var scores = ArrayPool<float>.Shared.Rent(longest * c);
        var where = ArrayPool<int>.Shared.Rent(longest);
        var settled = ArrayPool<int>.Shared.Rent(longest);
        var delta = ArrayPool<float>.Shared.Rent(longest * c);
        var back = ArrayPool<int>.Shared.Rent(longest * c);
        try
        {
            foreach (var s in doc.Sentences)
            {
                var n = s.TokenCount;
                if (n == 0)
                    continue;
                var first = s.FirstToken;
                if (reuse)
                {
                    _blocks.Relocate(doc.Text, doc.Tokens.AsSpan(first, n), known.Slice(first, n), where);
                }
                else
                {
                    _blocks.Locate(doc.Text, doc.Tokens.AsSpan(first, n), where);
                    for (var i = 0; i < n && !known.IsEmpty; i++)
                        known[first + i] = Math.Max(where[i], -1);
                }

                for (var i = 0; i < n; i++)
                    settled[i] = context.Gazetteer[first + i] == 0 ? _blocks.FixedClass(where[i]) : -1;
                _blocks.Sum(where, n, scores, settled.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    if (settled[i] < 0)
                        _rows.Add(context, first + i, Second, scores.AsSpan(i * c, c));
                }

                Decode(scores, settled.AsSpan(0, n), labels.Slice(first, n), delta, back);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(back);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(settled);
            ArrayPool<int>.Shared.Return(where);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decode(float[] scores, ReadOnlySpan<int> settled, Span<int> labels, float[] delta, int[] back)
    {
        const int c = NerLabels.Count;
        var n = labels.Length;
        var t = 0;
        while (t < n)
        {
            if (settled[t] >= 0)
            {
                labels[t] = settled[t];
                t++;
                continue;
            }

            var end = t + 1;
            while (end < n && settled[end] < 0)
                end++;
            Viterbi.Decode(scores.AsSpan(t * c, (end - t) * c), _trans, c, labels[t..end], delta, back,
                before: t == 0 ? -1 : settled[t - 1], after: end == n ? -1 : settled[end]);
            t = end;
        }
    }
}
