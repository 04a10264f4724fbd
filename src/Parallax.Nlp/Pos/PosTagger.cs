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
public sealed class PosTagger
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
        _blocks = new WordBlocks(_table, vocabulary, Features.Window, settled);
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

    /// <summary>
    /// Sentences decoded side by side. A token's tag-history features depend on the tag just chosen before it, so
    /// within a sentence their weight rows are fetched one token at a time; the same step of several sentences has no
    /// such dependency, and their rows are fetched together so the cache misses overlap.
    /// </summary>
    private const int Group = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TagGroup(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, Span<int> classes)
    {
        var c = Classes;
        int words = 0, letters = 0, longest = 0;
        foreach (var s in sentences)
        {
            words += s.TokenCount;
            longest = Math.Max(longest, s.TokenCount);
            if (s.TokenCount > 0)
                letters += tokens[s.FirstToken + s.TokenCount - 1].End - tokens[s.FirstToken].Start;
        }

        if (words == 0)
            return;
        var scores = ArrayPool<float>.Shared.Rent(words * c);
        var where = ArrayPool<int>.Shared.Rent(longest);
        var starts = ArrayPool<int>.Shared.Rent(words + sentences.Length);
        var chars = ArrayPool<char>.Shared.Rent(letters + (sentences.Length * 8));
        Span<int> charsAt = stackalloc int[Group];
        Span<int> startsAt = stackalloc int[Group];
        Span<int> scoresAt = stackalloc int[Group];
        try
        {
            int usedChars = 0, usedStarts = 0, usedWords = 0;
            for (var k = 0; k < sentences.Length; k++)
            {
                var s = sentences[k];
                (charsAt[k], startsAt[k], scoresAt[k]) = (usedChars, usedStarts, usedWords * c);
                var n = s.TokenCount;
                if (n > 0)
                {
                    usedChars += Prepare(text, tokens.Slice(s.FirstToken, n), classes.Slice(s.FirstToken, n), scores.AsSpan(usedWords * c, n * c),
                        where, chars.AsSpan(usedChars), starts.AsSpan(usedStarts, n + 1));
                }

                usedStarts += n + 1;
                usedWords += n;
            }

            Decode(sentences, classes, scores, chars, starts, charsAt, startsAt, scoresAt, longest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(where);
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>
    /// Everything that does not depend on decoding: settled words' labels into classes (-1 where a token needs scores),
    /// and the word-window and word-pair scores into scores. chars receives the sentence's words lower-cased between the
    /// pads, starts[t] where word t begins in it (starts[n] where the right pad begins); returns the characters used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Prepare(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> classes, Span<float> scores, Span<int> where,
        Span<char> chars, Span<int> starts)
    {
        var n = tokens.Length;
        var c = Classes;
        // Each word lower-cased once for the four hashed features per token that read it that way.
        var used = 0;
        foreach (var ch in WordBlocks.LeftPad)
            chars[used++] = ch;
        for (var t = 0; t < n; t++)
        {
            starts[t] = used;
            foreach (var ch in text.Slice(tokens[t].Start, tokens[t].Length))
                chars[used++] = FeatureHash.Normalize(ch);
        }

        starts[n] = used;
        foreach (var ch in WordBlocks.RightPad)
            chars[used++] = ch;
        _blocks.Locate(text, tokens, where);
        // A settled word's label goes straight into classes, which then marks which tokens still need scores.
        for (var t = 0; t < n; t++)
            classes[t] = _blocks.FixedClass(where[t]);
        _blocks.Sum(where, n, scores, classes);
        // Pair features of a run of tokens are added together so their weight rows are fetched in parallel.
        const int run = 32;
        Span<uint> pairs = stackalloc uint[PosFeatures.PairCount * run];
        Span<int> at = stackalloc int[PosFeatures.PairCount * run];
        var count = 0;
        for (var t = 0; t < n; t++)
        {
            if (classes[t] >= 0)
                continue;
            // The pads are written around the words, and Normalize leaves their characters as they are.
            var before = t > 0 ? chars.Slice(starts[t - 1], starts[t] - starts[t - 1]) : chars[..WordBlocks.LeftPad.Length];
            var after = t + 1 < n ? chars.Slice(starts[t + 1], starts[t + 2] - starts[t + 1]) : chars.Slice(starts[n], WordBlocks.RightPad.Length);
            var k = count * PosFeatures.PairCount;
            PosFeatures.PairsOfNormalized(before, chars.Slice(starts[t], starts[t + 1] - starts[t]), after, pairs.Slice(k, PosFeatures.PairCount));
            at.Slice(k, PosFeatures.PairCount).Fill(t * c);
            if (++count == run)
            {
                _table.AddAll(pairs, at, scores);
                count = 0;
            }
        }

        _table.AddAll(pairs[..(count * PosFeatures.PairCount)], at[..(count * PosFeatures.PairCount)], scores);
        return used;
    }

    /// <summary>
    /// Greedy decoding of the group's sentences in step: at step i, token i of every sentence gets its tag-history rows
    /// (dense rows first, then the two hashed rows, in the order training added them) and its best label.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decode(ReadOnlySpan<Sentence> sentences, Span<int> classes, float[] scores, char[] chars, int[] starts,
        ReadOnlySpan<int> charsAt, ReadOnlySpan<int> startsAt, ReadOnlySpan<int> scoresAt, int longest)
    {
        var c = Classes;
        var m = sentences.Length;
        Span<int> prev = stackalloc int[Group];
        Span<int> prev2 = stackalloc int[Group];
        Span<int> pending = stackalloc int[Group];
        Span<uint> history = stackalloc uint[PosFeatures.WordHistoryCount * Group];
        Span<int> at = stackalloc int[PosFeatures.WordHistoryCount * Group];
        prev.Fill(c);
        prev2.Fill(c);
        for (var i = 0; i < longest; i++)
        {
            var count = 0;
            for (var k = 0; k < m; k++)
            {
                var t = sentences[k].FirstToken + i;
                if (i >= sentences[k].TokenCount || classes[t] >= 0)
                    continue;
                var row = scoresAt[k] + (i * c);
                var s = scores.AsSpan(row, c);
                WeightTable.AddInto(s, _prevRows.AsSpan(prev[k] * c, c));
                WeightTable.AddInto(s, _prev2Rows.AsSpan(((prev[k] * (c + 1)) + prev2[k]) * c, c));
                var w = starts.AsSpan(startsAt[k] + i, 2);
                var h = count * PosFeatures.WordHistoryCount;
                PosFeatures.WordHistoryOfNormalized(chars.AsSpan(charsAt[k] + w[0], w[1] - w[0]), prev[k], history.Slice(h, PosFeatures.WordHistoryCount));
                at.Slice(h, PosFeatures.WordHistoryCount).Fill(row);
                pending[count++] = k;
            }

            _table.AddAll(history[..(count * PosFeatures.WordHistoryCount)], at[..(count * PosFeatures.WordHistoryCount)], scores);
            for (var j = 0; j < count; j++)
            {
                var k = pending[j];
                classes[sentences[k].FirstToken + i] = ArgMax(scores.AsSpan(scoresAt[k] + (i * c), c));
            }

            for (var k = 0; k < m; k++)
            {
                if (i < sentences[k].TokenCount)
                    (prev2[k], prev[k]) = (prev[k], classes[sentences[k].FirstToken + i]);
            }
        }
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
