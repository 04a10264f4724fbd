using Parallax.Nlp.Formats;
using Parallax.Nlp.Ner;

namespace Parallax.Nlp.Tests;

public sealed class FormatTests
{
    private const string Conll = "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n-DOCSTART- -X- O O\n\nJohn NNP I-NP I-PER\nsaid VBD I-VP O\n";

    [Fact]
    public void NerOutputKeepsLinesBlanksAndDocStarts()
    {
        var stage = Models.Stage;
        if (stage is null)
            return;
        var output = new StringWriter();
        TagFormats.TagConllNer(new StringReader(Conll), output, stage, append: false);
        var lines = output.ToString().Split('\n');
        var input = Conll.Split('\n');
        Assert.Equal(input.Length, lines.Length);
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i].Length == 0)
            {
                Assert.Equal("", lines[i]);
                continue;
            }

            var cols = lines[i].Split('\t');
            Assert.Equal(2, cols.Length);
            Assert.Equal(input[i].Split(' ')[0], cols[0]);
            Assert.Matches("^(O|[BI]-(PER|ORG|LOC|MISC))$", cols[1]);
        }
    }

    [Fact]
    public void AppendedOutputScoresLikeConlleval()
    {
        var stage = Models.Stage;
        if (stage is null)
            return;
        var output = new StringWriter();
        TagFormats.TagConllNer(new StringReader(Conll), output, stage, append: true);
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (var line in output.ToString().Split('\n'))
        {
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0)
                continue;
            Assert.Equal(5, cols.Length);
            gold.Add(cols[^2]);
            predicted.Add(cols[^1]);
        }

        // conlleval reads IOB1 gold and BIO predictions as the same chunks when they agree.
        var scorer = new EntityScorer();
        scorer.Add(NerLabels.FromBio(gold), NerLabels.FromBio(predicted));
        Assert.Equal(4, scorer.Gold);
        Assert.True(scorer.F1 >= 0.8, $"F1 {scorer.F1}");
    }

    [Theory]
    [InlineData("I-PER I-PER O I-LOC", "0+2:0 3+1:2")]
    [InlineData("B-PER I-PER B-PER O", "0+2:0 2+1:0")]
    [InlineData("I-ORG I-PER I-PER", "0+1:1 1+2:0")]
    [InlineData("O I-MISC B-MISC I-MISC", "1+1:3 2+2:3")]
    public void ChunksFollowConllevalForIob1(string tags, string expected)
    {
        var spans = EntityScorer.Spans(NerLabels.FromBio(tags.Split(' ')));
        Assert.Equal(expected, string.Join(' ', spans.OrderBy(s => s.Start).Select(s => $"{s.Start}+{s.Length}:{s.Type}")));
    }

    [Fact]
    public void ConlluGetsTagsFilled()
    {
        var stage = Models.Stage;
        if (stage is null)
            return;
        const string input = "# text = The dog barks.\n1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n3\tbarks\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        var output = new StringWriter();
        TagFormats.TagConllu(new StringReader(input), output, stage);
        var lines = output.ToString().Split('\n');
        Assert.Equal("# text = The dog barks.", lines[0]);
        Assert.Equal("DET", lines[1].Split('\t')[3]);
        Assert.Equal("NOUN", lines[2].Split('\t')[3]);
        Assert.Equal("PUNCT", lines[4].Split('\t')[3]);
        Assert.Equal(".", lines[4].Split('\t')[4]);
    }
}
