using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Model;

namespace Parallax.Knowledge.Tests;

public sealed class DocumentResolverTests
{
    private static (Document Doc, Corpus Corpus) Run(string text, params (string, EntityType)[] names)
    {
        var doc = Docs.Make(text, names);
        var resolution = new EntityResolution(KnowledgeBase.Default);
        new EntityMentionStage(resolution).Process(doc, CancellationToken.None);
        var corpus = new Corpus([doc]);
        new EntityStage(resolution).Process(corpus, CancellationToken.None);
        return (doc, corpus);
    }

    private static Entity EntityOf(Corpus corpus, Document doc, string mention) =>
        corpus.Entities.Single(e => e.Id == Docs.IdOf(doc, mention));

    [Theory]
    [InlineData("US Secretary of State John Kerry spoke. Later Kerry left. \"No,\" the secretary said.", "the secretary", 64, 13)]
    [InlineData("Iraqi President Fouad Massoum arrived. Iraq's president, who spoke first, was calm.", "president", 46, 9)]
    [InlineData("British Prime Minister David Cameron spoke. The prime minister was angry.", "The prime minister", 44, 18)]
    public void Role_nominals_join_the_titled_person(string text, string nominal, int start, int length)
    {
        var (doc, _) = Run(text, ("John Kerry", EntityType.PER), ("Kerry", EntityType.PER), ("Fouad Massoum", EntityType.PER),
            ("Iraq", EntityType.LOC), ("David Cameron", EntityType.PER));
        var i = Array.FindIndex(doc.Mentions, m => m.Start == start);
        Assert.True(i >= 0, "no nominal mention at " + start);
        Assert.Equal(length, doc.Mentions[i].Length);
        Assert.Equal(nominal, Docs.Surface(doc, i));
        Assert.Equal(EntityType.PER, doc.Mentions[i].Type);
        Assert.Equal(doc.MentionEntities[0], doc.MentionEntities[i]);
    }

    [Theory]
    [InlineData("UK foreign minister Philip Hammond replied.", "Philip Hammond", "GBRGOV", "GBR", "foreign minister")]
    [InlineData("Iraqi Foreign Minister Ibrahim al-Jaafari said so. Jaafari left.", "Jaafari", "IRQGOV", "IRQ", "foreign minister")]
    [InlineData("Iran's Supreme Leader Ayatollah Ali Khamenei spoke.", "Ali Khamenei", "IRNGOV", "IRN", "supreme leader")]
    [InlineData("State Department deputy spokeswoman Marie Harf said no.", "Marie Harf", "USAGOV", "USA", "spokesman")]
    [InlineData("NATO Secretary-General Anders Rasmussen said no.", "Anders Rasmussen", "IGOWSTNAT", null, "secretary-general")]
    [InlineData("The group killed David Haines, a British aid worker, on Saturday.", "David Haines", "GBRCVL", "GBR", "aid worker")]
    [InlineData("Since becoming Iraqi prime minister, Haider al-Abadi has said little.", "Haider al-Abadi", "IRQGOV", "IRQ", "prime minister")]
    [InlineData("President Fouad Massoum of Iraq spoke.", "President Fouad Massoum", null, null, "president")]
    public void Titles_and_appositives_give_role_country_and_code(string text, string mention, string? code, string? country, string role)
    {
        var names = new (string, EntityType)[] { (mention, EntityType.PER) };
        if (mention == "Jaafari")
            names = [("Ibrahim al-Jaafari", EntityType.PER), ("Jaafari", EntityType.PER)];
        var (doc, corpus) = Run(text, names);
        var e = EntityOf(corpus, doc, mention);
        Assert.Equal(code, e.Code);
        Assert.Equal(country, e.Country);
        Assert.Contains(role, e.Roles);
        Assert.NotEmpty(e.Attributions);
    }

    [Fact]
    public void A_role_of_another_country_does_not_point_back()
    {
        var (doc, _) = Run("Iraqi President Fouad Massoum met the president of France.", ("Fouad Massoum", EntityType.PER));
        Assert.Single(doc.Mentions);
    }

    [Fact]
    public void Former_titles_give_no_current_role()
    {
        var (doc, corpus) = Run("Former Egyptian president Hosni Mubarak was acquitted.", ("Hosni Mubarak", EntityType.PER));
        var e = EntityOf(corpus, doc, "Hosni Mubarak");
        Assert.Empty(e.Roles);
        Assert.Equal("EGY", e.Country);
    }

    [Fact]
    public void The_group_resolves_only_when_unambiguous()
    {
        var (one, _) = Run("Islamic State fighters took the town. The group then withdrew.", ("Islamic State", EntityType.ORG));
        Assert.Equal("org:isis", Docs.IdOf(one, "The group"));
        var (two, _) = Run("Hamas and Hezbollah fighters fired rockets. The group then withdrew.", ("Hamas", EntityType.ORG), ("Hezbollah", EntityType.ORG));
        Assert.DoesNotContain(two.Mentions, m => two.Text.Substring(m.Start, m.Length) == "The group");
        var (of, _) = Run("ISIS fighters took the town. The group of reporters left.", ("ISIS", EntityType.ORG));
        Assert.DoesNotContain(of.Mentions, m => of.Text.Substring(m.Start, m.Length).StartsWith("The group", StringComparison.Ordinal));
    }

