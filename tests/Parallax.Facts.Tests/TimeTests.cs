namespace Parallax.Facts.Tests;

public sealed class TimeTests
{
    private static readonly DateTimeOffset Wednesday = new(2025, 3, 12, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("They met on Monday.", "on Monday", "2025-03-10", "weekday:mon-")]
    [InlineData("Talks will resume on Friday.", "on Friday", "2025-03-14", "weekday:fri+")]
    [InlineData("The bridge closed yesterday.", "yesterday", "2025-03-11", "day-1")]
    [InlineData("Sales slowed last week.", "last week", "2025-03-03", "week-1")]
    [InlineData("Prices rose last month.", "last month", "2025-02-01", "month-1")]
    [InlineData("It happened in the past 10 years.", "in the past 10 years", "2015-03-12", "past:P10Y")]
    [InlineData("The plant opened two weeks ago.", "two weeks ago", "2025-02-26", "ago:P2W")]
    [InlineData("The report came out on March 3, 2024.", "March 3, 2024", "2024-03-03", null)]
    [InlineData("The vote is on 22 March 2025.", "22 March 2025", "2025-03-22", null)]
    public void Expressions_resolve_against_the_publication_date(string text, string span, string date, string? relative)
    {
        var d = Run.Facts(text, Wednesday);
        var t = Assert.Single(d.Times);
        Assert.Equal(span, d.Text.Substring(t.Start, t.Length));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), t.Date);
        Assert.Equal(relative, t.Relative);
    }

    [Fact]
    public void Without_a_publication_date_relative_expressions_stay_undated_until_anchored()
    {
        var d = Run.Facts("Delegates met on Monday. Talks will continue in New York on Friday and through the following week.");
        Assert.Equal(3, d.Times.Length);
        Assert.All(d.Times, t => Assert.Null(t.Date));
        var anchored = TimeFinder.Anchor(d.Times, new DateOnly(2014, 9, 16));
        Assert.Equal(new DateOnly(2014, 9, 15), anchored[0].Date);
        Assert.Equal(new DateOnly(2014, 9, 19), anchored[1].Date);
        Assert.Equal(new DateOnly(2014, 9, 22), anchored[2].Date);
    }
}
