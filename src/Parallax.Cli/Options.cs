using System.CommandLine;

namespace Parallax.Cli;

/// <summary>Options shared by several commands, so they read the same everywhere.</summary>
public static class Options
{
    public static Argument<string[]> Paths() => new("path")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Files or directories to read (directories are walked recursively).",
    };

    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file.",
        DefaultValueFactory = _ => "parallax.db",
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<FileInfo?> Out() => new("--out", "-o")
    {
        Description = "Write the output to this file instead of standard output.",
    };
}
