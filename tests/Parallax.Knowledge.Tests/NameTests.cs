using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Resolution;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Tests;

public sealed class NameTests
{
    [Theory]
    [InlineData("the U.S.", "us")]
    [InlineData("al-Qaeda", "al qaeda")]
    [InlineData("Da'esh", "daesh")]
    [InlineData("  François  Hollande ", "francois hollande")]
    [InlineData("Secretary-General", "secretary general")]
    [InlineData("Łukasz Żmuda", "lukasz zmuda")]
    [InlineData("The", "the")]
    [InlineData("", "")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, NameText.Normalize(input));

    [Theory]
    [InlineData("sergey", "sergei")]
    [InlineData("fouad", "fuad")]
    [InlineData("massoum", "masum")]
    [InlineData("qaeda", "qaida")]
    [InlineData("mohammed", "mohamed")]
    [InlineData("qaddafi", "kadhafi")]
    [InlineData("wladimir", "vladimir")]
    [InlineData("jaafari", "jafari")]
    public void Transliteration_keys_agree(string a, string b) => Assert.Equal(Translit.Key(a), Translit.Key(b));

    [Theory]
    [InlineData("kerry", "kelly")]
    [InlineData("haines", "cameron")]
    [InlineData("massoum", "massoud")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(Translit.Key(a), Translit.Key(b));

    [Theory]
    [InlineData("Ayatollah Ali Khamenei", "Ali Khamenei", "ali", "khamenei")]
    [InlineData("Ibrahim al-Jaafari", "Ibrahim al-Jaafari", "ibrahim", "jafari")]
    [InlineData("Dr. Ashraf Ghani", "Ashraf Ghani", "ashraf", "ghani")]
    [InlineData("Osama bin Laden", "Osama bin Laden", "osama", "laden")]
    [InlineData("Anders Fogh Rasmussen", "Anders Fogh Rasmussen", "anders fogh", "rasmusen")]
    [InlineData("Jean-Claude Juncker", "Jean-Claude Juncker", "jean klaude", "junker")]
    [InlineData("Khamenei", "Khamenei", "", "khamenei")]
    public void Parses_person_names(string text, string display, string given, string surnameKey)
    {
        var p = PersonName.Parse(text, KnowledgeBase.Default);
        Assert.NotNull(p);
        Assert.Equal(display, p.Display);
        Assert.Equal(given, string.Join(' ', p.Given));
        Assert.Equal(surnameKey, p.SurnameKey);
    }

    [Theory]
    [InlineData("islamic state of iraq and the levant", "isil")]
    [InlineData("kurdistan democratic party", "kdp")]
    [InlineData("nato", null)]
    public void Builds_acronyms(string name, string? expected) => Assert.Equal(expected, NameMatcher.Acronym(name));

    [Theory]
    [InlineData("anders", "anders fogh", GivenMatch.Exact)]
    [InlineData("j", "john", GivenMatch.Initial)]
    [InlineData("bill", "william jefferson", GivenMatch.Nickname)]
    [InlineData("javad", "mohamed javad", GivenMatch.Partial)]
    [InlineData("george h", "george v", GivenMatch.Conflict)]
    [InlineData("david", "samanta", GivenMatch.Conflict)]
    [InlineData("", "david", GivenMatch.Missing)]
    public void Compares_given_names(string a, string b, GivenMatch expected)
    {
        string[] Split(string s) => s.Length == 0 ? [] : [.. s.Split(" ").Select(w => Translit.Key(w))];
        Assert.Equal(expected, NameMatcher.CompareGiven(Split(a), Split(b)));
    }
}
