using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Nlp.Tests;

/// <summary>The two seed articles (../shared/seeds, never copied into the repo): the names the issue lists get the right type.</summary>
public sealed class SeedAcceptanceTests
{
    [Theory]
    [InlineData("Kerry", EntityType.PER)]
    [InlineData("Lavrov", EntityType.PER)]
    [InlineData("Khamenei", EntityType.PER)]
    [InlineData("Jaafari", EntityType.PER)]
    [InlineData("Massoum", EntityType.PER)]
    [InlineData("Hollande", EntityType.PER)]
    [InlineData("Rasmussen", EntityType.PER)]
    [InlineData("Cameron", EntityType.PER)]
    [InlineData("NATO", EntityType.ORG)]
    [InlineData("State Department", EntityType.ORG)]
    [InlineData("Arab League", EntityType.ORG)]
    [InlineData("Paris", EntityType.LOC)]
    [InlineData("Mosul", EntityType.LOC)]
    [InlineData("Iraq", EntityType.LOC)]
    [InlineData("Syria", EntityType.LOC)]
    public void NameHasItsType(string name, EntityType expected)
    {
        var mentions = SeedMentions();
        if (mentions is null)
            return;
        var matching = mentions.Where(m => m.Text.Contains(name, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(matching);
        var right = matching.Count(m => m.Type == expected);
        Assert.True(right * 2 > matching.Count, $"{name}: {string.Join(", ", matching.Select(m => $"{m.Text}/{m.Type}"))}");
    }

    [Fact]
    public void SeedAnnotationsHoldTheInvariants()
    {
        var seeds = SharedData.PathOf("seeds");
        if (seeds is null || Models.Stage is null)
            return;
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var document = Run(File.ReadAllText(file));
            InvariantTests.AssertTokens(document.Text, document.Tokens);
            InvariantTests.AssertSentences(document.Text, document.Tokens, document.Sentences);
            InvariantTests.AssertMentions(document);
        }
    }

    private static List<(string Text, EntityType Type)>? SeedMentions()
    {
        var seeds = SharedData.PathOf("seeds");
        if (seeds is null || Models.Stage is null)
            return null;
        var result = new List<(string, EntityType)>();
        foreach (var file in Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Run(File.ReadAllText(file));
            foreach (var m in document.Mentions)
                result.Add((document.Text.Substring(m.Start, m.Length), m.Type));
        }

        return result;
    }

    private static Document Run(string text)
    {
        var document = new Document(new Article(new SourceInfo("seed", null, null), text, text, new ArticleMetadata()));
        Models.Required.Process(document, CancellationToken.None);
        return document;
    }
}
