using Parallax.Annotations;
using Parallax.Extract;
using Parallax.Model;

namespace Parallax.Knowledge.Tests;

/// <summary>
/// The acceptance case on the two seed articles. Mentions are set by hand here (found by searching the seed text for the
/// names at run time) until the recognizer lands; the lead then swaps in the real recognizer. Skips without ../shared.
/// </summary>
public sealed class SeedTests
{
    private static readonly (string, EntityType)[] Names =
    [
        ("Ibrahim al-Jaafari", EntityType.PER), ("Jaafari", EntityType.PER), ("John Kerry", EntityType.PER), ("Kerry", EntityType.PER),
        ("Sergey Lavrov", EntityType.PER), ("Sergei Lavrov", EntityType.PER), ("Bashar Assad", EntityType.PER), ("Marie Harf", EntityType.PER),
        ("Harf", EntityType.PER), ("Khamenei", EntityType.PER), ("Ali Khamenei", EntityType.PER), ("Anders Rasmussen", EntityType.PER),
        ("Anders Fogh Rasmussen", EntityType.PER), ("Rasmussen", EntityType.PER), ("David Haines", EntityType.PER), ("David Cameron", EntityType.PER),
        ("Cameron", EntityType.PER), ("Philip Hammond", EntityType.PER), ("Fouad Massoum", EntityType.PER), ("Massoum", EntityType.PER),
        ("Francois Hollande", EntityType.PER), ("Haider al-Abadi", EntityType.PER), ("Obama", EntityType.PER),
        ("Islamic State", EntityType.ORG), ("ISIS", EntityType.ORG), ("Daesh", EntityType.ORG), ("IS", EntityType.ORG), ("Arab League", EntityType.ORG),
        ("NATO", EntityType.ORG), ("State Department", EntityType.ORG), ("European Union", EntityType.ORG), ("United Nations", EntityType.ORG),
        ("United Nations General Assembly", EntityType.ORG), ("BBC", EntityType.ORG), ("CIA", EntityType.ORG), ("Associated Press", EntityType.ORG),
        ("Iran", EntityType.LOC), ("Iraq", EntityType.LOC), ("Syria", EntityType.LOC), ("Paris", EntityType.LOC), ("Mosul", EntityType.LOC),
        ("Tehran", EntityType.LOC), ("Washington", EntityType.LOC), ("Moscow", EntityType.LOC), ("Baghdad", EntityType.LOC), ("Brussels", EntityType.LOC),
        ("New York", EntityType.LOC), ("US", EntityType.LOC), ("U.S.", EntityType.LOC), ("UK", EntityType.LOC), ("Russia", EntityType.LOC),
        ("France", EntityType.LOC), ("China", EntityType.LOC), ("Germany", EntityType.LOC), ("United States", EntityType.LOC), ("Anbar", EntityType.LOC),
        ("Iranian", EntityType.MISC), ("Iranians", EntityType.MISC), ("Iraqi", EntityType.MISC), ("Iraqis", EntityType.MISC), ("Russian", EntityType.MISC),
        ("French", EntityType.MISC), ("Syrian", EntityType.MISC), ("British", EntityType.MISC), ("Sunni", EntityType.MISC), ("Shiite", EntityType.MISC),
        ("American", EntityType.MISC), ("Arab", EntityType.MISC), ("Briton", EntityType.MISC),
    ];

    private static string? SeedDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(candidate))
                return candidate;
        }

        return null;
    }

    private static (List<Document> Docs, Corpus Corpus)? Run()
    {
        if (SeedDir() is not { } dir)
            return null;
        var docs = new List<Document>();
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var raw = new RawDocument(SourceInfo.FromPath(file), File.ReadAllBytes(file));
            var doc = new Document(new ArticleExtractor().Extract(raw, CancellationToken.None));
            doc.Mentions = Docs.Mark(doc.Text, Names);
            docs.Add(doc);
        }

        var resolution = new EntityResolution(Kb.KnowledgeBase.Default);
        foreach (var d in docs)
            new EntityMentionStage(resolution).Process(d, CancellationToken.None);
        var corpus = new Corpus(docs);
        new EntityStage(resolution).Process(corpus, CancellationToken.None);
        return (docs, corpus);
    }

    private static List<Entity> With(Corpus corpus, string word) =>
        corpus.Entities.Where(e => e.Mentions.Any(m => m.Text.Contains(word, StringComparison.Ordinal))).ToList();

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("Rasmussen")]
    [InlineData("Khamenei")]
    [InlineData("Islamic State")]
    public void One_entity_across_both_articles(string name)
    {
        if (Run() is not var (docs, corpus))
            return;
        var found = With(corpus, name);
        Assert.Single(found);
        Assert.Equal(docs.Count, found[0].Mentions.Select(m => m.Article).Distinct().Count());
    }

    [Theory]
    [InlineData("Kerry", "USAGOV", "USA", "secretary of state")]
    [InlineData("Khamenei", "IRNGOV", "IRN", "supreme leader")]
    [InlineData("Massoum", "IRQGOV", "IRQ", "president")]
    [InlineData("Jaafari", "IRQGOV", "IRQ", "foreign minister")]
    [InlineData("Lavrov", "RUSGOV", "RUS", "foreign minister")]
    [InlineData("Hammond", "GBRGOV", "GBR", "foreign minister")]
    [InlineData("Rasmussen", "IGOWSTNAT", null, "secretary-general")]
    public void Codes_countries_and_roles(string name, string code, string? country, string role)
    {
        if (Run() is not var (_, corpus))
            return;
        var e = Assert.Single(With(corpus, name));
        Assert.Equal(code, e.Code);
        Assert.Equal(country, e.Country);
        Assert.Contains(role, e.Roles);
    }

    [Fact]
    public void Nothing_wrong_is_merged()
    {
        if (Run() is not var (docs, corpus))
            return;
        foreach (var e in corpus.Entities.Where(e => e.Type == EntityType.PER))
        {
            var surname = e.Name.Split(' ')[^1].Replace("al-", string.Empty, StringComparison.Ordinal);
            foreach (var m in e.Mentions.Where(m => char.IsUpper(m.Text[0]) && !m.Text.StartsWith("The ", StringComparison.Ordinal)))
                Assert.True(m.Text.Contains(surname, StringComparison.Ordinal), $"{m.Text} merged into {e.Name}");
        }

        Assert.NotEqual(Docs.IdOf(docs[0], "David Haines"), Docs.IdOf(docs[0], "David Cameron"));
        Assert.Single(With(corpus, "Haines"));
        Assert.Single(With(corpus, "Cameron"));
        var iran = corpus.Entities.Single(e => e.Id == "IRN");
        Assert.DoesNotContain(iran.Mentions, m => m.Text.StartsWith("Iranian", StringComparison.Ordinal));
    }

    [Fact]
    public void Roles_resolve_the_secretary_and_the_group()
    {
        if (Run() is not var (docs, _))
            return;
        var first = docs[0];
        Assert.Equal(Docs.IdOf(first, "John Kerry"), Docs.IdOf(first, "the secretary"));
        Assert.Equal("org:isis", Docs.IdOf(first, "the group"));
        var second = docs[1];
        Assert.Equal(Docs.IdOf(second, "Fouad Massoum"), Docs.IdOf(second, "president"));
    }
}
