using System.Buffers;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>One decoding pass of the recognizer: emission weights, their per-word cache, and the transition matrix.</summary>
public sealed class NerPass
{
    private readonly WeightTable _table;
    private readonly WordBlocks _blocks;
    private readonly float[] _trans;

    public NerPass(QuantizedTable weights, IEnumerable<string> vocabulary, bool second)
    {
        Weights = weights;
        Second = second;
        _table = weights.ToWeightTable();
        _blocks = new WordBlocks(_table, vocabulary, NerFeatures.Word);
        _trans = new float[(NerLabels.Count + 1) * NerLabels.Count];
        for (var p = -1; p < NerLabels.Count; p++)
            _table.Add(FeatureHash.Of(NerFeatures.Transition, p + 1), _trans.AsSpan((p + 1) * NerLabels.Count, NerLabels.Count));
        Viterbi.Constrain(_trans, NerLabels.Count);
    }

    public QuantizedTable Weights { get; }
    public bool Second { get; }
    public long CacheBytes => _blocks.Bytes;

    /// <summary>Labels every sentence of the document into labels (one BILOU index per token).</summary>
    public void Run(NerContext context, Span<int> labels)
    {
        var doc = context.Doc;
        const int c = NerLabels.Count;
        var longest = 1;
        foreach (var s in doc.Sentences)
            longest = Math.Max(longest, s.TokenCount);
        var scores = ArrayPool<float>.Shared.Rent(longest * c);
        var where = ArrayPool<int>.Shared.Rent(longest);
        var delta = ArrayPool<float>.Shared.Rent(longest * c);
        var back = ArrayPool<int>.Shared.Rent(longest * c);
        // Context features of several tokens are added together so their weight rows are fetched in parallel.
        Span<uint> features = stackalloc uint[NerFeatures.MaxContext * 8];
        Span<int> at = stackalloc int[NerFeatures.MaxContext * 8];
        try
        {
            foreach (var s in doc.Sentences)
            {
                var n = s.TokenCount;
                if (n == 0)
                    continue;
                var tokens = doc.Tokens.AsSpan(s.FirstToken, n);
                _blocks.SentenceScores(doc.Text, tokens, scores, where);
                var count = 0;
                for (var i = 0; i < n; i++)
                {
                    if (count + NerFeatures.MaxContext > features.Length)
                    {
                        _table.AddAll(features[..count], at[..count], scores);
                        count = 0;
                    }

                    var added = NerFeatures.Context(context, s.FirstToken + i, Second, features[count..]);
                    at.Slice(count, added).Fill(i * c);
                    count += added;
                }

                _table.AddAll(features[..count], at[..count], scores);

                Viterbi.Decode(scores.AsSpan(0, n * c), _trans, c, labels.Slice(s.FirstToken, n), delta, back);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(back);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<int>.Shared.Return(where);
            ArrayPool<float>.Shared.Return(scores);
        }
    }
}
