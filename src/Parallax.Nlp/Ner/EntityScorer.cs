namespace Parallax.Nlp.Ner;

/// <summary>Entity-level precision, recall and F1 with conlleval's definition: a hit needs the exact span and type.</summary>
public sealed class EntityScorer
{
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int Correct { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence (or document) of BILOU labels; sentences must not be joined across their boundary.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        Gold += goldSpans.Count;
        Predicted += predictedSpans.Count;
        foreach (var span in predictedSpans)
        {
            if (goldSpans.Contains(span))
                Correct++;
        }
    }

    /// <summary>Entity spans (start, length, type) in a BILOU sequence; a broken sequence is read the way conlleval reads BIO.</summary>
    public static HashSet<(int Start, int Length, int Type)> Spans(ReadOnlySpan<int> labels)
    {
        var result = new HashSet<(int, int, int)>();
        var t = 0;
        while (t < labels.Length)
        {
            if (labels[t] == NerLabels.O)
            {
                t++;
                continue;
            }

            var type = NerLabels.TypeOf(labels[t]);
            var end = t + 1;
            if (NerLabels.PositionOf(labels[t]) is NerLabels.B or NerLabels.I)
            {
                while (end < labels.Length && labels[end] != NerLabels.O && NerLabels.TypeOf(labels[end]) == type
                       && NerLabels.PositionOf(labels[end]) is NerLabels.I or NerLabels.L)
                {
                    end++;
                    if (NerLabels.PositionOf(labels[end - 1]) == NerLabels.L)
                        break;
                }
            }

            result.Add((t, end - t, type));
            t = end;
        }

        return result;
    }
}
