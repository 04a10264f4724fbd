using Parallax.Annotations;
using Parallax.Model;
using static Parallax.Stories.Tests.Comparison.StoryBuilder;

namespace Parallax.Stories.Tests.Comparison;

public sealed class EventComparisonTests
{
    private static CodedEvent Event(Document d, string source, string target, string cameo, bool negated = false, Modality modality = Modality.Happened)
    {
        var s = Find(d.Text, source, 0);
        var t = Find(d.Text, target, 0);
        return new CodedEvent(0, d.Text.Length, new EventActor(new TextRange(s, source.Length), "XKE", "XKE"), new EventActor(new TextRange(t, target.Length), "XVE", "XVE"),
            cameo, 1, 3.0, TextRange.None, negated, modality, null, null);
    }

    [Fact]
    public void One_outlets_refusal_against_anothers_agreement_is_a_polarity_conflict()
    {
        var a = Doc("Alpha", "Kestria refused to cooperate with Veldonia.");
        a.Events = [Event(a, "Kestria", "Veldonia", "120")];
        var b = Doc("Beta", "Kestria agreed to cooperate with Veldonia.");
        b.Events = [Event(b, "Kestria", "Veldonia", "030")];

        var conflict = Assert.Single(Compare(a, b).Conflicts);

        Assert.Equal("event-polarity", conflict.Kind);
        Assert.Equal("Kestria → Veldonia", conflict.About);
        Assert.Equal(["Alpha", "Beta"], conflict.Values.Select(v => v.Outlet));
    }

    [Fact]
    public void A_negated_event_against_the_affirmed_one_conflicts_but_an_intent_does_not()
    {
        var a = Doc("Alpha", "Kestria did not meet Veldonia.");
        a.Events = [Event(a, "Kestria", "Veldonia", "040", negated: true)];
        var b = Doc("Beta", "Kestria met Veldonia.");
        b.Events = [Event(b, "Kestria", "Veldonia", "040")];
        var c = Doc("Gamma", "Kestria will meet Veldonia.");
        c.Events = [Event(c, "Kestria", "Veldonia", "040", modality: Modality.Intent)];

        Assert.Single(Compare(a, b).Conflicts);
        Assert.Empty(Compare(a, c).Conflicts);
    }

    [Fact]
    public void The_same_event_from_two_outlets_is_an_agreement_and_hypothetical_ones_are_left_out()
    {
        var a = Doc("Alpha", "Kestria met Veldonia.");
        a.Events = [Event(a, "Kestria", "Veldonia", "040")];
        var b = Doc("Beta", "Kestria met Veldonia on Monday.");
        b.Events = [Event(b, "Kestria", "Veldonia", "042"), Event(b, "Veldonia", "Kestria", "190", modality: Modality.Hypothetical)];

        var story = Compare(a, b);

        var agreement = Assert.Single(story.Agreements);
        Assert.Equal("Kestria → Veldonia: consult (040)", agreement.About);
        Assert.Equal([0, 0], agreement.Evidence.Select(e => e.Start));
        Assert.DoesNotContain(story.Unique, f => f.About.Contains("fight", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_event_from_two_outlets_counts_once_with_a_mention_from_each()
    {
        var a = Doc("Alpha", "Kestria met Veldonia. Later Kestria met Veldonia again.");
        a.Events = [Event(a, "Kestria", "Veldonia", "040"), Event(a, "Kestria", "Veldonia", "042") with { Start = 22, Length = 33 }];
        var b = Doc("Beta", "Kestria met Veldonia.");
        b.Events = [Event(b, "Kestria", "Veldonia", "040"), Event(b, "Veldonia", "Kestria", "120", negated: true)];

        var story = Compare(a, b);

        var e = Assert.Single(story.Events);
        Assert.Equal(("XKE", "XVE", "040", 2, 2), (e.Source.Code!, e.Target.Code!, e.Cameo, e.Articles, e.Outlets));
        Assert.Equal([(0, 55), (22, 33), (0, 21)], e.Mentions.Select(m => (m.Start, m.Length)));
    }
}
