using Parallax.Nlp.Data;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Pos;

namespace Parallax.Nlp.Tests;

public sealed class TrainingTests
{
    [Fact]
    public void PosTrainerLearnsFromAFewHundredSentences()
    {
        var path = SharedData.PathOf("data/ud-english-ewt/en_ewt-ud-train.conllu");
        if (path is null)
            return;
        var all = ConlluReader.Read(path);
        var train = all.Take(400).ToList();
        var dev = all.Skip(400).Take(150).ToList();
        var tagger = new PosTrainer { Epochs = 4, BucketBits = 16 }.Train(train, dev);
        var (upos, _) = PosTrainer.Evaluate(tagger, dev);
        var majority = dev.SelectMany(s => s.Tags).GroupBy(t => t).Max(g => g.Count()) / (double)dev.Sum(s => s.Tags.Length);
        Assert.True(upos > majority + 0.4, $"UPOS {upos:F3} vs majority baseline {majority:F3}");
    }

    [Fact]
    public void PosTrainerLearnsSyntheticGrammarAndIsReproducible()
    {
        var train = Synthetic(new Random(1), 300);
        var dev = Synthetic(new Random(2), 100);
        var a = new PosTrainer { Epochs = 3, BucketBits = 14, MinLabelCount = 1 }.Train(train, dev);
        var b = new PosTrainer { Epochs = 3, BucketBits = 14, MinLabelCount = 1 }.Train(train, dev);
        Assert.True(PosTrainer.Evaluate(a, dev).Upos > 0.95);
        Assert.Equal(a.Weights.Values, b.Weights.Values);
    }

    [Fact]
    public void NerTrainerLearnsFromAFewHundredSentences()
    {
        var path = SharedData.PathOf("data/conll2003/eng.train");
        var stage = Models.Stage;
        if (path is null || stage is null)
            return;
        var docs = Conll2003Reader.Read(path);
        var train = docs.Take(20).ToList();
        var dev = docs.Skip(20).Take(8).ToList();
        Assert.InRange(train.Sum(d => d.Count), 200, 1500);
        var model = new NerTrainer(stage.Pos) { Epochs = 3, BucketBits = 16, TwoPass = false }.Train(train, dev);
        var scorer = new EntityScorer();
        foreach (var d in dev)
        {
            var doc = NerDocument.FromSentences(d, withGold: true);
            var pos = new int[doc.Tokens.Length];
            foreach (var s in doc.Sentences)
                stage.Pos.Tag(doc.Text, doc.Tokens.AsSpan(s.FirstToken, s.TokenCount), pos.AsSpan(s.FirstToken, s.TokenCount));
            var labels = model.Tag(doc, pos);
            scorer.Add(doc.Gold, labels);
        }

        // Majority baseline (everything O) finds no entity: F1 0.
        Assert.True(scorer.F1 > 0.4, $"F1 {scorer.F1:F3}");
    }

    /// <summary>A tiny grammar: DET ADJ* NOUN VERB DET NOUN, with word lists per tag.</summary>
    internal static List<TaggedSentence> Synthetic(Random random, int count)
    {
        string[] det = ["the", "a", "this"], adj = ["big", "red", "old", "new"], noun = ["dog", "cat", "car", "house", "idea"], verb = ["runs", "sees", "likes", "eats"];
        var result = new List<TaggedSentence>();
        for (var i = 0; i < count; i++)
        {
            var words = new List<string>();
            var tags = new List<string>();
            void Add(string[] list, string tag)
            {
                words.Add(list[random.Next(list.Length)]);
                tags.Add(tag);
            }

            Add(det, "DET");
            for (var k = random.Next(3); k > 0; k--)
                Add(adj, "ADJ");
            Add(noun, "NOUN");
            Add(verb, "VERB");
            Add(det, "DET");
            Add(noun, "NOUN");
            result.Add(new TaggedSentence([.. words], [.. tags], [.. tags]));
        }

        return result;
    }
}