    [Fact]
    public void Locations_in_the_knowledge_base_become_gpe()
    {
        var (doc, corpus) = Run("Delegates met in Paris and in Anbar, near Baghdad.", ("Paris", EntityType.LOC), ("Anbar", EntityType.LOC), ("Baghdad", EntityType.LOC));
        Assert.Equal([EntityType.GPE, EntityType.LOC, EntityType.GPE], doc.Mentions.Select(m => m.Type));
        Assert.Equal("FRA", EntityOf(corpus, doc, "Paris").Country);
    }

    [Fact]
    public void Copes_with_recognizer_noise()
    {
        var text = "Secretary of State John Kerry spoke. Then kerry left. the Islamic State's fighters and Iran's envoy stayed.";
        var doc = Docs.Make(text, ("John Kerry", EntityType.PER), ("kerry", EntityType.PER), ("the Islamic State's", EntityType.ORG), ("Iran's", EntityType.LOC));
        new EntityMentionStage(new EntityResolution(KnowledgeBase.Default)).Process(doc, CancellationToken.None);
        Assert.Equal(doc.MentionEntities[0], Docs.IdOf(doc, "kerry"));
        Assert.Equal("org:isis", Docs.IdOf(doc, "the Islamic State's"));
        Assert.Equal("IRN", Docs.IdOf(doc, "Iran's"));
    }

    [Fact]
    public void Nominal_mentions_get_token_indexes_when_tokens_exist()
    {
        var text = "Iraqi President Fouad Massoum spoke. The president left.";
        var doc = Docs.Make(text, ("Fouad Massoum", EntityType.PER));
        var tokens = new List<Token>();
        for (var i = 0; i < text.Length;)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            if (char.IsLetter(text[i]))
                while (i < text.Length && char.IsLetter(text[i])) i++;
            else
                i++;
            tokens.Add(new Token(s, i - s, char.IsLetter(text[s]) ? TokenKind.Word : TokenKind.Punctuation));
        }

        doc.Tokens = [.. tokens];
        new EntityMentionStage(new EntityResolution(KnowledgeBase.Default)).Process(doc, CancellationToken.None);
        var nominal = doc.Mentions.Single(m => text.Substring(m.Start, m.Length) == "The president");
        Assert.Equal(6, nominal.FirstToken);
        Assert.Equal(2, nominal.TokenCount);
    }

    [Theory]
    [InlineData("Daesh (Islamic State fighters took the town.", "Daesh (Islamic State", "org:isis")]
    [InlineData("Fighters of Islamic State (Daesh) took the town.", "Islamic State (Daesh)", "org:isis")]
    [InlineData("Fighters of Daesh (IS) took the town.", "Daesh (IS)", "org:isis")]
    [InlineData("Hezbollah (Party of God) fighters crossed.", "Hezbollah (Party of God)", "org:hezbollah")]
    public void A_bracketed_mention_links_through_either_name(string text, string mention, string id)
    {
        var (doc, corpus) = Run(text, (mention, EntityType.ORG));
        Assert.Equal(id, Docs.IdOf(doc, mention));
        var entity = EntityOf(corpus, doc, mention);
        Assert.DoesNotContain(entity.Aliases, a => a.Contains('(', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Daesh claimed the attack on Monday.", "Daesh", "org:isis", new[] { "Daesh" })]
    [InlineData("Hezbollah said it fired the rockets.", "Hezbollah", "org:hezbollah", new[] { "Hezbollah" })]
    [InlineData("Ahmed Daesh, a farmer, spoke. Daesh said he saw nothing.", "Daesh", "per:ahmed-daesh", new[] { "Ahmed Daesh", "Daesh" })]
    [InlineData("Daesh said he saw nothing. Ahmed Daesh is a farmer.", "Daesh", "per:ahmed-daesh", new[] { "Ahmed Daesh", "Daesh" })]
    [InlineData("Lavrov said no.", "Lavrov", "per:lavrov", new[] { "Lavrov" })]
    public void A_one_word_group_tagged_as_a_person_links_to_the_group(string text, string mention, string id, string[] people)
    {
        var (doc, _) = Run(text, [.. people.Select(p => (p, EntityType.PER))]);
        Assert.Equal(id, Docs.IdOf(doc, mention));
    }

    [Fact]
    public void Running_twice_gives_the_same_result()
    {
        var text = "US Secretary of State John Kerry spoke. The secretary left. ISIS fighters stayed; the group waited.";
        var doc = Docs.Make(text, ("John Kerry", EntityType.PER), ("ISIS", EntityType.ORG));
        var resolution = new EntityResolution(KnowledgeBase.Default);
        resolution.Analyze(doc);
        var mentions = doc.Mentions;
        var ids = doc.MentionEntities;
        var again = new EntityResolution(KnowledgeBase.Default);
        again.Analyze(doc);
        Assert.Equal(mentions, doc.Mentions);
        Assert.Equal(ids, doc.MentionEntities);
    }
}
