using System.Buffers;
using System.Runtime.CompilerServices;
using Parallax.Annotations;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>
/// The recognizer's first pass: emission weights, their per-word cache, and the transition matrix. Its scores and labels
/// feed the stacked second pass (<see cref="StackedPass"/>).
/// </summary>
public sealed class NerPass
{
    private readonly WeightTable _table;
    private readonly WordBlocks _blocks;
    private readonly ContextRows _rows;
    private readonly float[] _trans;
    private readonly Viterbi.Transitions _viterbi;

    public NerPass(QuantizedTable weights, IEnumerable<string> vocabulary, IEnumerable<string> outside)
    {
        Weights = weights;
        _table = weights.ToWeightTable();
        var settled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in outside)
            settled[word] = NerLabels.O;
        _blocks = new WordBlocks(_table, vocabulary, NerFeatures.Window, settled, NerFeatures.Split);
        _rows = new ContextRows(_table);
        _trans = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (var p = -1; p < NerLabels.Count; p++)
            _table.Add(FeatureHash.Of(NerFeatures.Transition, p + 1), _trans.AsSpan((p + 1) * NerLabels.Count, NerLabels.Count));
        Viterbi.Constrain(_trans, NerLabels.Count);
        _viterbi = new Viterbi.Transitions(_trans);
    }

    public QuantizedTable Weights { get; }
    public long CacheBytes => _blocks.Bytes;

    /// <summary>Transitions [(prev + 1) * C + cur] with the BILOU constraints.</summary>
    public ReadOnlySpan<float> Transitions => _trans;

    /// <summary>Empties this thread's cache of scored words outside the training vocabulary.</summary>
    public void ForgetUnknownWords() => _blocks.ForgetUnknown();

    /// <summary>
    /// Labels every sentence of the document into labels (one BILOU index per token). Plain words that are never part
    /// of a name are labelled O without scores, unless a gazetteer entry covers them; the runs of other tokens between
    /// them are decoded apart (<see cref="Viterbi.DecodeRuns"/>).
    /// </summary>
    /// <param name="emissions">Empty, or C per document token: receives the scores of every scored token.</param>
    /// <param name="fixedLabels">Empty, or one per document token: the label of each token labelled unscored, else -1.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(NerContext context, Span<int> labels, Span<float> emissions = default, Span<int> fixedLabels = default)
    {
        var doc = context.Doc;
        const int c = NerLabels.Count;
        var longest = 1;
        foreach (var s in doc.Sentences)
            longest = Math.Max(longest, s.TokenCount);
        var scores = ArrayPool<float>.Shared.Rent(longest * c);
        var where = ArrayPool<int>.Shared.Rent(Math.Max(1, doc.Tokens.Length));
        var settled = ArrayPool<int>.Shared.Rent(longest);
        var delta = ArrayPool<float>.Shared.Rent(longest * c);
        var back = ArrayPool<int>.Shared.Rent(longest * c);
        var pending = ArrayPool<uint>.Shared.Rent(longest);
        var at = ArrayPool<int>.Shared.Rent(longest);
        try
        {
            // The whole document's words are looked up in one call, so the lookups' cache misses overlap across
            // sentences and its new words' weight rows are fetched in fuller batches.
            _blocks.Locate(doc.Text, doc.Tokens, where);
            foreach (var s in doc.Sentences)
            {
                var n = s.TokenCount;
                if (n == 0)
                    continue;
                var first = s.FirstToken;
                Score(context, s, where.AsSpan(first, n), settled.AsSpan(0, n), scores, settle: true, pending, at);
                if (!emissions.IsEmpty)
                    scores.AsSpan(0, n * c).CopyTo(emissions[(first * c)..]);
                if (!fixedLabels.IsEmpty)
                    settled.AsSpan(0, n).CopyTo(fixedLabels[first..]);
                Viterbi.DecodeRuns(scores, _viterbi, settled.AsSpan(0, n), labels.Slice(first, n), delta, back);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(at);
            ArrayPool<uint>.Shared.Return(pending);
            ArrayPool<int>.Shared.Return(back);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(settled);
            ArrayPool<int>.Shared.Return(where);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>Scores of every token of the document, none settled (C per token), as training sees them.</summary>
    public void Emissions(NerContext context, Span<float> emissions)
    {
        const int c = NerLabels.Count;
        var where = new int[context.Doc.Tokens.Length];
        _blocks.Locate(context.Doc.Text, context.Doc.Tokens, where);
        foreach (var s in context.Doc.Sentences)
        {
            var scores = new float[s.TokenCount * c];
            Score(context, s, where.AsSpan(s.FirstToken, s.TokenCount), new int[s.TokenCount], scores, settle: false, new uint[s.TokenCount],
                new int[s.TokenCount]);
            scores.CopyTo(emissions[(s.FirstToken * c)..]);
        }
    }

    /// <summary>
    /// Scores the sentence's tokens, located in where, into scores (C each). With settle, a plain word outside any
    /// gazetteer entry gets its fixed label in settled and no scores; otherwise settled is all -1 and every token is scored. pending and at
    /// are scratch of one element per token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Score(NerContext context, Sentence sentence, ReadOnlySpan<int> where, Span<int> settled, float[] scores, bool settle, uint[] pending, int[] at)
    {
        const int c = NerLabels.Count;
        var first = sentence.FirstToken;
        var n = sentence.TokenCount;
        for (var i = 0; i < n; i++)
            settled[i] = settle && context.Gazetteer[first + i] == 0 ? _blocks.FixedClass(where[i]) : -1;
        _blocks.Sum(where, n, scores, settled);
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (settled[i] >= 0 || !_rows.Add(context, first + i, scores.AsSpan(i * c, c), out pending[count]))
                continue;
            at[count++] = i * c;
        }

        // The rows each token left to be added last, fetched together so their cache misses overlap.
        _table.AddAll(pending.AsSpan(0, count), at.AsSpan(0, count), scores);
    }
}
