using Parallax.Nlp.Ner;

namespace Parallax.Nlp.Tests;

/// <summary>The stacked second pass must decode what its hashed features say, whichever rows it reads them from.</summary>
public sealed class StackedPassTests
{
    [Fact]
    public void Dense_rows_decode_as_the_hashed_features_do()
    {
        var stage = Models.Required;
        const string text = "RANGERS BEAT CELTIC AS VARNA WAITS\n\nVarna, Veldonia — Foreign ministers of the Arab League met Sergei "
            + "Lavrov and John Kerry on Monday. Kerry said the State Department would send 24 observers to Mosul, Iraq. "
            + "Lavrov told Kerry that Varna and the Arab League agreed; Rangers and Celtic drew 2-2 in Glasgow.";
        var context = Models.NerContext(text);
        var sentences = context.Doc.Sentences;
        const int c = NerLabels.Count;
        var n = context.Doc.Tokens.Length;
        var labels = new int[n];
        var emissions = new float[n * c];
        var fixedLabels = new int[n];
        stage.Ner.First.Run(context, labels, emissions, fixedLabels);
        context.SetFirstPass(labels);
        Assert.Contains(context.Majority, m => m != 0);
        var second = stage.Ner.Second!;
        var stacked = new int[n];
        var settled = fixedLabels.ToArray();
        var firstPassFixed = fixedLabels.ToArray();
        second.Run(context, emissions, fixedLabels, stacked);

        var table = second.Weights.ToWeightTable();
        var trans = stage.Ner.First.Transitions.ToArray();
        for (var p = -1; p < c; p++)
            table.Add(StackedPass.TransitionFeature(p), trans.AsSpan((p + 1) * c, c));
        Viterbi.Constrain(trans, c);
        var expected = new int[n];
        var features = new uint[StackedPass.FeatureCount];
        foreach (var s in sentences)
        {
            var scores = new float[s.TokenCount * c];
            for (var i = 0; i < s.TokenCount; i++)
            {
                var t = s.FirstToken + i;
                if (settled[t] < 0 && StackedPass.IsQuiet(context, t, s.FirstToken, s.FirstToken + s.TokenCount))
                    settled[t] = NerLabels.O;
                if (settled[t] >= 0)
                    continue;
                emissions.AsSpan(t * c, c).CopyTo(scores.AsSpan(i * c, c));
                StackedPass.Features(context, t, features);
                foreach (var f in features)
                    table.Add(f, scores.AsSpan(i * c, c));
            }

            Viterbi.DecodeRuns(scores, new Viterbi.Transitions(trans), settled.AsSpan(s.FirstToken, s.TokenCount), expected.AsSpan(s.FirstToken, s.TokenCount),
                new float[scores.Length], new int[scores.Length]);
        }

        Assert.Equal(expected, stacked);
        Assert.Equal(settled, fixedLabels);
        // The quiet rule fixed some tokens pass one had scored.
        Assert.Contains(Enumerable.Range(0, n), t => firstPassFixed[t] < 0 && fixedLabels[t] == NerLabels.O);
        Assert.Contains(stacked, l => l != NerLabels.O);
    }
}
