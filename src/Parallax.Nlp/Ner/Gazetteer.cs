using System.Runtime.CompilerServices;
using Parallax.Annotations;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Ner;

/// <summary>
/// Name lists we wrote from facts (countries, cities, organizations, demonyms, given names, cue words), matched over
/// tokens. Each token gets a bit mask of (list, position B/I/L/U) codes that become recognizer features.
/// The lists are stored inside the NER model so a model always sees the lists it was trained with.
/// </summary>
public sealed class Gazetteer
{
    public static readonly string[] Lists = ["given", "org", "loc", "misc", "orgsuffix", "title"];
    private const int MaxEntryTokens = 6;

    /// <summary>Entries by the key of their first word (<see cref="NerContext.KeyOf"/>), which the context has per token.</summary>
    private readonly Dictionary<ulong, List<(int List, string[] Words)>> _byFirst = [];

    /// <summary>
    /// One bit per first-word key modulo 2^16: most tokens begin no entry, and this 8 KB filter, which stays in the
    /// fastest cache, turns them away before the map is probed.
    /// </summary>
    private readonly ulong[] _firstFilter = new ulong[FilterBits / 64];
    private const int FilterBits = 1 << 16;

    private static (int Word, ulong Bit) FilterSlot(ulong key) => ((int)((key % FilterBits) >> 6), 1UL << (int)(key % 64));

    public Gazetteer(IReadOnlyList<string> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            var tab = entry.IndexOf('\t');
            var list = Array.IndexOf(Lists, entry[..tab]);
            var text = entry[(tab + 1)..];
            var words = Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
            if (list < 0 || words.Length is 0 or > MaxEntryTokens)
                continue;
            var key = NerContext.KeyOf(words[0]);
            if (!_byFirst.TryGetValue(key, out var bucket))
                _byFirst[key] = bucket = [];
            bucket.Add((list, words));
            var (word, bit) = FilterSlot(key);
            _firstFilter[word] |= bit;
        }
    }

    public IReadOnlyList<string> Entries { get; }

    /// <summary>The lists compiled into this assembly, as "list\tentry" lines.</summary>
    public static Gazetteer FromResources()
    {
        var entries = new List<string>();
        var assembly = typeof(Gazetteer).Assembly;
        foreach (var list in Lists)
        {
            using var stream = assembly.GetManifestResourceStream($"gazetteer.{list}.txt")
                ?? throw new InvalidOperationException($"missing gazetteer resource {list}");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                    entries.Add(list + "\t" + line.Trim());
            }
        }

        return new Gazetteer(entries);
    }

    /// <summary>
    /// Sets codes[t] bits (list*4 + position) for entries matched inside the sentence's tokens. A match lying wholly
    /// inside a longer match is dropped, so "Arab League" reads as an organization, not as a demonym plus a word.
    /// </summary>
    /// <param name="keys">Each token's <see cref="NerContext.KeyOf"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> keys, Span<int> codes)
    {
        codes.Clear();
        var coveredUntil = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = text.Slice(tokens[t].Start, tokens[t].Length);
            var (filterWord, bit) = FilterSlot(keys[t]);
            if ((_firstFilter[filterWord] & bit) == 0 || !CharClass.IsLetter(word[0]) || !_byFirst.TryGetValue(keys[t], out var candidates))
                continue;
            var longest = 0;
            foreach (var (_, words) in candidates)
            {
                if (t + words.Length <= tokens.Length && Matches(text, tokens, t, words))
                    longest = Math.Max(longest, words.Length);
            }

            if (longest == 0 || t + longest <= coveredUntil)
                continue;
            coveredUntil = t + longest;
            foreach (var (list, words) in candidates)
            {
                if (words.Length != longest || !Matches(text, tokens, t, words))
                    continue;
                if (words.Length == 1)
                {
                    codes[t] |= 1 << ((list * 4) + NerLabels.U);
                    continue;
                }

                codes[t] |= 1 << ((list * 4) + NerLabels.B);
                for (var k = 1; k < words.Length - 1; k++)
                    codes[t + k] |= 1 << ((list * 4) + NerLabels.I);
                codes[t + words.Length - 1] |= 1 << ((list * 4) + NerLabels.L);
            }
        }
    }

    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var word = text.Slice(tokens[t + k].Start, tokens[t + k].Length);
            if (!word.Equals(words[k], StringComparison.OrdinalIgnoreCase))
                return false;
            // A capitalised entry needs a capitalised token: "US" the country, not "us".
            if (CharClass.IsUpper(words[k][0]) && !CharClass.IsUpper(word[0]))
                return false;
        }

        return true;
    }
}
