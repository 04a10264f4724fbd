using Parallax.Annotations;

namespace Parallax.Knowledge.Kb;

/// <summary>
/// Parses knowledge-base lines. Built-in files hold one kind each; a user file (--kb) starts every line with its kind
/// (country, org, group, role, person, honorific, anaphor) followed by the same fields as the built-in file of that kind.
/// </summary>
internal static class KbParser
{
    public static void ParseFile(KnowledgeBaseBuilder builder, string kind, TextReader reader, string source) =>
        ForEachLine(reader, source, fields => ParseLine(builder, kind, fields, source));

    /// <summary>A user file: the first field is the kind.</summary>
    public static void ParseUserFile(KnowledgeBaseBuilder builder, TextReader reader, string source) =>
        ForEachLine(reader, source, fields => ParseLine(builder, fields[0].Trim().ToLowerInvariant(), fields[1..], source));

    /// <summary>Tab-separated lines, skipping blanks and # comments; a bad line's error names the file and line.</summary>
    private static void ForEachLine(TextReader reader, string source, Action<string[]> parse)
    {
        string? line;
        var number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                parse(line.Split('\t'));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"{source}:{number}: {ex.Message}", ex);
            }
        }
    }

    private static void ParseLine(KnowledgeBaseBuilder builder, string kind, string[] f, string source)
    {
        switch (kind)
        {
            case "country":
                Require(f, 3, "country needs iso2, iso3, name");
                builder.AddCountry(f[0].Trim(), f[1].Trim().ToUpperInvariant(), f[2].Trim(), List(f, 3), List(f, 4), List(f, 5), List(f, 6), source);
                break;
            case "org":
            case "group":
                Require(f, 3, "org needs id, kind, name");
                builder.AddOrganization(new KbEntry
                {
                    Id = "org:" + f[0].Trim(),
                    Kind = KbKind.Organization,
                    Name = f[2].Trim(),
                    Type = EntityType.ORG,
                    OrgKind = f[1].Trim().ToUpperInvariant(),
                    Code = Field(f, 3),
                    Country = Field(f, 4)?.ToUpperInvariant(),
                    Aliases = List(f, 5),
                    Source = source,
                });
                break;
            case "person":
                Require(f, 2, "person needs id, name");
                builder.AddPerson(new KbEntry
                {
                    Id = "per:" + f[0].Trim(),
                    Kind = KbKind.Person,
                    Name = f[1].Trim(),
                    Type = EntityType.PER,
                    Code = Field(f, 2),
                    Country = Field(f, 3)?.ToUpperInvariant(),
                    Roles = List(f, 4),
                    Aliases = List(f, 5),
                    Source = source,
                });
                break;
            case "role":
                Require(f, 2, "role needs role, sector");
                builder.AddRole(f[0].Trim().ToLowerInvariant(), f[1].Trim().ToUpperInvariant(), List(f, 2));
                break;
            case "honorific":
                builder.AddHonorific(f[0].Trim());
                break;
            case "anaphor":
                Require(f, 2, "anaphor needs phrase, kinds");
                builder.AddAnaphor(f[0].Trim(), List(f, 1));
                break;
            default:
                throw new FormatException($"unknown entry kind '{kind}' (expected country, org, group, person, role, honorific or anaphor)");
        }
    }

    private static void Require(string[] f, int count, string message)
    {
        if (f.Length < count || string.IsNullOrWhiteSpace(f[count - 1]))
            throw new FormatException(message);
    }

    private static string? Field(string[] f, int i) =>
        i < f.Length && !string.IsNullOrWhiteSpace(f[i]) ? f[i].Trim() : null;

    private static string[] List(string[] f, int i)
    {
        if (Field(f, i) is not { } value)
            return [];
        var parts = value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts;
    }
}
