using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parallax.Nlp.Ner;

/// <summary>First-order Viterbi decoding over BILOU labels; illegal transitions carry a large negative score.</summary>
public static class Viterbi
{
    public const float Forbidden = -1e9f;

    // Legal predecessors of each label, flattened: those of label k are Previous[PreviousStart[k]..PreviousStart[k + 1]].
    private static readonly int[] PreviousStart = new int[NerLabels.Count + 1];
    private static readonly int[] Previous = BuildPrevious();

    // Labels that may close a name (O, L-x, U-x), labels that may follow them (O, B-x, U-x), and the rest (I-x, L-x).
    private static readonly int[] Closed = [.. Enumerable.Range(0, NerLabels.Count).Where(p => NerLabels.Allowed(p, NerLabels.O))];
    private static readonly int[] Starts = [.. Enumerable.Range(0, NerLabels.Count).Where(k => NerLabels.Allowed(-1, k))];
    private static readonly int[] Inside = [.. Enumerable.Range(0, NerLabels.Count).Where(k => !NerLabels.Allowed(-1, k))];
    private const int Lanes = 16;

    private static int[] BuildPrevious()
    {
        var list = new List<int>();
        for (var k = 0; k < NerLabels.Count; k++)
        {
            PreviousStart[k] = list.Count;
            for (var p = 0; p < NerLabels.Count; p++)
            {
                if (NerLabels.Allowed(p, k))
                    list.Add(p);
            }
        }

        PreviousStart[NerLabels.Count] = list.Count;
        return [.. list];
    }

