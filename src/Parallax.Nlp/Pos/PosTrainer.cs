using System.Globalization;
using Parallax.Nlp.Data;
using Parallax.Nlp.Model;

namespace Parallax.Nlp.Pos;

/// <summary>Trains the tagger with an averaged perceptron, keeping the epoch that scores best on the dev set.</summary>
public sealed class PosTrainer
{
    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 17;
    public int BucketBits { get; init; } = 20;

    /// <summary>Joint labels seen fewer times than this fold into the most frequent label with the same UPOS.</summary>
    public int MinLabelCount { get; init; } = 10;

    public TextWriter Log { get; init; } = TextWriter.Null;

    public PosTagger Train(IReadOnlyList<TaggedSentence> train, IReadOnlyList<TaggedSentence> dev)
    {
        var labels = BuildLabels(train);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
            labelIndex[labels[i]] = i;
        var fallback = Fallbacks(train, labelIndex);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            foreach (var w in s.Words)
                counts[w] = counts.GetValueOrDefault(w) + 1;
        }

        var vocabulary = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var ambiguity = AmbiguityClasses(train);
        var settled = Settled(train, labels, MinSettledCount, SettledNoise);
        // Ambiguity classes seen in training are jackknifed: a sentence gets the classes counted on the other half of the
        // data, so the tagger does not learn to trust them more than they deserve on unseen text.
        var halves = new[] { train.Where((_, i) => i % 2 == 1).ToList(), train.Where((_, i) => i % 2 == 0).ToList() };
        var foldFeatures = halves.Select(h => new WordFeatureCache(new PosFeatures(AmbiguityClasses(h)).Window)).ToArray();
        var c = labels.Count;
        var weights = new AveragedWeights(BucketBits, c);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(Seed);
        var buffer = new List<uint>(128);
        var scores = new float[c];
        Span<uint> history = stackalloc uint[PosFeatures.HistoryCount];
        Span<uint> pairs = stackalloc uint[PosFeatures.PairCount];
        PosTagger? best = null;
        var bestScore = -1.0;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var si in order)
            {
                var s = train[si];
                int prev = c, prev2 = c;
                for (var t = 0; t < s.Words.Length; t++)
                {
                    buffer.Clear();
                    foldFeatures[si % 2].Window(s.Words, t, buffer);
                    PosFeatures.Pairs(t > 0 ? s.Words[t - 1] : WordBlocks.LeftPad, s.Words[t], t + 1 < s.Words.Length ? s.Words[t + 1] : WordBlocks.RightPad, pairs);
                    PosFeatures.History(s.Words[t], prev, prev2, history);
                    foreach (var h in pairs)
                        buffer.Add(h);
                    foreach (var h in history)
                        buffer.Add(h);
                    var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer);
                    Array.Clear(scores);
                    weights.Score(span, scores);
                    var guess = PosTagger.ArgMax(scores);
                    var gold = Label(s, t, labelIndex, fallback);
                    if (guess != gold)
                    {
                        weights.Update(span, gold, 1);
                        weights.Update(span, guess, -1);
                    }
                    else
                    {
                        correct++;
                    }

                    total++;
                    weights.Tick();
                    prev2 = prev;
                    prev = guess;
                }
            }

            var tagger = new PosTagger([.. labels], vocabulary, ambiguity, weights.Export(0), settled);
            var (upos, xpos) = Evaluate(tagger, dev);
            Log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch,2}  train {(double)correct / total:F4}  dev UPOS {upos:F4}  XPOS {xpos:F4}"));
            if (upos > bestScore)
            {
                bestScore = upos;
                best = tagger;
            }
        }

        Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best dev UPOS {bestScore:F4}"));
        return best!;
    }

    public static (double Upos, double Xpos) Evaluate(PosTagger tagger, IReadOnlyList<TaggedSentence> sentences)
    {
        long upos = 0, xpos = 0, total = 0;
        var classes = new int[256];
        foreach (var s in sentences)
        {
            var (text, tokens) = s.Joined();
            if (classes.Length < tokens.Length)
                classes = new int[tokens.Length * 2];
            tagger.Tag(text, tokens, classes);
            for (var t = 0; t < tokens.Length; t++)
            {
                upos += tagger.Upos[classes[t]] == s.Tags[t] ? 1 : 0;
                xpos += tagger.Xpos[classes[t]] == s.Tags2[t] ? 1 : 0;
                total++;
            }
        }

        return ((double)upos / Math.Max(1, total), (double)xpos / Math.Max(1, total));
    }

    /// <summary>Tag sets of words seen at least MinWordCount times; tags under 5% of a word's uses are noise and left out.</summary>
    private Dictionary<string, string> AmbiguityClasses(IReadOnlyList<TaggedSentence> train)
    {
        var byWord = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var t = 0; t < s.Words.Length; t++)
            {
                var key = PosFeatures.NormalizeKey(s.Words[t]);
                if (!byWord.TryGetValue(key, out var tags))
                    byWord[key] = tags = new Dictionary<string, int>(StringComparer.Ordinal);
                tags[s.Tags[t]] = tags.GetValueOrDefault(s.Tags[t]) + 1;
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, tags) in byWord)
        {
            var total = tags.Values.Sum();
            if (total < MinWordCount)
                continue;
            result[word] = string.Join(',', tags.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order(StringComparer.Ordinal));
        }

        return result;
    }

    public int MinWordCount { get; init; } = 3;

    /// <summary>A word is settled (tagged without scoring) once training saw it this often...</summary>
    public int MinSettledCount { get; init; } = 100;

    /// <summary>...with at most this share of its uses under another label.</summary>
    public double SettledNoise { get; init; } = 0.01;

    /// <summary>
    /// Exact word forms with one label in (nearly) all their training uses: punctuation, articles, most prepositions.
    /// With the defaults, 86 words that make up 31% of EWT dev's tokens; dev UPOS moved by -0.00004 when they were added
    /// to the committed weights (selection among 7 count/noise settings, on dev).
    /// </summary>
    public static Dictionary<string, int> Settled(IReadOnlyList<TaggedSentence> train, IReadOnlyList<string> labels, int minCount, double noise)
    {
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
            labelIndex[labels[i]] = i;
        // A use under a label the model folded away counts against the word (index -1).
        var byWord = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var t = 0; t < s.Words.Length; t++)
            {
                if (!byWord.TryGetValue(s.Words[t], out var counts))
                    byWord[s.Words[t]] = counts = [];
                var label = labelIndex.GetValueOrDefault(Joint(s, t), -1);
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }
        }

        var settled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, counts) in byWord)
        {
            var total = counts.Values.Sum();
            var (top, topCount) = counts.MaxBy(p => (p.Value, -p.Key));
            if (top >= 0 && total >= minCount && total - topCount <= noise * total)
                settled[word] = top;
        }

        return settled;
    }

    private List<string> BuildLabels(IReadOnlyList<TaggedSentence> train)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var t = 0; t < s.Words.Length; t++)
                counts[Joint(s, t)] = counts.GetValueOrDefault(Joint(s, t)) + 1;
        }

        var kept = counts.Where(p => p.Value >= MinLabelCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        // Every UPOS must stay reachable even if all its joint labels are rare.
        foreach (var group in counts.GroupBy(p => p.Key[..p.Key.IndexOf('|')]))
        {
            if (!kept.Any(k => k.StartsWith(group.Key + "|", StringComparison.Ordinal)))
                kept.Add(group.OrderByDescending(p => p.Value).First().Key);
        }

        return kept;
    }

    private static Dictionary<string, int> Fallbacks(IReadOnlyList<TaggedSentence> train, Dictionary<string, int> labelIndex)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
        {
            for (var t = 0; t < s.Words.Length; t++)
                counts[Joint(s, t)] = counts.GetValueOrDefault(Joint(s, t)) + 1;
        }

        var byUpos = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (label, index) in labelIndex.OrderByDescending(p => counts.GetValueOrDefault(p.Key)))
            byUpos.TryAdd(label[..label.IndexOf('|')], index);
        return byUpos;
    }

    private static int Label(TaggedSentence s, int t, Dictionary<string, int> labelIndex, Dictionary<string, int> fallback) =>
        labelIndex.TryGetValue(Joint(s, t), out var i) ? i : fallback[s.Tags[t]];

    private static string Joint(TaggedSentence s, int t) => s.Tags[t] + "|" + s.Tags2[t];
}
