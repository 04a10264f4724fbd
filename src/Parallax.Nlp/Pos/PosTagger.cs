using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Parallax.Annotations;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Pos;

/// <summary>
/// Greedy left-to-right averaged-perceptron tagger predicting joint UPOS|XPOS labels. Immutable after loading,
/// so one instance serves every thread. Tag strings are shared instances: no allocation per token.
/// </summary>
public sealed partial class PosTagger
{
    public const string Kind = "pos";

    private readonly WeightTable _table;
    private readonly WordBlocks _blocks;
    private readonly float[] _prevRows;
    private readonly float[] _prev2Rows;

    /// <param name="settled">Frequent words that training always gave one label (word → label index): tagged without scoring.</param>
    public PosTagger(string[] labels, string[] vocabulary, IReadOnlyDictionary<string, string> ambiguityClasses, QuantizedTable weights,
        IReadOnlyDictionary<string, int> settled)
    {
        Features = new PosFeatures(ambiguityClasses);
        Labels = labels;
        Vocabulary = vocabulary;
        Weights = weights;
        Upos = new string[labels.Length];
        Xpos = new string[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var bar = labels[i].IndexOf('|');
            Upos[i] = string.Intern(labels[i][..bar]);
            Xpos[i] = string.Intern(labels[i][(bar + 1)..]);
        }

        Settled = settled;
        _table = weights.ToWeightTable();
        _blocks = new WordBlocks(_table, vocabulary, Features.Window, settled, Features.Split);
        // The tag-history features that depend on tags alone, as dense rows by (prev, prev2); prev = Classes marks the
        // sentence start. Rows are added in History's order, so scores equal the hashed path's.
        var c = labels.Length;
        _prevRows = new float[(c + 1) * c];
        _prev2Rows = new float[(c + 1) * (c + 1) * c];
        for (var prev = 0; prev <= c; prev++)
        {
            _table.Add(PosFeatures.PrevFeature(prev), _prevRows.AsSpan(prev * c, c));
            for (var prev2 = 0; prev2 <= c; prev2++)
                _table.Add(PosFeatures.Prev2Feature(prev, prev2), _prev2Rows.AsSpan(((prev * (c + 1)) + prev2) * c, c));
        }
    }

    public IReadOnlyDictionary<string, int> Settled { get; }

    /// <summary>Empties this thread's cache of scored words outside the training vocabulary.</summary>
    public void ForgetUnknownWords() => _blocks.ForgetUnknown();

    public PosFeatures Features { get; }
    public string[] Labels { get; }
    public string[] Upos { get; }
    public string[] Xpos { get; }
    public string[] Vocabulary { get; }
    public QuantizedTable Weights { get; }
    public int Classes => Labels.Length;

    public static PosTagger Load(string path) => ModelFile.Read(path, Kind, r =>
    {
        var labels = ModelFile.ReadStrings(r);
        var vocabulary = ModelFile.ReadStrings(r);
        var words = ModelFile.ReadStrings(r);
        var tagSets = ModelFile.ReadStrings(r);
        if (words.Length != tagSets.Length)
            throw new InvalidDataException("ambiguity class lists differ in length");
        var ambiguity = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
            ambiguity[words[i]] = tagSets[i];
        var table = ModelFile.ReadTable(r);
        if (table.Classes != labels.Length || labels.Any(l => !l.Contains('|')))
            throw new InvalidDataException("label list does not match the weights");
        var settledWords = ModelFile.ReadStrings(r);
        var settledLabels = ModelFile.ReadStrings(r);
        if (settledWords.Length != settledLabels.Length)
            throw new InvalidDataException("settled word lists differ in length");
        var settled = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < settledWords.Length; i++)
        {
            var label = Array.IndexOf(labels, settledLabels[i]);
            settled[settledWords[i]] = label >= 0 ? label : throw new InvalidDataException($"settled word has unknown label '{settledLabels[i]}'");
        }

        return new PosTagger(labels, vocabulary, ambiguity, table, settled);
    });

    public void Save(string path) => ModelFile.Write(path, Kind, w =>
    {
        ModelFile.WriteStrings(w, Labels);
        ModelFile.WriteStrings(w, Vocabulary);
        var words = Features.AmbiguityClasses.Keys.Order(StringComparer.Ordinal).ToArray();
        ModelFile.WriteStrings(w, words);
        ModelFile.WriteStrings(w, words.Select(k => Features.AmbiguityClasses[k]).ToArray());
        ModelFile.WriteTable(w, Weights);
        var settled = Settled.Keys.Order(StringComparer.Ordinal).ToArray();
        ModelFile.WriteStrings(w, settled);
        ModelFile.WriteStrings(w, settled.Select(k => Labels[Settled[k]]).ToArray());
    });

    /// <summary>Tags one sentence; classes receives one label index per token.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> classes)
    {
        if (tokens.Length > 0)
            TagGroup(text, tokens, [new Sentence(tokens[0].Start, tokens[^1].End - tokens[0].Start, 0, tokens.Length)], classes);
    }

    /// <summary>Tags every sentence of one text; classes receives one label index per token of tokens.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> classes)
    {
        for (var g = 0; g < sentences.Length; g += Group)
            TagGroup(text, tokens, sentences.Slice(g, Math.Min(Group, sentences.Length - g)), classes);
    }

    /// <summary>Index of the first highest score (what a strict "greater than" scan returns), found with vector maxima.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ArgMax(ReadOnlySpan<float> s)
    {
        if (!Vector512.IsHardwareAccelerated || s.Length < Vector512<float>.Count)
        {
            var best = 0;
            for (var k = 1; k < s.Length; k++)
            {
                if (s[k] > s[best])
                    best = k;
            }

            return best;
        }

        ref var r = ref MemoryMarshal.GetReference(s);
        var last = (nuint)(s.Length - Vector512<float>.Count);
        var max = Vector512.LoadUnsafe(ref r, last);
        for (nuint i = 0; i < last; i += (nuint)Vector512<float>.Count)
            max = Vector512.Max(max, Vector512.LoadUnsafe(ref r, i));
        var top = Vector512.Create(Top(max));
        for (nuint i = 0; ; i += (nuint)Vector512<float>.Count)
        {
            var at = i < last ? i : last;
            var hits = Vector512.Equals(Vector512.LoadUnsafe(ref r, at), top).ExtractMostSignificantBits();
            if (hits != 0)
                return (int)at + BitOperations.TrailingZeroCount(hits);
            if (at == last)
                return 0;
        }
    }

    /// <summary>The largest lane, by halving.</summary>
    private static float Top(Vector512<float> v)
    {
        var h = Vector256.Max(v.GetLower(), v.GetUpper());
        var q = Vector128.Max(h.GetLower(), h.GetUpper());
        return Math.Max(Math.Max(q[0], q[1]), Math.Max(q[2], q[3]));
    }
}
