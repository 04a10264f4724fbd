using Parallax.Nlp.Data;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Pos;

namespace Parallax.Nlp.Tests;

/// <summary>Words labelled without scoring: which words qualify, and that decoding around them stays exact.</summary>
public sealed class SettledTests
{
    [Fact]
    public void Viterbi_over_runs_between_fixed_O_tokens_equals_one_pass_with_those_tokens_forced()
    {
        const int c = NerLabels.Count;
        var random = new Random(5);
        var trans = new float[(c + 1) * c];
        for (var i = 0; i < trans.Length; i++)
            trans[i] = (float)(random.NextDouble() * 4) - 2;
        Viterbi.Constrain(trans, c);
        for (var round = 0; round < 300; round++)
        {
            var n = random.Next(1, 30);
            var emissions = new float[n * c];
            for (var i = 0; i < emissions.Length; i++)
                emissions[i] = (float)(random.NextDouble() * 6) - 3;
            var fixedO = new bool[n];
            for (var t = 0; t < n; t++)
                fixedO[t] = random.NextDouble() < 0.4;

            var forced = (float[])emissions.Clone();
            for (var t = 0; t < n; t++)
            {
                for (var k = 1; fixedO[t] && k < c; k++)
                    forced[(t * c) + k] = Viterbi.Forbidden;
            }

            var whole = new int[n];
            Viterbi.Decode(forced, trans, c, whole, new float[n * c], new int[n * c]);

            var runs = new int[n];
            var t0 = 0;
            while (t0 < n)
            {
                if (fixedO[t0])
                {
                    runs[t0++] = NerLabels.O;
                    continue;
                }

                var end = t0 + 1;
                while (end < n && !fixedO[end])
                    end++;
                Viterbi.Decode(emissions.AsSpan(t0 * c, (end - t0) * c), trans, c, runs.AsSpan(t0, end - t0), new float[n * c], new int[n * c],
                    before: t0 == 0 ? -1 : NerLabels.O, after: end == n ? -1 : NerLabels.O);
                t0 = end;
            }

            Assert.Equal(whole, runs);
        }
    }

    [Theory]
    [InlineData(-1, -1)]
    [InlineData(NerLabels.O, -1)]
    [InlineData(-1, NerLabels.O)]
    [InlineData(NerLabels.O, NerLabels.O)]
    public void Decode_finds_the_best_legal_path_that_exhaustive_search_finds(int before, int after)
    {
        const int c = NerLabels.Count;
        var random = new Random(11 + before + (3 * after));
        for (var round = 0; round < 40; round++)
        {
            var trans = new float[(c + 1) * c];
            for (var i = 0; i < trans.Length; i++)
                trans[i] = (float)(random.NextDouble() * 4) - 2;
            Viterbi.Constrain(trans, c);
            var n = 1 + (round % 3);
            var emissions = new float[n * c];
            for (var i = 0; i < emissions.Length; i++)
                emissions[i] = (float)(random.NextDouble() * 6) - 3;
            var decoded = new int[n];
            Viterbi.Decode(emissions, trans, c, decoded, new float[n * c], new int[n * c], before, after);

            var best = double.NegativeInfinity;
            int[]? bestPath = null;
            var path = new int[n];
            for (var code = 0; code < (int)Math.Pow(c, n); code++)
            {
                var rest = code;
                for (var t = 0; t < n; t++)
                {
                    path[t] = rest % c;
                    rest /= c;
                }

                if (!Legal(path, before, after))
                    continue;
                double score = trans[((before + 1) * c) + path[0]] + (after < 0 ? 0 : trans[((path[^1] + 1) * c) + after]);
                for (var t = 0; t < n; t++)
                    score += emissions[(t * c) + path[t]] + (t > 0 ? trans[((path[t - 1] + 1) * c) + path[t]] : 0);
                if (score > best)
                {
                    best = score;
                    bestPath = (int[])path.Clone();
                }
            }

            Assert.Equal(bestPath, decoded);
        }
    }

    private static bool Legal(int[] path, int before, int after)
    {
        if (!NerLabels.Allowed(before, path[0]) || (after < 0 ? !NerLabels.AllowedLast(path[^1]) : !NerLabels.Allowed(path[^1], after)))
            return false;
        for (var t = 1; t < path.Length; t++)
        {
            if (!NerLabels.Allowed(path[t - 1], path[t]))
                return false;
        }

        return true;
    }

