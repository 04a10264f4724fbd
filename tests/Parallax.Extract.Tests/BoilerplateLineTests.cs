using System.Text;
using Parallax.Extract.Html;
using Parallax.Model;

namespace Parallax.Extract.Tests;

/// <summary>Section openers and widget labels in the article container, in our own small pages and lines.</summary>
public sealed class BoilerplateLineTests
{
    private const string P1 = "The council met on Tuesday, and after a long debate, with several amendments, it agreed to rebuild the harbour wall.";
    private const string P2 = "Work will start in spring, the mayor said, and the contractor, chosen last year, expects it to last eighteen months.";
    private const string P3 = "Fishermen, who lost two boats in the winter storms, welcomed the vote but asked for help with the cost of moorings.";

    [Theory]
    [InlineData("Mehr zum Thema")]
    [InlineData("Lesen Sie auch:")]
    [InlineData("Das könnte Sie auch interessieren")]
    [InlineData("Weitere Informationen zum Hafen und zur Stadt:")]
    [InlineData("Related Coverage")]
    [InlineData("À lire aussi :")]
    [InlineData("Noticias relacionadas")]
    [InlineData("Kommentare")]
    [InlineData("Weitere Meldungen")]
    [InlineData("Diese Artikel könnten euch auch interessieren:")]
    public void Openers_are_recognised(string line) => Assert.True(BoilerplateLines.IsOpener(line));

    [Theory]

    // Sentences that only start with an opener's words.
    [InlineData("Related talks between the two ports, held in secret since March, broke down on Friday after the vote.")]
    [InlineData("Kommentare aus dem Rathaus blieben am Abend aus, obwohl die Entscheidung schon feststand und alle warteten.")]

    // Short sentences with a full stop.
    [InlineData("Related talks failed on Friday.")]
    [InlineData("Comments were few at the meeting.")]

    // A word that merely begins like one.
    [InlineData("Subscribers")]
    [InlineData("Tagsüber")]
    public void Prose_and_other_words_are_not_openers(string line) => Assert.False(BoilerplateLines.IsOpener(line));

    [Theory]
    [InlineData("Teilen")]
    [InlineData("Advertisement")]
    [InlineData("- Anzeige -")]
    [InlineData("Rezept drucken")]
    [InlineData("(Noch keine Bewertungen)")]
    [InlineData("No comments yet")]
    public void Labels_are_recognised(string line) => Assert.True(BoilerplateLines.IsLabel(line) || BoilerplateLines.IsOpener(line));

    [Theory]
    [InlineData("Titelbild: Hafenamt / Jane Doe")]
    [InlineData("Photograph by John Roe, Harbour Trust")]
    [InlineData("Foto: Stadtarchiv")]
    [InlineData("Dieser Eintrag wurde veröffentlicht in Hafen, Stadt und verschlagwortet mit Mauer, Boote von Jane.")]
    [InlineData("This entry was posted in Harbour, Town and tagged wall, boats by Jane.")]
    [InlineData("Foto © Stadtarchiv Hafen")]
    [InlineData("© 2024 Harbour Gazette. All rights reserved.")]
    [InlineData("Telefon: +49 40 1234 5678")]
    [InlineData("Abbildung: Der Hafen im Winter, von der Mole aus gesehen")]
    [InlineData("The old harbour wall in January. (Jane Doe / Harbour Trust)")]
    [InlineData("The old harbour wall in January. (Photo: Harbour Trust)")]
    [InlineData("Follow the Harbour Gazette on Twitter and Facebook for updates from the quay.")]
    [InlineData("Never miss a story from the quay: sign up for our morning email today.")]
    [InlineData("We want to hear what you think about this article. Write to the editor.")]
    [InlineData("Sie lesen gern unsere Hafenberichte? Dann unterstützen Sie uns mit einem Abo.")]
    public void Credits_and_post_meta_lines_are_furniture(string line) => Assert.True(BoilerplateLines.IsFurniture(line));

    [Theory]
    [InlineData("Fotografen durften die Baustelle am Montag nicht betreten.")]
    [InlineData("Photo editors at the paper said the pictures were taken on Friday.")]
    [InlineData("Imagine a harbour without a wall.")]
    [InlineData("Posted inspectors found no damage.")]
    [InlineData("Telephone lines to the harbour were cut on Friday.")]
    [InlineData("Copyright rules for harbour photographs change in May.")]
    [InlineData("Follow-up inspections on Twitter Street found no damage.")]
    [InlineData("The club finished third in the league last season (2019/20).")]
    [InlineData("Die Ministerin kündigte neue Regeln für die Hafenschule an (Bildungsministerium).")]
    [InlineData("The harbour authority did not answer questions on Friday. (AP)")]
    [InlineData("For the latest quarter, the harbour authority reported a small loss.")]
    public void Sentences_that_start_alike_are_not_furniture(string line) => Assert.False(BoilerplateLines.IsFurniture(line));

    [Theory]
    [InlineData("<p>Titelbild: Hafenamt / Jane Doe</p>", "Titelbild")]
    [InlineData("<h2>Mehr zum Thema</h2>", "Mehr zum")]
    [InlineData("<p><strong>Lesen Sie auch:</strong></p>", "Lesen Sie")]
    [InlineData("<h3>Related Coverage</h3>", "Related")]
    [InlineData("<div>Teilen</div>", "Teilen")]
    public void An_opener_between_paragraphs_is_dropped_and_the_story_kept(string opener, string dropped)
    {
        var html = "<html><head><title>Harbour</title></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p>" + opener
            + "<p>" + P3 + "</p></article></body></html>";
        var raw = new RawDocument(new SourceInfo("page.html", null, null), Encoding.UTF8.GetBytes(html), RawFormat.Html);
        var text = new ArticleExtractor().Extract(raw, default).Text;
        foreach (var p in new[] { P1, P2, P3 })
            Assert.Contains(p, text, StringComparison.Ordinal);
        Assert.DoesNotContain(dropped, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h3>Around the region</h3><ul><li><a href='/a'>Bridge works start</a></li><li><a href='/b'>New ferry timetable</a></li></ul>")]
    [InlineData("<h2>Around the region</h2>")]
    [InlineData("<h2>Mehr zum Thema</h2><h3>Around the region</h3><p>Bridge works begin: the council said on Monday that the old bridge would close for a year while ...</p>")]
    public void A_closing_heading_whose_section_was_dropped_goes_too(string tail)
    {
        var html = "<html><head><title>Harbour</title></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>" + tail
            + "</article></body></html>";
        var raw = new RawDocument(new SourceInfo("page.html", null, null), Encoding.UTF8.GetBytes(html), RawFormat.Html);
        var text = new ArticleExtractor().Extract(raw, default).Text;
        Assert.EndsWith(P3, text.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Around the region", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_heading_that_ends_in_a_full_stop_is_prose_and_stays()
    {
        const string last = "The mayor signed the order that night.";
        var html = "<html><head><title>Harbour</title></head><body><article><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><h4>" + last
            + "</h4></article></body></html>";
        var raw = new RawDocument(new SourceInfo("page.html", null, null), Encoding.UTF8.GetBytes(html), RawFormat.Html);
        var text = new ArticleExtractor().Extract(raw, default).Text;
        Assert.EndsWith(last, text.TrimEnd(), StringComparison.Ordinal);
    }
}
