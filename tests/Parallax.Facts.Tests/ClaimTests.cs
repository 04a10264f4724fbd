namespace Parallax.Facts.Tests;

public sealed class ClaimTests
{
    [Theory]
    [InlineData("Thirty nations sent delegates to the summit.", "Thirty", 30, null, null, "nations", "conference")]
    [InlineData("The summit’s 24 participant nations signed.", "24", 24, null, null, "participant nations", "conference")]
    [InlineData("The coalition includes 40 nations.", "40", 40, null, null, "nations", "coalition")]
    [InlineData("The group earns $3 million a day from oil.", "$3 million a day", 3e6, null, "USD/day", null, "money")]
    [InlineData("It has between 20,000 and 31,000 fighters.", "between 20,000 and 31,000", 20000, 31000.0, null, "fighters", "forces")]
    [InlineData("Turnout fell 4.5 percent.", "4.5 percent", 4.5, null, "percent", null, null)]
    [InlineData("Prices rose 12% in a year.", "12%", 12, null, "percent", null, null)]
    [InlineData("Twenty-four schools closed.", "Twenty-four", 24, null, null, "schools", null)]
    [InlineData("Some 2,500 people were displaced.", "2,500", 2500, null, null, "people", "displaced")]
    public void Numbers_normalize_to_value_unit_counted_and_frame(string text, string span, double value, double? high, string? unit, string? counted, string? frame)
    {
        var d = Run.Facts(text);
        var c = Assert.Single(d.Claims);
        Assert.Equal(span, d.Text.Substring(c.Start, c.Length));
        Assert.Equal(value, c.Value);
        Assert.Equal(high, c.ValueHigh);
        Assert.Equal(unit, c.Unit);
        Assert.Equal(counted, c.Counted);
        Assert.Equal(frame, c.Frame);
    }

    [Theory]
    [InlineData("The 2003 invasion changed the region.")]
    [InlineData("The memorial opened on March 22 at 10:37 a.m.")]
    [InlineData("He served for 10 years.")]
    [InlineData("Traffic on Highway 530 was stopped.")]
    public void Years_dates_times_durations_and_names_are_not_claims(string text) => Assert.Empty(Run.Facts(text).Claims);

    [Fact]
    public void Part_counts_share_the_frame_and_quotes_assert_their_numbers()
    {
        const string text = "The alliance includes 40 nations, 10 of which are Arab states.\n\n“We counted 300 trucks,” Colonel Ivan Sokol said.";
        var d = Run.Facts(text, outlet: "Daily Example");
        var ten = Assert.Single(d.Claims, c => c.Value == 10);
        Assert.Equal("Arab states", ten.Counted);
        Assert.Equal("coalition", ten.Frame);
        Assert.Equal("Daily Example", ten.AssertedBy);
        Assert.Equal("Ivan Sokol", Assert.Single(d.Claims, c => c.Value == 300).AssertedBy);
    }
}
