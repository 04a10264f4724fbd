using System.Runtime.CompilerServices;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>
/// The weight rows of the recognizer's context features that take few values (POS tags, gazetteer codes, sentence and
/// document flags), copied into small dense arrays at load time. Scoring a token then adds rows found by
/// index instead of hashing each feature and chasing it through the large table. Per class, rows are added in the
/// order <see cref="NerFeatures.Context"/> lists the features, so scores equal those of the hashed path bit for bit.
/// </summary>
public sealed class ContextRows
{
    /// <summary>POS classes with a dense row; a tagger with more classes takes the hashed path for the rest.</summary>
    public const int MaxPos = 128;
    private const int C = NerLabels.Count;
    private const int GazBits = 32;

    private readonly WeightTable _table;
    private readonly float[] _pos = new float[3 * (MaxPos + 1) * C];
    private readonly float[] _gaz = new float[3 * GazBits * C];
    private readonly float[] _single = new float[4 * C];

    public ContextRows(WeightTable table)
    {
        _table = table;
        for (var o = -1; o <= 1; o++)
        {
            for (var p = -1; p < MaxPos; p++)
                table.Add(FeatureHash.Of(NerFeatures.Pos, o, p), Row(_pos, ((o + 1) * (MaxPos + 1)) + p + 1));
            for (var bit = 0; bit < GazBits; bit++)
                table.Add(FeatureHash.Of(NerFeatures.Gaz, o, bit), Row(_gaz, ((o + 1) * GazBits) + bit));
        }

        table.Add(FeatureHash.Of(NerFeatures.First), Row(_single, 0));
        table.Add(FeatureHash.Of(NerFeatures.Caps), Row(_single, 1));
        table.Add(FeatureHash.Of(NerFeatures.DocLower, 0), Row(_single, 2));
        table.Add(FeatureHash.Of(NerFeatures.DocLower, 1), Row(_single, 3));
    }

    /// <summary>
    /// Adds the context features of token t (see <see cref="NerFeatures.Context"/>) into scores. When the row of its
    /// POS pair would be the last one added, it is left to the caller instead: pending receives the feature and the
    /// result is true, so the caller can fetch the rows of many tokens together and add each last.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(NerContext c, int t, Span<float> scores, out uint pending)
    {
        var s = c.SentenceOf[t];
        var first = c.Doc.Sentences[s].FirstToken;
        var end = first + c.Doc.Sentences[s].TokenCount;
        var n = 0;
        for (var o = -1; o <= 1; o++)
        {
            var p = t + o;
            var inside = p >= first && p < end;
            var pos = inside ? c.Pos[p] : -1;
            if (pos < MaxPos)
                WeightTable.AddInto(scores, Row(_pos, ((o + 1) * (MaxPos + 1)) + pos + 1));
            else
                _table.Add(FeatureHash.Of(NerFeatures.Pos, o, pos), scores);
            n++;
            if (!inside)
                continue;
            var codes = c.Gazetteer[p];
            while (codes != 0 && n < NerFeatures.GazetteerLimit)
            {
                var bit = System.Numerics.BitOperations.TrailingZeroCount(codes);
                codes &= codes - 1;
                WeightTable.AddInto(scores, Row(_gaz, ((o + 1) * GazBits) + bit));
                n++;
            }
        }

        pending = FeatureHash.Of(NerFeatures.PosPair, c.Pos[t], t + 1 < end ? c.Pos[t + 1] : -1);
        var caps = c.CapsSentence[s];
        if (t != first && !caps && !c.LowerElsewhere[t])
            return true;
        _table.Add(pending, scores);
        if (t == first)
        {
            WeightTable.AddInto(scores, Row(_single, 0));
            _table.Add(FeatureHash.OfNormalized(NerFeatures.FirstWord, 0, c.Doc.Word(t)), scores);
        }

        if (caps)
        {
            WeightTable.AddInto(scores, Row(_single, 1));
            _table.Add(FeatureHash.OfNormalized(NerFeatures.CapsWord, 0, c.Doc.Word(t)), scores);
        }

        if (c.LowerElsewhere[t])
            WeightTable.AddInto(scores, Row(_single, t == first ? 3 : 2));
        return false;
    }

    private static Span<float> Row(float[] rows, int index) => rows.AsSpan(index * C, C);
}
