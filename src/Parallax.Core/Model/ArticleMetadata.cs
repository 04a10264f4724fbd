namespace Parallax.Model;

public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Dek { get; init; }
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
}
