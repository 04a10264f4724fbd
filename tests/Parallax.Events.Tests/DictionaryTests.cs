namespace Parallax.Events.Tests;

public sealed class DictionaryTests
{
    [Theory]
    [InlineData("01", 1)]
    [InlineData("05", 1)]
    [InlineData("06", 2)]
    [InlineData("08", 2)]
    [InlineData("09", 3)]
    [InlineData("13", 3)]
    [InlineData("14", 4)]
    [InlineData("20", 4)]
    public void Quad_class_follows_the_root(string root, int quad) => Assert.Equal(quad, Codebook.QuadClassOf(root));

    [Theory]
    [InlineData("040", 1.0)]
    [InlineData("057", 8.0)]
    [InlineData("120", -4.0)]
    [InlineData("186", -10.0)]
    [InlineData("195", -10.0)]
    public void Codebook_has_the_standard_goldstein_weights(string code, double goldstein) =>
        Assert.Equal(goldstein, Codebook.Default[code].Goldstein);

    [Fact]
    public void Codebook_has_every_root_and_every_dictionary_code()
    {
        for (var r = 1; r <= 20; r++)
            Assert.True(Codebook.Default.TryGet(r.ToString("00", System.Globalization.CultureInfo.InvariantCulture), out _));
        Assert.All(EventDictionary.Default.Patterns, p => Assert.True(Codebook.Default.TryGet(p.Code, out _), p.Origin));
    }

    [Theory]
    [InlineData("[verbs]\n999  meet", "not a CAMEO code")]
    [InlineData("[verbs]\n040", "at least a head word")]
    [InlineData("[verbs]\n040  meet ; sometimes", "unknown option")]
    [InlineData("[verbs]\n040  meet ; strict", "needs target prepositions")]
    [InlineData("[places]\nfoo", "unknown section")]
    [InlineData("040  meet", "outside a section")]
    [InlineData("[actors]\ngov officials", "CODE (capitals)")]
    [InlineData("[modality]\nmaybe perhaps", "unknown modality kind")]
    public void Bad_dictionary_lines_are_reported_with_file_and_line(string text, string message)
    {
        var ex = Assert.Throws<FormatException>(() => EventDictionary.Parse(new StringReader(text), "user.txt"));
        Assert.Contains("user.txt:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_dictionary_adds_verbs_and_actors()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[verbs]\n061  barter > with ; mutual\n[actors]\nUSAMIL  the Pentagon\n[forms]\nbarter bartered\n");
            var coder = new EventCoder(EventDictionary.LoadWith(path));
            var doc = Evaluation.AnnotatedText.Parse("the Pentagon bartered with [Iran|IRN].");
            var e = Assert.Single(coder.Code(doc));
            Assert.Equal(("061", "USAMIL", "IRN"), (e.Cameo, e.Source.Code, e.Target.Code));
            Assert.Empty(EventCoder.Default.Code(doc));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("meet", "met")]
    [InlineData("reject", "rejected")]
    [InlineData("plan", "planned")]
    [InlineData("deny", "denied")]
    [InlineData("seize", "seized")]
    public void Past_forms_are_generated(string lemma, string past) =>
        Assert.Contains(past, Inflections.Participles(lemma, EventDictionary.Default.Forms));
}