    [Fact]
    public void Words_never_inside_a_name_are_outside_and_the_rest_are_not()
    {
        var docs = new List<List<TaggedSentence>>
        {
            Enumerable.Range(0, 6).Select(_ => Ner(("Bank", "I-ORG"), ("of", "I-ORG"), ("England", "I-ORG"), ("said", "O"), ("of", "O"),
                ("rates", "O"), (",", "O"), ("&", "O"), ("Gamble", "I-ORG"), ("&", "I-ORG"), ("Co", "I-ORG"), ("Monday", "O"), ("1996", "O"))).ToList(),
        };
        var outside = NerTrainer.Outside(docs, minCount: 5);
        Assert.Equal([",", "rates", "said"], outside);
        Assert.Empty(NerTrainer.Outside(docs, minCount: 7));
    }

    [Theory]
    [InlineData(3, 0.0, "the")]
    [InlineData(3, 0.25, "run the")]
    [InlineData(5, 0.25, "")]
    public void Settled_words_need_enough_uses_under_one_label(int minCount, double noise, string expected)
    {
        var train = new List<TaggedSentence>
        {
            Pos(("the", "DET|DT"), ("run", "NOUN|NN")),
            Pos(("the", "DET|DT"), ("run", "NOUN|NN")),
            Pos(("the", "DET|DT"), ("run", "NOUN|NN")),
            Pos(("we", "PRON|PRP"), ("run", "VERB|VBP")),
        };
        var settled = PosTrainer.Settled(train, ["DET|DT", "NOUN|NN", "PRON|PRP", "VERB|VBP"], minCount, noise);
        Assert.Equal(expected, string.Join(' ', settled.Keys.Order(StringComparer.Ordinal)));
        Assert.All(settled, p => Assert.Equal(p.Key == "the" ? 0 : 1, p.Value));
    }

    [Fact]
    public void The_committed_tagger_gives_a_settled_word_its_label_in_any_context()
    {
        var pos = Models.Required.Pos;
        var (word, label) = pos.Settled.First(p => p.Key == "the");
        foreach (var text in new[] { "the", "Run the test .", "of the of the" })
        {
            var tokens = Text.Tokenizer.Tokenize(text);
            var classes = new int[tokens.Length];
            pos.Tag(text, tokens, classes);
            for (var t = 0; t < tokens.Length; t++)
            {
                if (text.AsSpan(tokens[t].Start, tokens[t].Length).SequenceEqual(word))
                    Assert.Equal(label, classes[t]);
            }
        }
    }

    private static TaggedSentence Ner(params (string Word, string Tag)[] tokens) =>
        new([.. tokens.Select(p => p.Word)], [.. tokens.Select(p => p.Tag)], [.. tokens.Select(_ => "_")]);

    private static TaggedSentence Pos(params (string Word, string Joint)[] tokens) =>
        new([.. tokens.Select(p => p.Word)], [.. tokens.Select(p => p.Joint.Split('|')[0])], [.. tokens.Select(p => p.Joint.Split('|')[1])]);
}

public sealed class ContextRowsTests
{
    [Fact]
    public void Dense_context_rows_give_the_hashed_features_scores_bit_for_bit()
    {
        var stage = Models.Required;
        const string text = "NATO SUMMIT OPENS IN VARNA\n\nVarna, Veldonia — Foreign ministers of the Arab League met Sergei Lavrov "
            + "and John Kerry on Monday. Kerry said the State Department would send 24 observers to Mosul, Iraq. "
            + "The Bank of England and the United Nations were not represented; varna officials said little.";
        var context = Models.NerContext(text);
        var tokens = context.Doc.Tokens;
        var table = stage.Ner.First.Weights.ToWeightTable();
        var rows = new ContextRows(table);
        Span<uint> features = stackalloc uint[NerFeatures.MaxContext];
        for (var t = 0; t < tokens.Length; t++)
        {
            var hashed = new float[NerLabels.Count];
            var count = NerFeatures.Context(context, t, features);
            foreach (var f in features[..count])
                table.Add(f, hashed);
            var dense = new float[NerLabels.Count];
            // A row left to the caller is added last, as the recognizer does.
            if (rows.Add(context, t, dense, out var pending))
                table.Add(pending, dense);
            Assert.Equal(hashed, dense);
        }
    }
}
