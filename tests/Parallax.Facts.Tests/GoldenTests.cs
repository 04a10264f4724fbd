using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Testing;

namespace Parallax.Facts.Tests;

/// <summary>The stage's full output on a passage of our own, against a golden file (PARALLAX_UPDATE_GOLDEN=1 rewrites it).</summary>
public sealed class GoldenTests
{
    private const string Text =
        "PORT ELLA — Harbor Commissioner Nora Quist said on Monday that the north pier would reopen next week.\n\n"
        + "“The repairs cost $4 million,” Quist said. “Every cent was needed.”\n\n"
        + "Between 300 and 400 workers were laid off, according to the dockers’ union.\n\n"
        + "“We were not consulted,” the commissioner added, calling the plan “a gamble.”";

    [Fact]
    public void Facts_output_matches_the_golden_file()
    {
        var d = Run.Facts(Text, new DateTimeOffset(2025, 6, 4, 8, 0, 0, TimeSpan.Zero), "Ella Courier");
        var shape = new
        {
            quotes = d.Quotes.Select(q => new
            {
                kind = q.Kind.ToString(),
                text = d.Content(q),
                second = q.Second.IsNone ? null : d.Slice(q.Second),
                speaker = d.Slice(q.Speaker),
                name = q.SpeakerName,
                cue = d.Slice(q.Cue),
                q.Start,
                q.Length,
            }),
            claims = d.Claims.Select(c => new { text = d.Text.Substring(c.Start, c.Length), c.Value, c.ValueHigh, c.Unit, c.Counted, c.Frame, c.AssertedBy }),
            times = d.Times.Select(t => new { text = d.Text.Substring(t.Start, t.Length), date = t.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.Relative }),
        };
        var json = JsonSerializer.Serialize(shape, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        var golden = Path.Combine(Repo.Root, "tests", "Parallax.Facts.Tests", "Golden", "facts.json");
        if (Environment.GetEnvironmentVariable("PARALLAX_UPDATE_GOLDEN") == "1")
            File.WriteAllText(golden, json);
        Assert.Equal(File.ReadAllText(golden), json);
    }
}
