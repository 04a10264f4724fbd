using Parallax.Annotations;

namespace Parallax.Facts.Tests;

public sealed class QuoteTests
{
    [Theory]
    [InlineData("“We will rebuild the bridge,” Mayor Lena Ortiz said.", 1, 27, "Mayor Lena Ortiz", "said", "Lena Ortiz")]
    [InlineData("\"We will rebuild the bridge,\" said Mayor Lena Ortiz.", 1, 27, "Mayor Lena Ortiz", "said", "Lena Ortiz")]
    [InlineData("Mayor Lena Ortiz told reporters: «We will rebuild the bridge.»", 34, 27, "Mayor Lena Ortiz", "told", "Lena Ortiz")]
    [InlineData("„We will rebuild the bridge“, Mayor Lena Ortiz said.", 1, 26, "Mayor Lena Ortiz", "said", "Lena Ortiz")]
    [InlineData("‘We will rebuild the bridge,’ Mayor Lena Ortiz said.", 1, 27, "Mayor Lena Ortiz", "said", "Lena Ortiz")]
    [InlineData("The union replied, \"No deal has been offered.\"", 20, 25, "The union", "replied", "The union")]
    public void Direct_quotes_in_every_mark_style_get_their_speaker(string text, int start, int length, string speaker, string cue, string name)
    {
        var d = Run.Facts(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal((start, length), (q.Start, q.Length));
        Assert.Equal(speaker, d.Slice(q.Speaker));
        Assert.Equal(cue, d.Slice(q.Cue));
        Assert.Equal(name, q.SpeakerName);
    }

    [Fact]
    public void Split_quote_is_one_quote_with_two_parts()
    {
        const string text = "“If the rain keeps up,” forecaster Paula Grant said, “the river will crest by Thursday.”";
        var d = Run.Facts(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal("If the rain keeps up,", d.Content(q));
        Assert.Equal("the river will crest by Thursday.", d.Slice(q.Second));
        Assert.Equal("Paula Grant", q.SpeakerName);
    }

    [Fact]
    public void Split_across_sentences_and_pronoun_with_gender()
    {
        const string text = "Senator Maria Lopez met Governor Tom Reyes on Tuesday.\n\n“We have a plan,” she said. “It starts next week.”\n\n“I agree with her,” he said.";
        var d = Run.Facts(text);
        Assert.Equal(2, d.Quotes.Length);
        var first = d.QuoteWith("We have a plan");
        Assert.Equal("It starts next week.", d.Slice(first.Second));
        Assert.Equal("Maria Lopez", first.SpeakerName);
        Assert.Equal("Tom Reyes", d.QuoteWith("I agree").SpeakerName);
    }

    [Fact]
    public void Multi_paragraph_quote_runs_until_the_closing_mark()
    {
        const string text = "Chief Ana Silva said:\n\n“The crews worked all night.\n\n“They saved every house on the hill.”\n\nThe fire is out.";
        var d = Run.Facts(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal("The crews worked all night.\n\n“They saved every house on the hill.", d.Content(q));
        Assert.Equal("Ana Silva", q.SpeakerName);
    }

    [Fact]
    public void Partial_quotes_inside_a_sentence_share_the_speaker()
    {
        const string text = "Minister Omar Haddad called the plan “reckless” and “doomed to fail.”";
        var d = Run.Facts(text);
        Assert.Equal(2, d.Quotes.Length);
        Assert.All(d.Quotes, q => Assert.Equal(QuoteKind.Partial, q.Kind));
        Assert.All(d.Quotes, q => Assert.Equal("Omar Haddad", q.SpeakerName));
    }

    [Theory]
    [InlineData("Harlan says he won’t rule out a second vote.", "he won’t rule out a second vote", "Harlan")]
    [InlineData("Governor Ruth Bell insisted Monday that the budget is balanced.", "the budget is balanced", "Ruth Bell")]
    [InlineData("The toll road will close for repairs, the transport agency said.", "The toll road will close for repairs", "the transport agency")]
    [InlineData("Exports fell sharply in March, according to customs officials.", "Exports fell sharply in March", "customs officials")]
    public void Indirect_speech_has_its_content_span(string text, string content, string speaker)
    {
        var d = Run.Facts(text);
        var q = Assert.Single(d.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(content, d.Content(q));
        Assert.Contains(speaker, q.SpeakerName ?? d.Slice(q.Speaker), StringComparison.Ordinal);
    }

    [Fact]
    public void Role_speakers_resolve_to_the_named_holder_or_stay_as_the_phrase()
    {
        const string text = "Health Secretary Janet Cole visited the clinic.\n\n“We need more nurses,” the secretary said.\n\n"
            + "The Port Authority said in a statement that ships would wait.\n\n“Safety comes first,” the statement said.\n\n"
            + "“Nobody told us,” a local fisherman said.";
        var d = Run.Facts(text);
        Assert.Equal("Janet Cole", d.QuoteWith("more nurses").SpeakerName);
        Assert.Equal("Port Authority", d.QuoteWith("Safety comes").SpeakerName);
        Assert.Equal("a local fisherman", d.QuoteWith("Nobody told").SpeakerName);
    }

    [Fact]
    public void Speaker_in_the_next_sentence()
    {
        const string text = "“The water is safe to drink.” Inspector Karl Weber said so after the tests.";
        var d = Run.Facts(text);
        Assert.Equal("Karl Weber", d.QuoteWith("water is safe").SpeakerName);
    }

    [Fact]
    public void Unbalanced_straight_quote_ends_at_the_paragraph()
    {
        const string text = "Coach Dana Reed said, \"We played hard and lost.\n\nThe team flies home tonight.";
        var d = Run.Facts(text);
        var q = Assert.Single(d.Quotes, x => x.Kind != QuoteKind.Indirect);
        Assert.Equal("We played hard and lost.", d.Content(q));
        Assert.Equal("Dana Reed", q.SpeakerName);
    }

    [Fact]
    public void Upstream_mentions_and_entity_ids_are_used_when_present()
    {
        const string text = "Pia Novak spoke first. “Rates stay put,” Novak said.";
        var d = Run.Facts(text, upstream: doc =>
        {
            doc.Sentences = [new Sentence(0, 22, 0, 4), new Sentence(23, 29, 4, 8)];
            doc.Mentions = [new EntityMention(0, 9, EntityType.PER, 0, 2), new EntityMention(41, 5, EntityType.PER, 6, 1)];
            doc.MentionEntities = ["Q-novak", "Q-novak"];
        });
        var q = Assert.Single(d.Quotes);
        Assert.Equal("Q-novak", q.SpeakerEntity);
        Assert.Equal("Pia Novak", q.SpeakerName);
    }

    [Fact]
    public void Pronoun_goes_to_the_nearest_compatible_person()
    {
        const string text = "Anna Berg and her deputy, Paul Stone, spoke on Friday.\n\n“The vote is final,” she said.";
        var d = Run.Facts(text);
        Assert.Equal("Anna Berg", d.QuoteWith("vote is final").SpeakerName);
    }
}
