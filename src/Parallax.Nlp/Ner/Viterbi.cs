namespace Parallax.Nlp.Ner;

/// <summary>First-order Viterbi decoding over BILOU labels; illegal transitions carry a large negative score.</summary>
public static class Viterbi
{
    public const float Forbidden = -1e9f;

    // Legal predecessors of each label, flattened: those of label k are Previous[PreviousStart[k]..PreviousStart[k + 1]].
    private static readonly int[] PreviousStart = new int[NerLabels.Count + 1];
    private static readonly int[] Previous = BuildPrevious();

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

    /// <summary>trans[(prev+1)*C + cur], prev = -1 for the sentence start. Writes the best label sequence to output.</summary>
    /// <remarks>Only valid for the BILOU label set of <see cref="NerLabels"/> (classes == NerLabels.Count).</remarks>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> trans, int classes, Span<int> output, Span<float> delta, Span<int> back)
    {
        var n = output.Length;
        var c = classes;
        for (var k = 0; k < c; k++)
            delta[k] = emissions[k] + trans[k];
        // Only legal predecessors: about 6 of 17 on average, which makes decoding ~3x cheaper. Their transition
        // weights are copied next to them once per sentence, so the inner loop reads two small arrays in order.
        var previous = Previous;
        Span<float> step = stackalloc float[previous.Length];
        for (var k = 0; k < c; k++)
        {
            for (var j = PreviousStart[k]; j < PreviousStart[k + 1]; j++)
                step[j] = trans[((previous[j] + 1) * c) + k];
        }

        for (var t = 1; t < n; t++)
        {
            var prevRow = delta.Slice((t - 1) * c, c);
            var row = t * c;
            for (var k = 0; k < c; k++)
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
            var v = delta[((n - 1) * c) + k] + (NerLabels.AllowedLast(k) ? 0 : Forbidden);
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
