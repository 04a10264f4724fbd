namespace Parallax.Extract.Tests;

/// <summary>Finds the repository root (the folder with Parallax.slnx) and the shared data beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Seeds => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "seeds"));

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Parallax.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}

/// <summary>A fact that is skipped when ../shared/seeds is absent (a fresh clone has no shared data).</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (!Directory.Exists(TestPaths.Seeds))
            Skip = "../shared/seeds is not present";
    }
}
