using System.Globalization;
using Parallax.Nlp.Data;
using Parallax.Nlp.Model;
using Parallax.Nlp.Pos;

namespace Parallax.Nlp.Ner;

/// <summary>
/// Trains the two-pass recognizer with a structured averaged perceptron (Viterbi decoding inside training).
/// Pass two is stacked on pass one's scores and learns from first-pass scores and labels produced by 2-fold
/// jackknifing, so they are as noisy in training as they will be on new text. Each pass keeps its best epoch on the dev set.
/// </summary>
public sealed class NerTrainer(PosTagger pos)
{
    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 17;
    public int BucketBits { get; init; } = 20;
    public bool TwoPass { get; init; } = true;
    public TextWriter Log { get; init; } = TextWriter.Null;

    public NerModel Train(IReadOnlyList<List<TaggedSentence>> train, IReadOnlyList<List<TaggedSentence>> dev)
    {
        var gazetteer = Gazetteer.FromResources();
        var trainContexts = train.Select(d => Context(d, gazetteer)).ToList();
        var devContexts = dev.Select(d => Context(d, gazetteer)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in train)
        {
            foreach (var s in doc)
            {
                foreach (var w in s.Words)
                    counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var vocabulary = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var outside = Outside(train, MinOutsideCount);
        var features = new WordFeatureCache(NerFeatures.Window);

        Log.WriteLine("pass 1");
        var (first, firstEpoch) = TrainPass(trainContexts, devContexts, vocabulary, outside, features, Epochs, select: true);
        var firstPass = new NerPass(first, vocabulary, outside);
        if (!TwoPass)
            return new NerModel(vocabulary, gazetteer, first, null, outside);

        Log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"jackknife: {Folds} folds x {firstEpoch} epochs"));
        var bases = new Dictionary<NerContext, Base>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var inFold = trainContexts.Where((_, i) => i % Folds != fold).ToList();
            var heldOut = trainContexts.Where((_, i) => i % Folds == fold).ToList();
            var (weights, _) = TrainPass(inFold, [], vocabulary, outside, features, firstEpoch, select: false);
            var pass = new NerPass(weights, vocabulary, outside);
            foreach (var context in heldOut)
            {
                SetFirstPass(pass, context);
                var emissions = new float[context.Doc.Tokens.Length * NerLabels.Count];
                pass.Emissions(context, emissions);
                bases[context] = new Base(emissions, pass.Transitions.ToArray());
            }
        }

