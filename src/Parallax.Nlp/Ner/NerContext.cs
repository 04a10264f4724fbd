using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Parallax.Nlp.Model;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Ner;

/// <summary>
/// Per-document evidence for the recognizer: POS classes, gazetteer codes, all-caps (headline) sentences, words also
/// seen in lower case, and, for the second pass, what the first pass said about the same word elsewhere in the document.
/// </summary>
public sealed class NerContext : IDisposable
{
    /// <summary>This thread's sets, emptied and reused by each context: a document's sets would be most of what tagging allocates.</summary>
    [ThreadStatic]
    private static HashSet<ulong>? _lowered;

    [ThreadStatic]
    private static Dictionary<ulong, TypeCounts>? _counts;

    private bool _pooled;

    public NerContext(NerDocument doc, int[] pos, Gazetteer gazetteer)
        : this(doc, pos, gazetteer, pooled: false)
    {
    }

    /// <param name="pooled">
    /// Take the per-token arrays from the shared pool, to be returned by <see cref="Dispose"/>; they may then be longer
    /// than the document, and must not be used after it.
    /// </param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal NerContext(NerDocument doc, int[] pos, Gazetteer gazetteer, bool pooled)
    {
        Doc = doc;
        Pos = pos;
        _pooled = pooled;
        var n = doc.Tokens.Length;
        SentenceOf = Take<int>(n);
        Gazetteer = Take<int>(n);
        CapsSentence = Take<bool>(doc.Sentences.Length);
        LowerElsewhere = Take<bool>(n);
        FirstPass = Take<int>(n);
        Majority = Take<int>(n);
        WordKeys = Take<ulong>(n);
        var lowered = _lowered ??= [];
        lowered.Clear();
        for (var s = 0; s < doc.Sentences.Length; s++)
        {
            var sentence = doc.Sentences[s];
            var tokens = doc.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
                WordKeys[t] = KeyOf(doc.Word(t));
            gazetteer.Match(doc.Text, tokens, WordKeys.AsSpan(sentence.FirstToken, sentence.TokenCount), Gazetteer.AsSpan(sentence.FirstToken, sentence.TokenCount));
            int upper = 0, lower = 0;
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                SentenceOf[t] = s;
                var w = doc.Word(t);
                if (CharClass.IsLower(w[0]))
                {
                    lower++;
                    if (t > sentence.FirstToken)
                        lowered.Add(WordKeys[t]);
                }
                else if (CharClass.IsUpper(w[0]))
                {
                    upper++;
                }
            }

            CapsSentence[s] = lower == 0 && upper >= 2 && AllCapsWords(doc, sentence.FirstToken, sentence.TokenCount);
        }

        for (var t = 0; t < n; t++)
        {
            var w = doc.Word(t);
            LowerElsewhere[t] = CharClass.IsUpper(w[0]) && lowered.Contains(WordKeys[t]);
        }
    }

    /// <summary>Returns pooled arrays to the pool; a context made without pooling has nothing to return.</summary>
    public void Dispose()
    {
        if (!_pooled)
            return;
        _pooled = false;
        ArrayPool<ulong>.Shared.Return(WordKeys);
        ArrayPool<int>.Shared.Return(Majority);
        ArrayPool<int>.Shared.Return(FirstPass);
        ArrayPool<bool>.Shared.Return(LowerElsewhere);
        ArrayPool<bool>.Shared.Return(CapsSentence);
        ArrayPool<int>.Shared.Return(Gazetteer);
        ArrayPool<int>.Shared.Return(SentenceOf);
    }

    private T[] Take<T>(int n) => _pooled ? ArrayPool<T>.Shared.Rent(n) : new T[n];

    public NerDocument Doc { get; }
    public int[] Pos { get; }
    public int[] SentenceOf { get; }
    public int[] Gazetteer { get; }
    public bool[] CapsSentence { get; }
    public bool[] LowerElsewhere { get; }
    public int[] FirstPass { get; }
    public int[] Majority { get; }

    /// <summary>Per token, a 64-bit hash of the word lower-cased with digits folded (see <see cref="FeatureHash.Normalize"/>).</summary>
    public ulong[] WordKeys { get; }

    /// <summary>
    /// Records first-pass labels and, for each capitalised token, the entity type the first pass gave most often to
    /// the same word at its other occurrences (0 none, 1+type weak, 5+type strong, 9 mostly outside any entity).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetFirstPass(ReadOnlySpan<int> labels)
    {
        labels.CopyTo(FirstPass);
        var counts = _counts ??= [];
        counts.Clear();
        for (var t = 0; t < labels.Length; t++)
        {
            var w = Doc.Word(t);
            if (!CharClass.IsUpper(w[0]))
                continue;
            var type = labels[t] == NerLabels.O ? 4 : NerLabels.TypeOf(labels[t]);
            Count(counts, WordKeys[t], type);
            // "al-Jaafari" also speaks for a later bare "Jaafari".
            var hyphen = w.LastIndexOf('-');
            if (hyphen > 0 && hyphen + 1 < w.Length && CharClass.IsUpper(w[hyphen + 1]))
                Count(counts, KeyOf(w[(hyphen + 1)..]), type);
        }

        for (var t = 0; t < labels.Length; t++)
        {
            Majority[t] = 0;
            var w = Doc.Word(t);
            if (!CharClass.IsUpper(w[0]) || !counts.TryGetValue(WordKeys[t], out var c))
                continue;
            var own = labels[t] == NerLabels.O ? 4 : NerLabels.TypeOf(labels[t]);
            int best = -1, bestCount = 0, total = 0;
            for (var k = 0; k < 5; k++)
            {
                var count = c[k] - (k == own ? 1 : 0);
                total += count;
                if (count > bestCount)
                {
                    best = k;
                    bestCount = count;
                }
            }

            if (best < 0)
                continue;
            Majority[t] = best == 4 ? 9 : (bestCount * 3 >= total * 2 ? 5 : 1) + best;
        }
    }

    private static void Count(Dictionary<ulong, TypeCounts> counts, ulong key, int type) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)[type]++;

    /// <summary>How often the first pass gave a word each of the four types, and no type (index 4).</summary>
    [InlineArray(5)]
    private struct TypeCounts
    {
        private int _count;
    }

    private static bool AllCapsWords(NerDocument doc, int first, int count)
    {
        var caps = 0;
        for (var t = first; t < first + count; t++)
        {
            if (doc.Tokens[t].Length > 1 && WordShape.IsAllCaps(doc.Word(t)))
                caps++;
        }

        return caps >= 2;
    }

    /// <summary>64-bit FNV-1a of the word lower-cased with digits folded: the key of a word across the document.</summary>
    internal static ulong KeyOf(ReadOnlySpan<char> w)
    {
        var h = 14695981039346656037UL;
        foreach (var c in w)
            h = (h ^ FeatureHash.Normalize(c)) * 1099511628211UL;
        return h;
    }
}
