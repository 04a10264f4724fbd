using Parallax.Events.Evaluation;
using Parallax.Events.Export;
using Parallax.Model;
using Parallax.Store;

namespace Parallax.Events.Tests;

public sealed class ExportTests
{
    private static Document Coded(string annotated, string outlet, string url)
    {
        var parsed = AnnotatedText.Parse(annotated, new DateOnly(2014, 9, 15));
        var article = new Article(new SourceInfo(null, url, outlet), parsed.Text, parsed.Text, parsed.Article.Metadata);
        var doc = new Document(article)
        {
            Tokens = parsed.Tokens, Sentences = parsed.Sentences, Upos = parsed.Upos, Mentions = parsed.Mentions,
            MentionCodes = parsed.MentionCodes, MentionEntities = parsed.MentionEntities,
        };
        doc.Events = EventCoder.Default.Code(doc);
        return doc;
    }

    [Fact]
    public void Same_event_from_two_outlets_is_one_row_with_two_mentions_through_the_store()
    {
        var path = Path.Combine(Path.GetTempPath(), "parallax-events-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        try
        {
            using (var store = SqliteStore.Open(path))
            {
                store.AddBatch(
                [
                    (Coded("[Iran|IRN] rejected the [US|USA] request to join the coalition.", "Post", "https://a.example/1"), "s1"),
                    (Coded("On Monday [Iran|IRN] flatly rejected the [US|USA] request.", "Times", "https://b.example/2"), "s1"),
                    (Coded("\"We are not coordinating with [Iran|IRN],\" [Kerry|USAGOV|PER] said.", "Times", "https://b.example/3"), "s1"),
                ]);
            }

            using var reopened = SqliteStore.Open(path);
            var rows = GdeltExport.Rows(reopened.ReadAllDocuments());
            var row = Assert.Single(rows);
            Assert.Equal((1L, "20140915", "120", "IRN", "USA"), (row.GlobalEventId, row.Day, row.EventCode, row.Actor1.Code, row.Actor2.Code));
            Assert.Equal((2, 2, 2), (row.NumMentions, row.NumSources, row.NumArticles));
            Assert.Equal("Iran", row.Actor1Name);
            Assert.Equal("https://a.example/1", row.SourceUrl);

            var all = GdeltExport.Rows(reopened.ReadAllDocuments(), all: true);
            Assert.Equal(2, all.Count);
            Assert.True(all[1].Negated);

            var csv = GdeltExport.ToDelimited(rows).Split('\n');
            Assert.StartsWith("GlobalEventID\tDay\tMonthYear\tYear\tActor1Code\tActor1Name\tActor1CountryCode", csv[0], StringComparison.Ordinal);
            var fields = csv[1].Split('\t');
            Assert.Equal(GdeltExport.Columns.Length, fields.Length);
            Assert.Equal("IRN", fields[Array.IndexOf(GdeltExport.Columns, "Actor1CountryCode")]);
            Assert.Equal("12", fields[Array.IndexOf(GdeltExport.Columns, "EventRootCode")]);
            Assert.Equal("3", fields[Array.IndexOf(GdeltExport.Columns, "QuadClass")]);
            Assert.Equal("-4.0", fields[Array.IndexOf(GdeltExport.Columns, "GoldsteinScale")]);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
        }
    }

    [Theory]
    [InlineData("IRNGOV", "IRN", "GOV")]
    [InlineData("USA", "USA", "")]
    [InlineData("IGOUNO", "", "IGO")]
    [InlineData("GOV", "", "GOV")]
    [InlineData("IMGISI", "", "IMG")]
    [InlineData(null, "", "")]
    public void Country_and_type_split_an_actor_code(string? code, string country, string type)
    {
        Assert.Equal(country, GdeltExport.Country(code));
        Assert.Equal(type, GdeltExport.Type1(code));
    }

    [Fact]
    public void Comma_output_quotes_fields_that_need_it()
    {
        var doc = Coded("[Iran|IRN] rejected the [US|USA] request.", "Post, Inc", "https://a.example/x,y");
        var csv = GdeltExport.ToDelimited(GdeltExport.Rows([doc]), ',');
        Assert.Contains("\"https://a.example/x,y\"", csv, StringComparison.Ordinal);
    }
}