        foreach (var context in devContexts)
            SetFirstPass(firstPass, context);
        Log.WriteLine("pass 2 (stacked)");
        var second = TrainStacked(trainContexts, devContexts, bases, firstPass, Epochs);
        return new NerModel(vocabulary, gazetteer, first, second, outside);
    }

    /// <summary>Pass two's training scores and labels come from pass-one models that did not see the document.</summary>
    public int Folds { get; init; } = 2;

    /// <summary>Hash size of the stacked pass: it has a few hundred features.</summary>
    public int StackedBucketBits { get; init; } = 18;

    /// <summary>Pass one's view of a training document: its scores (C per token) and transitions.</summary>
    private sealed record Base(float[] Emissions, float[] Transitions);

    /// <summary>How often a plain word must occur in training, never inside a name, to be labelled O unscored.</summary>
    public int MinOutsideCount { get; init; } = 5;

    /// <summary>
    /// Plain words, all lower-case letters or all punctuation, seen at least minCount times in training and never inside
    /// a name. "of", "de" or "&amp;" occur inside names and stay scored; so does any capitalised or mixed word.
    /// </summary>
    public static string[] Outside(IEnumerable<List<TaggedSentence>> train, int minCount)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in train)
        {
            foreach (var s in doc)
            {
                for (var t = 0; t < s.Words.Length; t++)
                {
                    if (s.Tags[t] != "O")
                        inside.Add(s.Words[t]);
                    else if (IsPlain(s.Words[t]))
                        seen[s.Words[t]] = seen.GetValueOrDefault(s.Words[t]) + 1;
                }
            }
        }

        return [.. seen.Where(p => p.Value >= minCount && !inside.Contains(p.Key)).Select(p => p.Key).Order(StringComparer.Ordinal)];
    }

    private static bool IsPlain(string word) =>
        word.All(Text.CharClass.IsLower) || word.All(ch => char.IsPunctuation(ch) || char.IsSymbol(ch));

    private NerContext Context(List<TaggedSentence> sentences, Gazetteer gazetteer)
    {
        var doc = NerDocument.FromSentences(sentences, withGold: true);
        var classes = new int[doc.Tokens.Length];
        foreach (var s in doc.Sentences)
            pos.Tag(doc.Text, doc.Tokens.AsSpan(s.FirstToken, s.TokenCount), classes.AsSpan(s.FirstToken, s.TokenCount));
        return new NerContext(doc, classes, gazetteer);
    }

    private static void SetFirstPass(NerPass pass, NerContext context)
    {
        var labels = new int[context.Doc.Tokens.Length];
        pass.Run(context, labels);
        context.SetFirstPass(labels);
    }

    public static EntityScorer Evaluate(NerPass first, StackedPass second, IReadOnlyList<NerContext> contexts)
    {
        var scorer = new EntityScorer();
        foreach (var context in contexts)
        {
            var n = context.Doc.Tokens.Length;
            var labels = new int[n];
            var emissions = new float[n * NerLabels.Count];
            var fixedLabels = new int[n];
            first.Run(context, labels, emissions, fixedLabels);
            context.SetFirstPass(labels);
            second.Run(context, emissions, fixedLabels, labels);
            foreach (var s in context.Doc.Sentences)
                scorer.Add(context.Doc.Gold.AsSpan(s.FirstToken, s.TokenCount), labels.AsSpan(s.FirstToken, s.TokenCount));
        }

        return scorer;
    }

    public static EntityScorer Evaluate(NerPass pass, IReadOnlyList<NerContext> contexts)
    {
        var scorer = new EntityScorer();
        foreach (var context in contexts)
        {
            var labels = new int[context.Doc.Tokens.Length];
            pass.Run(context, labels);
            foreach (var s in context.Doc.Sentences)
                scorer.Add(context.Doc.Gold.AsSpan(s.FirstToken, s.TokenCount), labels.AsSpan(s.FirstToken, s.TokenCount));
        }

        return scorer;
    }

    private (QuantizedTable Weights, int Epoch) TrainPass(List<NerContext> contexts, List<NerContext> dev, string[] vocabulary,
        string[] outside, WordFeatureCache cache, int epochs, bool select)
    {
        const int c = NerLabels.Count;
        var sentences = new List<(NerContext Context, int First, int Count)>();
        foreach (var context in contexts)
        {
            foreach (var s in context.Doc.Sentences)
                sentences.Add((context, s.FirstToken, s.TokenCount));
        }

        // Features never change within a pass, so they are extracted once: flat array plus per-token offsets.
        var flat = new List<uint>();
        var starts = new List<int>();
        var words = new List<string>();
        Span<uint> buffer = stackalloc uint[NerFeatures.MaxContext];
        var sentenceStart = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var (context, first, count) = sentences[i];
            sentenceStart[i] = starts.Count;
            words.Clear();
            for (var t = first; t < first + count; t++)
                words.Add(context.Doc.Word(t).ToString());
            for (var k = 0; k < count; k++)
            {
                starts.Add(flat.Count);
                var window = new List<uint>();
                cache.Window(words, k, window);
                flat.AddRange(window);
                var n = NerFeatures.Context(context, first + k, buffer);
                for (var j = 0; j < n; j++)
                    flat.Add(buffer[j]);
            }
        }

        starts.Add(flat.Count);
        var features = flat.ToArray();
        var offsets = starts.ToArray();
        var weights = new AveragedWeights(BucketBits, c);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var noTransitions = new float[(c + 1) * c];
        var transFeatures = new uint[c + 1];
        for (var p = 0; p <= c; p++)
            transFeatures[p] = FeatureHash.Of(NerFeatures.Transition, p);
        var selection = new Selection(Log, epochs);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (context, first, n) = sentences[i];
                if (n == 0)
                    continue;
                var emissions = new float[n * c];
                for (var k = 0; k < n; k++)
                {
                    var token = sentenceStart[i] + k;
                    weights.Score(features.AsSpan(offsets[token], offsets[token + 1] - offsets[token]), emissions.AsSpan(k * c, c));
                }

                Learn(weights, emissions, noTransitions, transFeatures, context.Doc.Gold.AsSpan(first, n), features,
                    k => (offsets[sentenceStart[i] + k], offsets[sentenceStart[i] + k + 1] - offsets[sentenceStart[i] + k]));
                weights.Tick();
            }

            if (!select)
                continue;
            var table = weights.Export(0);
            selection.Offer(epoch, table, Evaluate(new NerPass(table, vocabulary, outside), dev));
        }

        if (select)
            selection.Report();
        return (selection.Best ?? weights.Export(0), selection.BestEpoch);
    }

    /// <summary>
    /// Trains the stacked pass: each training sentence starts from its held-out pass-one scores and transitions, the
    /// learned rows are added to them, and Viterbi decodes as in <see cref="StackedPass.Run"/>.
    /// </summary>
    private QuantizedTable TrainStacked(List<NerContext> contexts, List<NerContext> dev, Dictionary<NerContext, Base> bases, NerPass firstPass, int epochs)
    {
        const int c = NerLabels.Count;
        const int k = StackedPass.FeatureCount;
        var sentences = new List<(NerContext Context, int First, int Count)>();
        foreach (var context in contexts)
        {
            foreach (var s in context.Doc.Sentences)
            {
                if (s.TokenCount > 0)
                    sentences.Add((context, s.FirstToken, s.TokenCount));
            }
        }

        var features = new Dictionary<NerContext, uint[]>();
        foreach (var context in contexts)
        {
            var f = new uint[context.Doc.Tokens.Length * k];
            for (var t = 0; t < context.Doc.Tokens.Length; t++)
                StackedPass.Features(context, t, f.AsSpan(t * k, k));
            features[context] = f;
        }

        var transFeatures = new uint[c + 1];
        for (var p = -1; p < c; p++)
            transFeatures[p + 1] = StackedPass.TransitionFeature(p);
        var weights = new AveragedWeights(StackedBucketBits, c);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var selection = new Selection(Log, 0);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var (context, first, n) = sentences[i];
                var (baseEmissions, baseTransitions) = bases[context];
                var tokenFeatures = features[context];
                var emissions = baseEmissions.AsSpan(first * c, n * c).ToArray();
                for (var t = 0; t < n; t++)
                    weights.Score(tokenFeatures.AsSpan((first + t) * k, k), emissions.AsSpan(t * c, c));
                Learn(weights, emissions, baseTransitions, transFeatures, context.Doc.Gold.AsSpan(first, n), tokenFeatures, t => ((first + t) * k, k));
                weights.Tick();
            }

            var table = weights.Export(0);
            selection.Offer(epoch, table, Evaluate(firstPass, new StackedPass(table, firstPass.Transitions), dev));
        }

        selection.Report();
        return selection.Best ?? weights.Export(0);
    }

    /// <summary>
    /// One structured-perceptron step on a sentence whose emissions are scored: decode with the learned transitions added
    /// to baseTransitions, then move the weights toward the gold labels wherever the decoding differs.
    /// featuresOf(t) gives where token t's features are in features.
    /// </summary>
    private static void Learn(AveragedWeights weights, float[] emissions, float[] baseTransitions, uint[] transFeatures, ReadOnlySpan<int> gold,
        uint[] features, Func<int, (int Start, int Length)> featuresOf)
    {
        const int c = NerLabels.Count;
        var n = gold.Length;
        var trans = (float[])baseTransitions.Clone();
        for (var p = 0; p <= c; p++)
            weights.Score(transFeatures.AsSpan(p, 1), trans.AsSpan(p * c, c));
        Viterbi.Constrain(trans, c);
        var predicted = new int[n];
        Viterbi.Decode(emissions, trans, c, predicted, new float[n * c], new int[n * c]);
        for (var t = 0; t < n; t++)
        {
            var prevGold = t == 0 ? -1 : gold[t - 1];
            var prevPredicted = t == 0 ? -1 : predicted[t - 1];
            if (gold[t] != predicted[t])
            {
                var (start, length) = featuresOf(t);
                weights.Update(features.AsSpan(start, length), gold[t], 1);
                weights.Update(features.AsSpan(start, length), predicted[t], -1);
            }

            if (gold[t] != predicted[t] || prevGold != prevPredicted)
            {
                weights.Update(transFeatures.AsSpan(prevGold + 1, 1), gold[t], 1);
                weights.Update(transFeatures.AsSpan(prevPredicted + 1, 1), predicted[t], -1);
            }
        }
    }

    /// <summary>Keeps the epoch that scores best on the dev set, printing each epoch's score.</summary>
    private sealed class Selection(TextWriter log, int defaultEpoch)
    {
        private double _bestF1 = -1;

        public QuantizedTable? Best { get; private set; }
        public int BestEpoch { get; private set; } = defaultEpoch;

        public void Offer(int epoch, QuantizedTable table, EntityScorer score)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch,2}  dev P {score.Precision:F4}  R {score.Recall:F4}  F1 {score.F1:F4}"));
            if (score.F1 <= _bestF1)
                return;
            _bestF1 = score.F1;
            Best = table;
            BestEpoch = epoch;
        }

        public void Report() =>
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best dev F1 {_bestF1:F4} at epoch {BestEpoch}"));
    }
}
