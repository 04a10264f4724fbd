using Parallax.Annotations;
using Parallax.Cli.Commands;
using Parallax.Knowledge.Kb;
using Parallax.Model;

namespace Parallax.Knowledge.Tests;

public sealed class ExplainTests
{
    private static Corpus Build()
    {
        (string, EntityType)[] names = [("Sergey Lavrov", EntityType.PER), ("Sergei Lavrov", EntityType.PER), ("Lavrov", EntityType.PER)];
        var docs = new List<Document>
        {
            Docs.Make("Russian Foreign Minister Sergey Lavrov spoke in Geneva.", "one", names),
            Docs.Make("Sergei Lavrov, Russia's foreign minister, replied. Lavrov left.", "two", names),
        };
        var resolution = new EntityResolution(KnowledgeBase.Default);
        foreach (var d in docs)
            resolution.Analyze(d);
        var corpus = new Corpus(docs);
        new EntityStage(resolution).Process(corpus, CancellationToken.None);
        return corpus;
    }

    [Theory]
    [InlineData("per:sergey-lavrov")]
    [InlineData("PER:SERGEY-LAVROV")]
    [InlineData("Sergei Lavrov")]
    [InlineData("lavrov")]
    public void Finds_by_id_name_or_alias(string wanted)
    {
        var found = ExplainEntityCommand.Find(Build(), wanted);
        Assert.Equal("per:sergey-lavrov", Assert.Single(found).Id);
    }

    [Fact]
    public void Shows_every_merge_with_rule_and_evidence()
    {
        var corpus = Build();
        var text = ExplainEntityCommand.Render(corpus.Entities.Single(e => e.Id == "per:sergey-lavrov"), corpus);
        Assert.StartsWith("per:sergey-lavrov  PER  Sergey Lavrov\n  code RUSGOV  country RUS  roles foreign minister\n", text, StringComparison.Ordinal);
        Assert.Contains("[transliteration] two@0: 'Sergei Lavrov' and 'Sergey Lavrov': given names are one name in two spellings", text, StringComparison.Ordinal);
        Assert.Contains("[surname] two@", text, StringComparison.Ordinal);
        Assert.Contains("[title] one@0: role 'foreign minister' (GOV) from \"Russian Foreign Minister\"", text, StringComparison.Ordinal);
        Assert.Empty(ExplainEntityCommand.Find(corpus, "per:nobody"));
    }
}
