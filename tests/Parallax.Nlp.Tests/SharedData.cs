namespace Parallax.Nlp.Tests;

/// <summary>Locates ../shared (data and seeds); tests needing it return early when it is absent, as on a fresh clone.</summary>
internal static class SharedData
{
    public static string? Root { get; } = Find();

    public static string? PathOf(string relative) =>
        Root is not null && Path.Combine(Root, relative) is var p && (File.Exists(p) || Directory.Exists(p)) ? p : null;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")) || Directory.Exists(Path.Combine(candidate, "seeds")))
                return Path.GetFullPath(candidate);
        }

        return null;
    }
}
