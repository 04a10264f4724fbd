using System.Text;
using Parallax.Annotations;
using Parallax.Extract;
using Parallax.Model;
using Parallax.Pipeline.Output;
using Parallax.Stories;
using Parallax.Testing;

namespace Parallax.Pipeline.Tests;

public sealed class ReportTests
{
    private static readonly string GoldenDir = Path.Combine(Repo.Root, "tests", "Parallax.Pipeline.Tests", "Golden");

    private static async Task<ReportDto> SampleReport()
    {
        var docs = new List<(string, string)>
        {
            ("river.txt", "Ferry service resumes on the river\n\nHARBORTON — Ferries crossed the river again on Monday after a week of repairs to the landing.\n"),
            ("river.html", "<html><head><meta property=\"og:title\" content=\"River ferries back\"><meta property=\"og:site_name\" content=\"Harborton Post\"></head>"
                + "<body><nav>Home | News</nav><article><p>Ferries crossed the river again on Monday after repairs to the landing were finished.</p></article></body></html>"),
            ("empty.txt", string.Empty),
        };
        var engine = new Engine(new DocumentPipeline(new ArticleExtractor(), []), [new StoryStage()]);
        var result = await engine.AnalyzeAsync(new MemorySource(docs), null, CancellationToken.None);
        return ReportBuilder.Build(result.Corpus, result.Errors);
    }

    [Fact]
    public async Task Json_report_matches_the_golden_file_and_the_schema()
    {
        var json = ReportJson.Serialize(await SampleReport()).Replace(Engine.Version, "VERSION", StringComparison.Ordinal) + "\n";
        var golden = Path.Combine(GoldenDir, "report.json");
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
            await File.WriteAllTextAsync(golden, json);
        Assert.Equal(await File.ReadAllTextAsync(golden), json);
        Assert.Empty(SchemaCheck.Errors(json.Replace("VERSION", "0.0.0", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_array_is_present_even_when_its_stage_has_not_run()
    {
        var json = ReportJson.Serialize(await SampleReport());
        foreach (var key in new[] { "articles", "entities", "quotes", "claims", "events", "stories", "errors" })
            Assert.Contains($"\"{key}\": [", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotations_map_to_the_contract_with_their_offsets_and_text()
    {
        const string text = "Mayor Ruth Okafor said: \"We will rebuild.\" Eleven ferries run.";
        var doc = new Document(new Article(SourceInfo.FromPath("x.txt"), text, text, new ArticleMetadata()))
        {
            Quotes = [new Quote(24, 18, QuoteKind.Direct, new TextRange(6, 11), new TextRange(18, 4), "e1")],
            Claims = [new Claim(43, 14, 11, null, null, "ferries", "ferries run", null)],
        };
        var corpus = new Corpus([doc]);
        var report = ReportBuilder.Build(corpus, []);
        var q = Assert.Single(report.Quotes);
        Assert.Equal("\"We will rebuild.\"", q.Text);
        Assert.Equal(new SpeakerDto("e1", "Ruth Okafor", 6, 11), q.Speaker);
        Assert.Equal(new SpanDto("said", 18, 4), q.Cue);
        Assert.Equal("direct", q.Kind);
        var c = Assert.Single(report.Claims);
        Assert.Equal("Eleven ferries", c.Text);
        Assert.Equal(11, c.Value);
        Assert.Empty(SchemaCheck.Errors(ReportJson.Serialize(report)));
    }

    [Fact]
    public void Markdown_escapes_table_and_markup_characters_in_untrusted_text()
    {
        var a = new Article(SourceInfo.FromPath("x"), "r", "Body | with pipe", new ArticleMetadata { Title = "A <script> | B" });
        var corpus = new Corpus([new Document(a)]);
        var story = new Story { Id = "s000000000001", Title = "A <script> | B" };
        story.Articles.Add(a.Id);
        corpus.Stories.Add(story);
        var md = MarkdownReport.Render(ReportBuilder.Build(corpus, []));
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("A &lt;script> \\| B", md, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(md) > 0);
    }
}
