using System.Globalization;

namespace Parallax.Web.Api;

/// <summary>Query-string checks shared by the endpoints; a bad value becomes a 400 problem naming the parameter.</summary>
public static class Params
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static bool TryLimit(int? limit, out int value, out string? error)
    {
        value = limit ?? DefaultLimit;
        error = value is < 1 or > MaxLimit ? $"limit must be between 1 and {MaxLimit}" : null;
        return error is null;
    }

    /// <summary>
    /// A date or date-time, as the ISO UTC form the store keeps ("2025-03-04T09:15:00Z"). A bare date as the
    /// upper bound means the end of that day.
    /// </summary>
    public static bool TryDate(string? text, bool endOfDay, out string? iso)
    {
        iso = null;
        if (string.IsNullOrWhiteSpace(text))
            return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (endOfDay ? "T23:59:59Z" : "T00:00:00Z");
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt))
        {
            iso = dt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    public static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
