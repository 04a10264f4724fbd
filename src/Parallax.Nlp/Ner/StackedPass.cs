using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>
/// The recognizer's second pass, stacked on the first: it starts from the first pass's scores and transitions and
/// learns only what the rest of the document adds: the labels the first pass gave around each token, and the type it
/// gave most often to the same word elsewhere. A second pass with its own copy of every word feature cost as much as the
/// first and doubled the tables that must stay in cache; this one adds 17 short rows per token, 11 of them from small
/// dense arrays.
/// </summary>
public sealed class StackedPass
{
    public const int FeatureCount = 17;
    private const int C = NerLabels.Count;
    private const int Transition = 5;

    /// <summary>The template of each feature; feature k of a token is FeatureHash.Of(Templates[k], a, b).</summary>
    private static readonly int[] Templates = [1, 2, 3, 3, 3, 4, 6, 8, 9, 10, 11, 7, 12, 13, 14, 15, 16];

    /// <summary>Features 0 to Dense - 1 take small arguments and have dense rows; the rest are looked up by hash.</summary>
    private const int Dense = 11;

    private readonly WeightTable _table;
    private readonly Viterbi.Transitions _trans;
    private readonly DenseRows[] _dense;

    /// <param name="baseTransitions">The first pass's transitions, BILOU constraints included.</param>
    public StackedPass(QuantizedTable weights, ReadOnlySpan<float> baseTransitions)
    {
        if (weights.Classes != C)
            throw new InvalidDataException("second-pass weights do not match the label set");
        Weights = weights;
        _table = weights.ToWeightTable();
        // Features of small arguments get their rows copied into arrays indexed by those arguments; the word features
        // and the label trigram (too many rows) are looked up by hash.
        const int pos = ContextRows.MaxPos;
        _dense =
        [
            Rows(0, 0, 0, 0, 0), Rows(1, 0, 15, 0, 0), Rows(2, -1, -1, -1, C - 1), Rows(3, 0, 0, -1, C - 1), Rows(4, 1, 1, -1, C - 1),
            Rows(5, -1, C - 1, 0, 15), Rows(6, 0, 9, 0, 15), Rows(7, 0, 15, 0, 15), Rows(8, 0, 9, -1, C - 1),
            Rows(9, -1, pos - 1, 0, 15), Rows(10, -1, pos - 1, -1, C - 1),
        ];
        var trans = baseTransitions.ToArray();
        for (var p = -1; p < C; p++)
            _table.Add(TransitionFeature(p), trans.AsSpan((p + 1) * C, C));
        Viterbi.Constrain(trans, C);
        _trans = new Viterbi.Transitions(trans);
    }

    public QuantizedTable Weights { get; }

    public static uint TransitionFeature(int previous) => FeatureHash.Of(Transition, previous + 1);

    /// <summary>The features of token t, in the order their rows are added to the first pass's scores.</summary>
    public static void Features(NerContext c, int t, Span<uint> f)
    {
        Span<int> args = stackalloc int[2 * FeatureCount];
        Arguments(c, t, args);
        for (var k = 0; k < FeatureCount; k++)
            f[k] = FeatureHash.Of(Templates[k], args[2 * k], args[(2 * k) + 1]);
    }