    /// <summary>
    /// Decodes one sentence whose tokens with settled[t] >= 0 keep that label unscored: the runs of other tokens between
    /// them are decoded apart, which is exact, since a fixed label lets each side's best path be chosen alone.
    /// scores holds C per token of the sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DecodeRuns(float[] scores, Transitions trans, ReadOnlySpan<int> settled, Span<int> labels, float[] delta, int[] back)
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
            Decode(scores.AsSpan(t * c, (end - t) * c), trans, labels[t..end], delta, back,
                before: t == 0 ? -1 : settled[t - 1], after: end == n ? -1 : settled[end]);
            t = end;
        }
    }

    /// <summary>
    /// trans[(prev+1)*C + cur], prev = -1 for the sentence start. Writes the best label sequence to output. before and
    /// after are the fixed labels of the tokens around this run (-1: sentence start or end).
    /// </summary>
    /// <remarks>Only valid for the BILOU label set of <see cref="NerLabels"/> (classes == NerLabels.Count).</remarks>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> trans, int classes, Span<int> output, Span<float> delta, Span<int> back,
        int before = -1, int after = -1)
    {
        if (classes != NerLabels.Count)
            throw new ArgumentException("Viterbi decodes the BILOU label set only", nameof(classes));
        Decode(emissions, new Transitions(trans), output, delta, back, before, after);
    }

    /// <summary>As above, with the transition matrix and its vector layouts prepared once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(ReadOnlySpan<float> emissions, Transitions transitions, Span<int> output, Span<float> delta, Span<int> back,
        int before = -1, int after = -1)
    {
        var n = output.Length;
        const int c = NerLabels.Count;
        ReadOnlySpan<float> trans = transitions.Matrix;
        for (var k = 0; k < c; k++)
            delta[k] = emissions[k] + trans[((before + 1) * c) + k];
        ReadOnlySpan<float> table = transitions.StartTable;
        var previous = Previous;
        ReadOnlySpan<float> step = transitions.Step;
        Span<float> bestOut = stackalloc float[Lanes];
        Span<int> argOut = stackalloc int[Lanes];
        for (var t = 1; t < n; t++)
        {
            var prevRow = delta.Slice((t - 1) * c, c);
            var row = t * c;
            StartLabels(prevRow, table, bestOut, argOut);
            for (var k = 0; k < Starts.Length; k++)
            {
                delta[row + Starts[k]] = bestOut[k] + emissions[row + Starts[k]];
                back[row + Starts[k]] = argOut[k];
            }

            foreach (var k in Inside)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var j = PreviousStart[k]; j < PreviousStart[k + 1]; j++)
                {
                    var v = prevRow[previous[j]] + step[j];
                    if (v > best)
                    {
                        best = v;
                        arg = previous[j];
                    }
                }

                delta[row + k] = best + emissions[row + k];
                back[row + k] = arg;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var k = 0; k < c; k++)
        {
            var v = delta[((n - 1) * c) + k] + (after < 0 ? (NerLabels.AllowedLast(k) ? 0 : Forbidden) : trans[((k + 1) * c) + after]);
            if (v > lastScore)
            {
                lastScore = v;
                last = k;
            }
        }

        output[n - 1] = last;
        for (var t = n - 1; t > 0; t--)
            output[t - 1] = back[(t * c) + output[t]];
    }

    /// <summary>
    /// Best predecessor of every start label: predecessors are taken in label order and replace the best only when
    /// strictly greater, as the scalar loop does, so ties resolve the same way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StartLabels(ReadOnlySpan<float> prevRow, ReadOnlySpan<float> table, Span<float> bestOut, Span<int> argOut)
    {
        var best0 = Vector256.Create(float.NegativeInfinity);
        var best1 = best0;
        var arg0 = Vector256<int>.Zero;
        var arg1 = arg0;
        ref var rows = ref MemoryMarshal.GetReference(table);
        for (var j = 0; j < Closed.Length; j++)
        {
            var from = Vector256.Create(prevRow[Closed[j]]);
            var v0 = from + Vector256.LoadUnsafe(ref rows, (nuint)(j * Lanes));
            var v1 = from + Vector256.LoadUnsafe(ref rows, (nuint)((j * Lanes) + 8));
            var up0 = Vector256.GreaterThan(v0, best0);
            var up1 = Vector256.GreaterThan(v1, best1);
            best0 = Vector256.ConditionalSelect(up0, v0, best0);
            best1 = Vector256.ConditionalSelect(up1, v1, best1);
            var label = Vector256.Create(Closed[j]);
            arg0 = Vector256.ConditionalSelect(up0.AsInt32(), label, arg0);
            arg1 = Vector256.ConditionalSelect(up1.AsInt32(), label, arg1);
        }

        best0.StoreUnsafe(ref MemoryMarshal.GetReference(bestOut));
        best1.StoreUnsafe(ref MemoryMarshal.GetReference(bestOut), 8);
        arg0.StoreUnsafe(ref MemoryMarshal.GetReference(argOut));
        arg1.StoreUnsafe(ref MemoryMarshal.GetReference(argOut), 8);
    }

    /// <summary>
    /// A constrained transition matrix and the layouts decoding reads it in: start labels' rows as vectors per closed
    /// predecessor, and the inside labels' legal predecessors. Built once per model, not per sentence.
    /// </summary>
    public sealed class Transitions
    {
        public Transitions(ReadOnlySpan<float> matrix)
        {
            const int c = NerLabels.Count;
            Matrix = matrix.ToArray();
            StartTable = new float[Closed.Length * Lanes];
            for (var j = 0; j < Closed.Length; j++)
            {
                for (var k = 0; k < Lanes; k++)
                    StartTable[(j * Lanes) + k] = k < Starts.Length ? Matrix[((Closed[j] + 1) * c) + Starts[k]] : float.NegativeInfinity;
            }

            Step = new float[Previous.Length];
            foreach (var k in Inside)
            {
                for (var j = PreviousStart[k]; j < PreviousStart[k + 1]; j++)
                    Step[j] = Matrix[((Previous[j] + 1) * c) + k];
            }
        }

        public float[] Matrix { get; }
        public float[] StartTable { get; }
        public float[] Step { get; }
    }

    /// <summary>Adds the BILOU constraints to a learned transition matrix.</summary>
    public static void Constrain(Span<float> trans, int classes)
    {
        for (var p = -1; p < classes; p++)
        {
            for (var k = 0; k < classes; k++)
            {
                if (!NerLabels.Allowed(p, k))
                    trans[((p + 1) * classes) + k] = Forbidden;
            }
        }
    }
}
