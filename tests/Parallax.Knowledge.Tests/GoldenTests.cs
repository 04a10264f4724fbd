using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Model;
using Parallax.Pipeline.Output;

namespace Parallax.Knowledge.Tests;

/// <summary>
/// The entities[] JSON of a small two-article corpus, compared with Golden/entities.json.
/// Set PARALLAX_UPDATE_GOLDEN=1 to rewrite the file after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    private const string First =
        "Russian Foreign Minister Sergey Lavrov met US Secretary of State John Kerry in Paris. " +
        "Kerry said the talks on ISIS went well. \"We agree,\" the secretary said.";

    private const string Second =
        "Sergei Lavrov, Russia's foreign minister, said Daesh must be stopped. " +
        "The group holds land in Iraq. Iraqi officials agreed with Lavrov.";

    [Fact]
    public void Entities_json_matches_the_golden_file()
    {
        (string, EntityType)[] names =
        [
            ("Sergey Lavrov", EntityType.PER), ("Sergei Lavrov", EntityType.PER), ("Lavrov", EntityType.PER), ("John Kerry", EntityType.PER),
            ("Kerry", EntityType.PER), ("Paris", EntityType.LOC), ("ISIS", EntityType.ORG), ("Daesh", EntityType.ORG), ("Iraq", EntityType.LOC),
            ("Iraqi", EntityType.MISC),
        ];
        var docs = new List<Document> { Docs.Make(First, "first", names), Docs.Make(Second, "second", names) };
        var resolution = new EntityResolution(KnowledgeBase.Default);
        foreach (var d in docs)
            new EntityMentionStage(resolution).Process(d, CancellationToken.None);
        var corpus = new Corpus(docs);
        new EntityStage(resolution).Process(corpus, CancellationToken.None);
        var json = "[\n" + string.Join(",\n", corpus.Entities.Select(e => ReportJson.Serialize(ReportBuilder.Entity(e)))) + "\n]\n";

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", "entities.json");
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
        {
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", "entities.json"));
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, json);
            return;
        }

        Assert.True(File.Exists(path), "golden file missing; run once with PARALLAX_UPDATE_GOLDEN=1");
        Assert.Equal(File.ReadAllText(path), json);
    }
}