    /// <summary>
    /// The two arguments of each feature of token t: the first pass's labels around it and the document majority for
    /// its word, crossed with each other, with the word's shape and POS, and with the words themselves (as hashes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Arguments(NerContext c, int t, Span<int> a)
    {
        var s = c.SentenceOf[t];
        var first = c.Doc.Sentences[s].FirstToken;
        var end = first + c.Doc.Sentences[s].TokenCount;
        var majority = c.Majority[t];
        var label = c.FirstPass[t];
        var before = t > first ? c.FirstPass[t - 1] : -1;
        var after = t + 1 < end ? c.FirstPass[t + 1] : -1;
        var word = c.Doc.Word(t);
        var shape = (ShapeOf(word) * 2) + (t == first ? 1 : 0);
        var pos = c.Pos[t];
        // Word features only where the document can change the answer: near a first-pass name or on a word the
        // document has seen elsewhere. Elsewhere they take one shared value, whose rows stay in cache.
        var lexical = majority != 0 || label != NerLabels.O || before > NerLabels.O || after > NerLabels.O;
        var key = lexical ? Fold(c.WordKeys[t]) : 0;
        (a[0], a[1]) = (0, 0);
        (a[2], a[3]) = (majority, 0);
        (a[4], a[5]) = (-1, before);
        (a[6], a[7]) = (0, label);
        (a[8], a[9]) = (1, after);
        (a[10], a[11]) = (label, majority);
        (a[12], a[13]) = (shape, majority);
        (a[14], a[15]) = (t > first ? c.Majority[t - 1] : 15, t + 1 < end ? c.Majority[t + 1] : 15);
        (a[16], a[17]) = (shape, label);
        (a[18], a[19]) = (pos, majority);
        (a[20], a[21]) = (pos, label);
        (a[22], a[23]) = (((before + 1) * (C + 1)) + label + 1, after);
        (a[24], a[25]) = (majority, key);
        (a[26], a[27]) = (label, key);
        (a[28], a[29]) = (majority, lexical ? (int)FeatureHash.OfNormalized(0, 0, word.Length > 3 ? word[^3..] : word) : 0);
        (a[30], a[31]) = (majority, !lexical ? 0 : t > first ? Fold(c.WordKeys[t - 1]) : 1);
        (a[32], a[33]) = (majority, !lexical ? 0 : t + 1 < end ? Fold(c.WordKeys[t + 1]) : 2);
    }

    /// <summary>
    /// A token that pass one labelled O, between O neighbours, on a word the document gives no type elsewhere: the rest
    /// of the document has nothing to add for it, so it keeps pass one's O without scoring, which also cuts the runs
    /// Viterbi decodes (on eng.testa six entities fewer, F1 unchanged at 0.9173). Training still decodes such tokens.
    /// </summary>
    public static bool IsQuiet(NerContext c, int t, int first, int end) =>
        c.FirstPass[t] == NerLabels.O && c.Majority[t] == 0 && (t == first || c.FirstPass[t - 1] == NerLabels.O)
        && (t + 1 == end || c.FirstPass[t + 1] == NerLabels.O);

    private static int Fold(ulong key) => (int)(key ^ (key >> 32));

    /// <summary>0 lower case, 1 capitalised, 2 all capitals, 3 starts with a digit, 4 anything else.</summary>
    private static int ShapeOf(ReadOnlySpan<char> w)
    {
        if (w.IsEmpty)
            return 4;
        if (Text.CharClass.IsLower(w[0]))
            return 0;
        if (Text.CharClass.IsUpper(w[0]))
            return w.Length > 1 && WordShape.IsAllCaps(w) ? 2 : 1;
        return Text.CharClass.IsDigit(w[0]) ? 3 : 4;
    }

