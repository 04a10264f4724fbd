using Parallax.Annotations;

namespace Parallax.Knowledge.Kb;

public enum KbKind : byte
{
    Country,
    City,
    Seat,
    Organization,
    Person,
}

/// <summary>One known actor: a country, a city, a seat of government, an organization or a person.</summary>
public sealed class KbEntry
{
    public required string Id { get; init; }
    public required KbKind Kind { get; init; }
    public required string Name { get; init; }
    public required EntityType Type { get; init; }
    public string? Code { get; init; }

    /// <summary>ISO 3166 alpha-3 of the country the actor belongs to, when it belongs to one.</summary>
    public string? Country { get; init; }

    /// <summary>For organizations: IGO, ALLIANCE, BLOC, GOV, MIL, SPY, MED, NGO, PARTY, BUS or ARMED.</summary>
    public string? OrgKind { get; init; }

    public string? Iso2 { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Source { get; init; } = "built-in";

    public override string ToString() => $"{Name} ({Id})";
}

/// <summary>How an alias names its entry: as the entry itself, or as an adjective/demonym ("Iraqi" for Iraq).</summary>
public enum AliasKind : byte
{
    Name,
    Adjective,
}

/// <summary>A match of a normalized alias. Short all-capital aliases (US, IS) only match text written in capitals.</summary>
public readonly record struct AliasHit(KbEntry Entry, AliasKind Kind, bool CapsOnly);

/// <summary>A role or title with its CAMEO sector.</summary>
public sealed record RoleEntry(string Role, string Sector);
