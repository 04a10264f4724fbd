namespace Parallax.Model;

/// <summary>Where a document came from: a file path or a URL, and the outlet when known.</summary>
public sealed record SourceInfo(string? Path, string? Url, string? Outlet)
{
    public string Display => Url ?? Path ?? "(input)";

    /// <summary>The name an outlet column gets: the outlet, else the site's host, else the file name.</summary>
    public string OutletName
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Outlet))
                return Outlet;
            if (Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
                return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            return Path is { } path ? System.IO.Path.GetFileName(path) : "(unknown outlet)";
        }
    }

    public static SourceInfo FromPath(string path) => new(path, null, null);
}
