using System.Buffers;
using System.Runtime.CompilerServices;
using Parallax.Annotations;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Pos;

/// <summary>Tagging a group of sentences: the scores that do not depend on decoding, then greedy decoding in step.</summary>
public sealed partial class PosTagger
{
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
        int words = 0, letters = 0, longest = 0, low = int.MaxValue, high = 0;
        foreach (var s in sentences)
        {
            words += s.TokenCount;
            longest = Math.Max(longest, s.TokenCount);
            if (s.TokenCount > 0)
            {
                letters += tokens[s.FirstToken + s.TokenCount - 1].End - tokens[s.FirstToken].Start;
                (low, high) = (Math.Min(low, s.FirstToken), Math.Max(high, s.FirstToken + s.TokenCount));
            }
        }

        if (words == 0)
            return;
        var scores = ArrayPool<float>.Shared.Rent(words * c);
        var where = ArrayPool<int>.Shared.Rent(high - low);
        var starts = ArrayPool<int>.Shared.Rent(words + sentences.Length);
        var chars = ArrayPool<char>.Shared.Rent(letters + (sentences.Length * 8));
        Span<int> charsAt = stackalloc int[Group];
        Span<int> startsAt = stackalloc int[Group];
        Span<int> scoresAt = stackalloc int[Group];
        try
        {
            // All the group's words are looked up in one call (its sentences are consecutive in a document): the
            // lookups' cache misses overlap across the group, and its new words' weight rows are fetched in fuller batches.
            _blocks.Locate(text, tokens[low..high], where);
            int usedChars = 0, usedStarts = 0, usedWords = 0;
            for (var k = 0; k < sentences.Length; k++)
            {
                var s = sentences[k];
                (charsAt[k], startsAt[k], scoresAt[k]) = (usedChars, usedStarts, usedWords * c);
                var n = s.TokenCount;
                if (n > 0)
                {
                    usedChars += Prepare(text, tokens.Slice(s.FirstToken, n), classes.Slice(s.FirstToken, n), scores.AsSpan(usedWords * c, n * c),
                        where.AsSpan(s.FirstToken - low, n), chars.AsSpan(usedChars), starts.AsSpan(usedStarts, n + 1));
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
    /// Everything that does not depend on decoding, for a sentence whose words where has located: settled words'
    /// labels into classes (-1 where a token needs scores), and the word-window and word-pair scores into scores. chars
    /// receives the sentence's words lower-cased between the pads, starts[t] where word t begins in it (starts[n] where
    /// the right pad begins); returns the characters used.
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
}
