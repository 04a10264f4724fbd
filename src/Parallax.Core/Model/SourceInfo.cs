namespace Parallax.Model;

/// <summary>Where a document came from: a file path or a URL, and the outlet when known.</summary>
public sealed record SourceInfo(string? Path, string? Url, string? Outlet)
{
    public string Display => Url ?? Path ?? "(input)";

    public static SourceInfo FromPath(string path) => new(path, null, null);
}
