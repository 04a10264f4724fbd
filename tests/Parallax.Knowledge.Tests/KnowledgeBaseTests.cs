using Parallax.Annotations;
using Parallax.Knowledge.Kb;

namespace Parallax.Knowledge.Tests;

public sealed class KnowledgeBaseTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void Every_iso_country_is_loaded_once()
    {
        var countries = Kb.Entries.Where(e => e.Kind == KbKind.Country).ToList();
        Assert.True(countries.Count >= 249, $"{countries.Count} countries");
        Assert.Equal(countries.Count, countries.Select(c => c.Id).Distinct().Count());
        Assert.Equal(countries.Count, countries.Select(c => c.Iso2).Distinct().Count());
        Assert.All(countries, c => Assert.Matches("^[A-Z]{3}$", c.Id));
    }

    [Theory]
    [InlineData("the U.S.", "USA", AliasKind.Name)]
    [InlineData("U.S.", "USA", AliasKind.Name)]
    [InlineData("America", "USA", AliasKind.Name)]
    [InlineData("United States of America", "USA", AliasKind.Name)]
    [InlineData("Britain", "GBR", AliasKind.Name)]
    [InlineData("the UK", "GBR", AliasKind.Name)]
    [InlineData("Britain's", "GBR", AliasKind.Name)]
    [InlineData("Iran’s", "IRN", AliasKind.Name)]
    [InlineData("Iraqi", "IRQ", AliasKind.Adjective)]
    [InlineData("French", "FRA", AliasKind.Adjective)]
    [InlineData("Côte d'Ivoire", "CIV", AliasKind.Name)]
    [InlineData("Cote d’Ivoire", "CIV", AliasKind.Name)]
    [InlineData("the Kremlin", "gov:RUS", AliasKind.Name)]
    [InlineData("White House", "gov:USA", AliasKind.Name)]
    [InlineData("Downing Street", "gov:GBR", AliasKind.Name)]
    [InlineData("Tehran", "city:tehran-irn", AliasKind.Name)]
    [InlineData("Baghdad", "city:baghdad-irq", AliasKind.Name)]
    [InlineData("Islamic State", "org:isis", AliasKind.Name)]
    [InlineData("the Islamic State group", "org:isis", AliasKind.Name)]
    [InlineData("ISIL", "org:isis", AliasKind.Name)]
    [InlineData("Daesh", "org:isis", AliasKind.Name)]
    [InlineData("IS", "org:isis", AliasKind.Name)]
    [InlineData("al-Qaida", "org:alqaeda", AliasKind.Name)]
    [InlineData("Al Qaeda", "org:alqaeda", AliasKind.Name)]
    [InlineData("UN", "org:un", AliasKind.Name)]
    [InlineData("U.N. General Assembly", "org:unga", AliasKind.Name)]
    [InlineData("Security Council", "org:unsc", AliasKind.Name)]
    [InlineData("North Atlantic Treaty Organization", "org:nato", AliasKind.Name)]
    [InlineData("European Union", "org:eu", AliasKind.Name)]
    [InlineData("League of Arab States", "org:arl", AliasKind.Name)]
    [InlineData("African Union", "org:au", AliasKind.Name)]
    [InlineData("OPEC", "org:opec", AliasKind.Name)]
    [InlineData("IAEA", "org:iaea", AliasKind.Name)]
    [InlineData("Hizbollah", "org:hezbollah", AliasKind.Name)]
    public void Finds_aliases(string surface, string id, AliasKind kind)
    {
        Assert.True(Kb.TryFind(surface, out var hit), surface);
        Assert.Equal(id, hit.Entry.Id);
        Assert.Equal(kind, hit.Kind);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("is")]
    [InlineData("who")]
    [InlineData("Obama")]
    public void Short_capital_aliases_need_capitals(string surface) => Assert.False(Kb.TryFind(surface, out _), surface);

    [Theory]
    [InlineData("Foreign Minister", "foreign minister", "GOV")]
    [InlineData("foreign minister", "foreign minister", "GOV")]
    [InlineData("Secretary-General", "secretary-general", "IGO")]
    [InlineData("secretary general", "secretary-general", "IGO")]
    [InlineData("deputy spokeswoman", "spokesman", "GOV")]
    [InlineData("Supreme Leader", "supreme leader", "GOV")]
    [InlineData("Secretary of State", "secretary of state", "GOV")]
    [InlineData("ambassador", "ambassador", "DIP")]
    [InlineData("aid worker", "aid worker", "CVL")]
    public void Finds_roles(string title, string role, string sector)
    {
        var r = Kb.FindRole(title);
        Assert.NotNull(r);
        Assert.Equal(role, r.Role);
        Assert.Equal(sector, r.Sector);
    }

    [Fact]
    public void User_entries_extend_and_override_the_built_in_data()
    {
        var kb = KnowledgeBase.LoadWith(
            "# user additions\n" +
            "person\tjokowi\tJoko Widodo\tIDNGOV\tIDN\tpresident\tJokowi|Widodo\n" +
            "org\tnato\tALLIANCE\tNATO alliance\tIGONATO\t\tNATO\n" +
            "role\tfield marshal\tMIL\tfield-marshal\n" +
            "honorific\tHis Majesty\n");
        Assert.True(kb.TryFind("Jokowi", out var person));
        Assert.Equal("per:jokowi", person.Entry.Id);
        Assert.Equal(EntityType.PER, person.Entry.Type);
        Assert.Equal("IDN", person.Entry.Country);
        Assert.True(kb.TryFind("NATO", out var nato));
        Assert.Equal("IGONATO", nato.Entry.Code);
        Assert.Equal("MIL", kb.FindRole("Field-Marshal")!.Sector);
        Assert.True(kb.IsHonorific("his majesty"));
    }

    [Fact]
    public void The_documented_example_file_loads()
    {
        var doc = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "knowledge-base.md");
        var text = File.ReadAllText(doc);
        var start = text.IndexOf("```\n# kind", StringComparison.Ordinal) + 4;
        var example = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        var kb = KnowledgeBase.LoadWith(example);
        Assert.Equal("XAA", kb.FindCountry("Atlanteans")!.Id);
        Assert.True(kb.TryFind("the Crystal Palace", out var seat));
        Assert.Equal("XAAGOV", seat.Entry.Code);
        Assert.True(kb.TryFind("ELF", out var group));
        Assert.Equal("XAAREB", group.Entry.Code);
        Assert.True(kb.TryFind("Jokowi", out _));
        Assert.Equal("MIL", kb.FindRole("marshal")!.Sector);
    }

    [Theory]
    [InlineData("Jund al-Test (Soldiers of Test)", "org:jundtest")]
    [InlineData("Jund al-Test", "org:jundtest")]
    [InlineData("Soldiers of Test", "org:jundtest")]
    [InlineData("Jund al-Test (Soldiers of Test", "org:jundtest")]
    [InlineData("Abu Test (Father of Tests)", "per:abutest")]
    [InlineData("Father of Tests", "per:abutest")]
    [InlineData("British", "GBR")]
    [InlineData("Virgin Islands (British)", "VGB")]
    [InlineData("Colombia", "COL")]
    public void A_bracketed_alias_is_two_names_of_its_entry(string surface, string id)
    {
        var kb = KnowledgeBase.LoadWith(
            "group\tjundtest\tARMED\tJund Test Front\tSYRREB\tSYR\tJund al-Test (Soldiers of Test)\n" +
            "person\tabutest\tAbu Test\t\tSYR\t\tAbu Test (Father of Tests)|Colombia (Test)\n");
        Assert.True(kb.TryFind(surface, out var hit), surface);
        Assert.Equal(id, hit.Entry.Id);
    }

    [Theory]
    [InlineData("org\tonlyid\n", "(user):1")]
    [InlineData("# comment\n\nplanet\tmars\n", "(user):3")]
    [InlineData("country\tXX\tNOTISO\tNowhere\n", "(user):1")]
    public void Bad_user_lines_name_their_line(string text, string where)
    {
        var ex = Assert.Throws<FormatException>(() => KnowledgeBase.LoadWith(text));
        Assert.StartsWith(where, ex.Message, StringComparison.Ordinal);
    }
}
