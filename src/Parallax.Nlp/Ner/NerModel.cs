using System.Buffers;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Ner;

/// <summary>
/// Two-pass named-entity recognizer: pass one labels each sentence with Viterbi over BILOU; pass two, stacked on its
/// scores, sees what pass one said around each token and about the same word elsewhere in the document, so one name
/// keeps one type per document.
/// Immutable after loading and safe to share across threads.
/// </summary>
public sealed class NerModel
{
    public const string Kind = "ner";

    /// <param name="outside">Plain words (lower case or punctuation) that training never saw inside a name: labelled O unscored.</param>
    public NerModel(string[] vocabulary, Gazetteer gazetteer, QuantizedTable first, QuantizedTable? second, string[] outside)
    {
        Vocabulary = vocabulary;
        Gazetteer = gazetteer;
        Outside = outside;
        First = new NerPass(first, vocabulary, outside);
        Second = second is null ? null : new StackedPass(second, First.Transitions);
    }

    public string[] Vocabulary { get; }
    public string[] Outside { get; }
    public Gazetteer Gazetteer { get; }
    public NerPass First { get; }
    public StackedPass? Second { get; }

    /// <summary>Empties this thread's cache of scored words outside the training vocabulary.</summary>
    public void ForgetUnknownWords() => First.ForgetUnknownWords();

    public static NerModel Load(string path) => ModelFile.Read(path, Kind, r =>
    {
        var labels = ModelFile.ReadStrings(r);
        if (!labels.SequenceEqual(NerLabels.Names))
            throw new InvalidDataException("label set differs from this build's");
        var vocabulary = ModelFile.ReadStrings(r);
        var gazetteer = new Gazetteer(ModelFile.ReadStrings(r));
        var first = ModelFile.ReadTable(r);
        var second = r.ReadBoolean() ? ModelFile.ReadTable(r) : null;
        if (first.Classes != NerLabels.Count || (second is not null && second.Classes != NerLabels.Count))
            throw new InvalidDataException("weight tables do not match the label set");
        var outside = ModelFile.ReadStrings(r);
        return new NerModel(vocabulary, gazetteer, first, second, outside);
    });

    public void Save(string path) => ModelFile.Write(path, Kind, w =>
    {
        ModelFile.WriteStrings(w, NerLabels.Names);
        ModelFile.WriteStrings(w, Vocabulary);
        ModelFile.WriteStrings(w, [.. Gazetteer.Entries]);
        ModelFile.WriteTable(w, First.Weights);
        w.Write(Second is not null);
        if (Second is not null)
            ModelFile.WriteTable(w, Second.Weights);
        ModelFile.WriteStrings(w, Outside);
    });

    /// <summary>
    /// An entity whose exact span is a multi-word entry of our organization list takes type ORG: the list holds facts,
    /// while the training data's habits ("League" is mostly a sports MISC) are not. Location entries are left alone,
    /// since a city's name is also its sports team (ORG) in news.
    /// </summary>
    public static void Retype(NerContext context, Span<int> labels)
    {
        ReadOnlySpan<int> listTypes = [-1, 1];
        var t = 0;
        while (t < labels.Length)
        {
            if (labels[t] == NerLabels.O || NerLabels.PositionOf(labels[t]) != NerLabels.B)
            {
                t++;
                continue;
            }

            var end = t + 1;
            while (end < labels.Length && NerLabels.PositionOf(labels[end]) == NerLabels.I)
                end++;
            if (end >= labels.Length)
                break;
            for (var list = 1; list < listTypes.Length; list++)
            {
                if (!SpansEntry(context.Gazetteer, t, end, list))
                    continue;
                labels[t] = NerLabels.Label(listTypes[list], NerLabels.B);
                for (var k = t + 1; k < end; k++)
                    labels[k] = NerLabels.Label(listTypes[list], NerLabels.I);
                labels[end] = NerLabels.Label(listTypes[list], NerLabels.L);
                break;
            }

            t = end + 1;
        }
    }

    private static bool SpansEntry(int[] codes, int first, int last, int list)
    {
        if ((codes[first] & (1 << ((list * 4) + NerLabels.B))) == 0 || (codes[last] & (1 << ((list * 4) + NerLabels.L))) == 0)
            return false;
        for (var k = first + 1; k < last; k++)
        {
            if ((codes[k] & (1 << ((list * 4) + NerLabels.I))) == 0)
                return false;
        }

        return true;
    }

    public NerContext CreateContext(NerDocument doc, int[] pos) => new(doc, pos, Gazetteer);

    /// <summary>Labels a whole document; pos holds the POS tagger's class for every token.</summary>
    public int[] Tag(NerDocument doc, int[] pos)
    {
        using var context = new NerContext(doc, pos, Gazetteer, pooled: true);
        var n = doc.Tokens.Length;
        var labels = new int[n];
        if (Second is null)
        {
            First.Run(context, labels);
        }
        else
        {
            var emissions = ArrayPool<float>.Shared.Rent(n * NerLabels.Count);
            var fixedLabels = ArrayPool<int>.Shared.Rent(n);
            try
            {
                First.Run(context, labels, emissions.AsSpan(0, n * NerLabels.Count), fixedLabels.AsSpan(0, n));
                context.SetFirstPass(labels);
                Second.Run(context, emissions, fixedLabels, labels);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(fixedLabels);
                ArrayPool<float>.Shared.Return(emissions);
            }
        }

        Retype(context, labels);
        return labels;
    }
}
