using Parallax.Annotations;
using Parallax.Events.Evaluation;

namespace Parallax.Events.Tests;

public sealed class CoderTests
{
    private static CodedEvent[] Code(string annotated) => EventCoder.Default.Code(AnnotatedText.Parse(annotated, new DateOnly(2014, 9, 15)));

    private static string Describe(CodedEvent[] events) => string.Join("; ", events.Select(DevSetScore.Describe));

    [Theory]
    [InlineData("[Iran|IRN] rejected the [US|USA] request to join the coalition.", "120 IRN USA")]
    [InlineData("[Kerry|USAGOV|PER] met [Massoum|IRQGOV|PER] in [Paris|FRA|LOC].", "040 USAGOV IRQGOV")]
    [InlineData("[David Haines|GBRCVL|PER] was killed by [Islamic State|IMGISI].", "186 IMGISI GBRCVL")]
    [InlineData("[The US|USA] and [France|FRA] attacked [Iraq|IRQ].", "190 USA IRQ; 190 FRA IRQ")]
    [InlineData("\"We are not coordinating with [Iran|IRN],\" [Kerry|USAGOV|PER] said.", "060 USAGOV IRN neg")]
    [InlineData("[Iran|IRN] plans to attack [Israel|ISR].", "190 IRN ISR intent")]
    [InlineData("[Germany|DEU] should send aid to [Ukraine|UKR].", "070 DEU UKR demand")]
    [InlineData("If [Iran|IRN] attacks [Israel|ISR], the region will burn.", "190 IRN ISR hypothetical")]
    [InlineData("[Iranian|IRN|MISC] officials condemned [Israel|ISR].", "111 IRNGOV ISR")]
    [InlineData("[Iran|IRN], which backs [Hezbollah|LBNMIL], condemned [Israel|ISR].", "111 IRN ISR")]
    [InlineData("[France|FRA]'s first reconnaissance missions over [Iraq|IRQ] began.", "150 FRA IRQ")]
    [InlineData("World leaders gathered in [Paris|FRA|LOC].", "")]
    [InlineData("The weather was fine in [Paris|FRA|LOC].", "")]
    public void Codes_the_event_of_a_sentence(string annotated, string expected) =>
        Assert.Equal(expected, Describe(Code(annotated)));

    [Fact]
    public void Event_points_to_its_sentence_trigger_and_place()
    {
        var e = Assert.Single(Code("The weather held. // [Kerry|USAGOV|PER] met [Massoum|IRQGOV|PER] in [Paris|FRA|LOC]."));
        // "The weather held." is 17 characters, then one space.
        Assert.Equal(18, e.Start);
        Assert.Equal(27, e.Length);
        Assert.Equal(new TextRange(24, 3), e.Trigger);
        Assert.Equal(new TextRange(18, 5), e.Source.Range);
        Assert.Equal(new TextRange(28, 7), e.Target.Range);
        Assert.Equal("Paris", e.Location);
        Assert.Equal(1, e.QuadClass);
        Assert.Equal(1.0, e.Goldstein);
        Assert.Equal(new DateOnly(2014, 9, 15), e.Date);
        Assert.Equal("Q:IRQGOV", e.Target.Entity);
    }

    [Fact]
    public void A_time_expression_in_the_sentence_dates_the_event()
    {
        var doc = AnnotatedText.Parse("[Iran|IRN] rejected the [US|USA] request on Monday.", new DateOnly(2014, 9, 16));
        var monday = doc.Text.IndexOf("Monday", StringComparison.Ordinal);
        doc.Times = [new TimeExpression(monday, 6, new DateOnly(2014, 9, 15), "last Monday")];
        Assert.Equal(new DateOnly(2014, 9, 15), Assert.Single(EventCoder.Default.Code(doc)).Date);
    }

    [Fact]
    public void Definite_group_refers_back_to_the_armed_group()
    {
        var events = Code("[Islamic State|IMGISI] released a video. // The group beheaded [David Haines|GBRCVL|PER], a British aid worker.");
        Assert.Equal("186 IMGISI GBRCVL", Describe(events));
    }

    [Fact]
    public void Quote_without_attribution_takes_the_speaker_of_the_previous_sentence()
    {
        var events = Code("[Kerry|USAGOV|PER] spoke. // \"Enough,\" [Kerry|USAGOV|PER] said. \"We are not coordinating with [Iran|IRN].\"");
        Assert.Equal("060 USAGOV IRN neg", Describe(events));
    }

    [Fact]
    public void Quotes_stage_speaker_is_used_when_present()
    {
        var doc = AnnotatedText.Parse("[Kerry|USAGOV|PER] arrived. // \"We are not coordinating with [Iran|IRN].\"");
        var open = doc.Text.IndexOf('"', StringComparison.Ordinal);
        doc.Quotes = [new Quote(open, doc.Text.Length - open, QuoteKind.Direct, new TextRange(0, 5), TextRange.None, null)];
        Assert.Equal("060 USAGOV IRN neg", Describe(EventCoder.Default.Code(doc)));
    }

    [Fact]
    public void Empty_layers_give_no_events()
    {
        var doc = AnnotatedText.Parse("[Iran|IRN] rejected the [US|USA] request.");
        doc.Mentions = [];
        doc.MentionCodes = [];
        Assert.Empty(EventCoder.Default.Code(doc));
        doc.Sentences = [];
        Assert.Empty(EventCoder.Default.Code(doc));
        var bare = new Parallax.Model.Document(doc.Article);
        Assert.Empty(EventCoder.Default.Code(bare));
    }

    [Fact]
    public void Without_mention_codes_only_role_phrases_carry_codes()
    {
        var doc = AnnotatedText.Parse("[Iranian|IRN|MISC] officials condemned [Israel|ISR].");
        doc.MentionCodes = [];
        Assert.Equal("111 GOV -", Describe(EventCoder.Default.Code(doc)));
    }
}
