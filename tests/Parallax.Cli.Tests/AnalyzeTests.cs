using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Cli.Tests;

public sealed class AnalyzeTests
{
    [Fact]
    public void Samples_produce_schema_valid_json_with_every_article_and_story()
    {
        var r = Repo.Run(Repo.Root, "analyze", "samples");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Empty(SchemaCheck.Errors(r.Stdout));
        using var json = JsonDocument.Parse(r.Stdout);
        var articles = json.RootElement.GetProperty("articles");
        Assert.Equal(Directory.GetFiles(Repo.Samples, "*", SearchOption.AllDirectories).Length, articles.GetArrayLength());
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        var flood = stories.Single(s => s.GetProperty("articles").GetArrayLength() >= 4);
        var budget = stories.Single(s => s.GetProperty("title").GetString()!.Contains("Lakeview", StringComparison.Ordinal)
            || s.GetProperty("title").GetString()!.Contains("Transit", StringComparison.Ordinal));
        Assert.NotEqual(flood.GetProperty("id").GetString(), budget.GetProperty("id").GetString());
    }

    [Fact]
    public void Markdown_report_names_each_story_and_article()
    {
        var r = Repo.Run(Repo.Root, "analyze", "samples", "--format", "md");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("# Parallax report", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Story ", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Donors pledge flood aid for Veldonia", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Riverside Gazette | Meridian Daily | The Harbor Ledger | capital-tribune.txt | northwind-wire.txt |", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("| nation (conference) (number) | ✗ conflict | more than 20 | copy of northwind-wire.txt | 22 | about 20 | 19 |", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("| 41,000 people (displaced) (claim) | = agree |", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Aleksandr Petrenko**: ", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_report_is_one_static_page_whose_values_link_to_marked_spans()
    {
        var r = Repo.Run(Repo.Root, "analyze", "samples", "--format", "html");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("<!doctype html>", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", r.Stdout, StringComparison.OrdinalIgnoreCase);
        var links = System.Text.RegularExpressions.Regex.Matches(r.Stdout, "href=\"#(c-[0-9a-f]{16}-[0-9]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(links.Count > 10, $"{links.Count} links");
        foreach (var id in links)
            Assert.Contains($"<span id=\"{id}\"></span>", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"conflict\">", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_writes_the_file_and_leaves_stdout_empty()
    {
        using var tmp = new TempDir();
        var file = Path.Combine(tmp.Path, "report.json");
        var r = Repo.Run(Repo.Root, "analyze", "samples/other", "--out", file);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Empty(SchemaCheck.Errors(File.ReadAllText(file)));
    }

    [Fact]
    public void Works_from_another_working_directory()
    {
        using var tmp = new TempDir();
        tmp.File("note.txt", "A short headline\n\nA first paragraph of text about a council vote.\n");
        var r = Repo.Run(tmp.Path, "analyze", "note.txt");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains("\"title\": \"A short headline\"", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_documents_are_reported_and_the_batch_goes_on_with_exit_code_3()
    {
        using var tmp = new TempDir();
        tmp.File("a-good.txt", "Council passes budget\n\nThe council voted on Tuesday to pass the budget.\n");
        tmp.File("b-empty.txt", string.Empty);
        tmp.File("c-binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00]);
        tmp.File("d-good.txt", "Bridge reopens\n\nThe bridge reopened on Friday after repairs.\n");
        using (var big = File.Create(Path.Combine(tmp.Path, "e-huge.txt")))
            big.SetLength(50L * 1024 * 1024 + 1);
        var r = Repo.Run(tmp.Path, "analyze", ".", "missing.txt");
        Assert.True(r.ExitCode == 3, r.ToString());
        Assert.Empty(SchemaCheck.Errors(r.Stdout));
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetArrayLength());
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("source").GetString()).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e!.EndsWith("e-huge.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.EndsWith("b-empty.txt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.EndsWith("c-binary.bin", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.EndsWith("missing.txt", StringComparison.Ordinal));
        var stderrLines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, stderrLines.Count(l => l.StartsWith("parallax: error: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x", "--format", "xml")]
    [InlineData("no-such-command")]
    [InlineData("show")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var r = Repo.Run(Repo.Root, args);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
    }

    [Fact]
    public void Version_and_help()
    {
        var v = Repo.Run(Repo.Root, "--version");
        Assert.Equal(0, v.ExitCode);
        Assert.Matches(@"^parallax \d+\.\d+\.\d+\n$", v.Stdout);
        var h = Repo.Run(Repo.Root, "--help");
        Assert.Equal(0, h.ExitCode);
        foreach (var c in new[] { "analyze", "ingest", "stories", "show" })
            Assert.Contains(c, h.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void User_knowledge_base_and_events_dictionary_reach_analyze()
    {
        var dir = Directory.CreateTempSubdirectory("parallax-kb-");
        try
        {
            var article = Path.Combine(dir.FullName, "article.txt");
            File.WriteAllText(article, "Border clash in the north\n\nThe Zenda Front waylaid a Ruritanian army convoy near the border on Tuesday, officials said.\n");
            var kb = Path.Combine(dir.FullName, "mine.tsv");
            File.WriteAllText(kb, "country\tXR\tXRR\tRuritania\tKingdom of Ruritania\tRuritanian|Ruritanians\tStrelsau\t\ngroup\tzenda\tARMED\tZenda Front\tXRRREB\tXRR\tthe Front\n");
            var dict = Path.Combine(dir.FullName, "mine.txt");
            File.WriteAllText(dict, "[verbs]\n190  waylay\n[forms]\nwaylay waylaid\n");

            var plain = Repo.Run(Repo.Root, "analyze", article);
            Assert.True(plain.ExitCode == 0, plain.ToString());
            Assert.DoesNotContain("XRRREB", plain.Stdout, StringComparison.Ordinal);

            var r = Repo.Run(Repo.Root, "analyze", article, "--kb", kb, "--events-dict", dict);
            Assert.True(r.ExitCode == 0, r.ToString());
            using var json = JsonDocument.Parse(r.Stdout);
            var front = Assert.Single(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Zenda Front");
            Assert.Equal("XRRREB", front.GetProperty("code").GetString());
            var attack = Assert.Single(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("cameo").GetString() == "190");
            Assert.Equal("XRRREB", attack.GetProperty("source").GetProperty("code").GetString());
            Assert.StartsWith("XRR", attack.GetProperty("target").GetProperty("code").GetString(), StringComparison.Ordinal);

            var bad = Repo.Run(Repo.Root, "analyze", article, "--events-dict", kb);
            Assert.Equal(1, bad.ExitCode);
            Assert.Contains("mine.tsv", bad.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
