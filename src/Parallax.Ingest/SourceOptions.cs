namespace Parallax.Ingest;

/// <summary>How sources read and fetch: limits, and whether private addresses and feed links may be fetched.</summary>
public sealed record SourceOptions
{
    public const long DefaultMaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Fetch each feed item's link instead of using the item's own content.</summary>
    public bool Fetch { get; init; }

    /// <summary>Allow private, loopback and link-local addresses (tests and intranets).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>A URL to attach to a single file input (the page's address when it was saved to disk).</summary>
    public string? UrlOverride { get; init; }

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;
    public long MaxBodyBytes { get; init; } = 10L * 1024 * 1024;
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int MaxRedirects { get; init; } = 5;
    public string UserAgent { get; init; } = "Parallax/0.1 (news article extractor; +https://github.com/parallax)";
}
