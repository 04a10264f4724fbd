using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Extract.Tests;

/// <summary>
/// Golden files: each fixture's extraction, serialised, must equal Fixtures/NAME.golden.json.
/// Set PARALLAX_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change (then review the diff).
/// </summary>
public sealed class GoldenTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("news-article.html", "https://courier.example/news/2023/05/14/harbour-bridge-reopens")]
    [InlineData("blog-post.html", "https://garden.example/2021/03/sorrel-and-thyme")]
    [InlineData("plain-capture.txt", null)]
    public void Extraction_matches_the_golden_file(string fixture, string? url)
    {
        var path = Path.Combine(TestPaths.Fixtures, fixture);
        var raw = new RawDocument(new SourceInfo(fixture, url, null), File.ReadAllBytes(path)) { RetrievedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var a = new ArticleExtractor().Extract(raw, default);
        var actual = JsonSerializer.Serialize(new
        {
            outlet = a.Source.Outlet,
            title = a.Metadata.Title,
            dek = a.Metadata.Dek,
            byline = a.Metadata.Byline,
            dateline = a.Metadata.Dateline,
            published = a.Metadata.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            language = a.Metadata.Language,
            canonical = a.Metadata.CanonicalUrl,
            text = a.Text,
            captions = a.Captions,
            removed = a.Removed.Select(r => new { r.Start, r.Length, r.Reason }),
            warnings = a.Warnings,
        }, Json) + "\n";
        var goldenName = Path.ChangeExtension(fixture, ".golden.json");
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
            File.WriteAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Parallax.Extract.Tests", "Fixtures", goldenName), actual);
        var expected = File.ReadAllText(Path.Combine(TestPaths.Fixtures, goldenName));
        Assert.Equal(expected.ReplaceLineEndings("\n"), actual);
    }
}