    /// <summary>
    /// Labels every sentence again. emissions holds the first pass's scores (C per token) and fixedLabels the labels it
    /// settled without scores (-1 elsewhere), to which this pass adds its quiet tokens; context must carry the first
    /// pass's labels.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(NerContext context, ReadOnlySpan<float> emissions, Span<int> fixedLabels, Span<int> labels)
    {
        var doc = context.Doc;
        var longest = 1;
        foreach (var s in doc.Sentences)
            longest = Math.Max(longest, s.TokenCount);
        var scores = ArrayPool<float>.Shared.Rent(longest * C);
        var delta = ArrayPool<float>.Shared.Rent(longest * C);
        var back = ArrayPool<int>.Shared.Rent(longest * C);
        var features = ArrayPool<uint>.Shared.Rent(longest * FeatureCount);
        var at = ArrayPool<int>.Shared.Rent(longest * FeatureCount);
        Span<int> args = stackalloc int[2 * FeatureCount];
        try
        {
            foreach (var s in doc.Sentences)
            {
                var n = s.TokenCount;
                var first = s.FirstToken;
                var count = 0;
                for (var i = 0; i < n; i++)
                {
                    var t = first + i;
                    if (fixedLabels[t] >= 0)
                        continue;
                    if (IsQuiet(context, t, first, first + n))
                    {
                        fixedLabels[t] = NerLabels.O;
                        continue;
                    }

                    Arguments(context, t, args);
                    // A feature whose arguments fall outside its dense rows, and every feature after it, is looked up by hash.
                    for (var k = AddDense(args, emissions.Slice(t * C, C), scores.AsSpan(i * C, C)); k < FeatureCount; k++)
                    {
                        features[count] = FeatureHash.Of(Templates[k], args[2 * k], args[(2 * k) + 1]);
                        at[count++] = i * C;
                    }
                }

                // The hashed rows of the whole sentence are added together, so their cache misses overlap.
                _table.AddAll(features.AsSpan(0, count), at.AsSpan(0, count), scores);
                if (n > 0)
                    Viterbi.DecodeRuns(scores, _trans, fixedLabels.Slice(first, n), labels.Slice(first, n), delta, back);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(at);
            ArrayPool<uint>.Shared.Return(features);
            ArrayPool<int>.Shared.Return(back);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// row = the first pass's scores plus the dense rows, summed in registers: classes 0-15 in one vector and 1-16 in
    /// another, each class receiving the same additions in the same order in both, so the overlap stores equal sums.
    /// Returns how many of the dense features it added.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int AddDense(ReadOnlySpan<int> args, ReadOnlySpan<float> emissions, Span<float> row)
    {
        ref var e = ref MemoryMarshal.GetReference(emissions);
        var low = Vector512.LoadUnsafe(ref e);
        var high = Vector512.LoadUnsafe(ref e, 1);
        var k = 0;
        for (; k < Dense; k++)
        {
            if (!_dense[k].TryRow(args[2 * k], args[(2 * k) + 1], out var rows, out var at))
                break;
            ref var r = ref rows[at];
            low += Vector512.LoadUnsafe(ref r);
            high += Vector512.LoadUnsafe(ref r, 1);
        }

        ref var target = ref MemoryMarshal.GetReference(row);
        low.StoreUnsafe(ref target);
        high.StoreUnsafe(ref target, 1);
        return k;
    }

    private DenseRows Rows(int k, int aMin, int aMax, int bMin, int bMax) => new(_table, Templates[k], aMin, aMax, bMin, bMax);

    /// <summary>The rows of FeatureHash.Of(template, a, b) for every a and b in their ranges, as the table holds them.</summary>
    private sealed class DenseRows
    {
        private readonly int _aMin, _aMax, _bMin, _bMax;
        private readonly float[] _rows;

        public DenseRows(WeightTable table, int template, int aMin, int aMax, int bMin, int bMax)
        {
            (_aMin, _aMax, _bMin, _bMax) = (aMin, aMax, bMin, bMax);
            _rows = new float[(aMax - aMin + 1) * (bMax - bMin + 1) * C];
            for (var a = aMin; a <= aMax; a++)
            {
                for (var b = bMin; b <= bMax; b++)
                    table.Add(FeatureHash.Of(template, a, b), _rows.AsSpan(Index(a, b), C));
            }
        }

        private int Index(int a, int b) => (((a - _aMin) * (_bMax - _bMin + 1)) + b - _bMin) * C;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryRow(int a, int b, out float[] rows, out int at)
        {
            rows = _rows;
            at = a >= _aMin && a <= _aMax && b >= _bMin && b <= _bMax ? Index(a, b) : -1;
            return at >= 0;
        }
    }
}
