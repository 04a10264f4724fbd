using System.Runtime.InteropServices;
using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>A role as a title or appositive gave it: canonical role, sector, and the words of the text.</summary>
/// <remarks>Value types, these and LocalEvidence: every analysis is kept until the corpus stage, and fewer objects
/// in it mean less for the garbage collector to trace and copy.</remarks>
public readonly record struct RoleFact(string Role, string Sector, string Title, int Start, int Length);

/// <summary>A note on one mention: why it joined its entity, or which fact it contributed.</summary>
public readonly record struct LocalEvidence(string Rule, string Detail, int Start, int Length, string Text);

/// <summary>An actor as one document knows it, before cross-document merging.</summary>
public sealed class LocalEntity
{
    public required int Index { get; set; }
    public required EntityType Type { get; set; }
    public required string Name { get; set; }

    /// <summary>Normalized name, the in-document key of entities that are neither people nor in the knowledge base.</summary>
    public required string Key { get; init; }

    public KbEntry? Kb { get; init; }

    /// <summary>For a demonym ("Iraqi", "Iranians"): the country it describes.</summary>
    public KbEntry? Demonym { get; init; }
    public PersonName? Person { get; set; }
    public string? Country { get; set; }
    public KbEntry? Org { get; set; }

    // The lists are made on first write: most entities have no roles and no evidence, and every analysis is kept
    // until the corpus stage, so empty lists would be thousands of objects for the garbage collector to copy.
    // Readers on hot paths use the span views, which read an absent list as empty without making it.
    private List<RoleFact>? _roles;
    private List<string>? _surfaces;
    private List<LocalEvidence>? _merges;
    private List<LocalEvidence>? _attributions;

    public List<RoleFact> Roles => _roles ??= [];

    /// <summary>Index of the entity's first mention in the analysis, -1 when it has none.</summary>
    public int FirstMention { get; set; } = -1;
    public List<string> Surfaces => _surfaces ??= [];
    public List<LocalEvidence> Merges => _merges ??= [];
    public List<LocalEvidence> Attributions => _attributions ??= [];

    internal ReadOnlySpan<RoleFact> RoleSpan => CollectionsMarshal.AsSpan(_roles);
    internal IReadOnlyList<RoleFact> RoleView => _roles ?? (IReadOnlyList<RoleFact>)Array.Empty<RoleFact>();
    internal ReadOnlySpan<LocalEvidence> MergeSpan => CollectionsMarshal.AsSpan(_merges);
    internal ReadOnlySpan<LocalEvidence> AttributionSpan => CollectionsMarshal.AsSpan(_attributions);

    /// <summary>Surfaces only serve resolution inside the document; the analysis kept for the corpus stage drops them.</summary>
    internal void DropSurfaces() => _surfaces = null;

    /// <summary>Set when this entity was folded into another one of the same document.</summary>
    public LocalEntity? MergedInto { get; set; }

    /// <summary>Offset of the latest mention seen so far, to pick the nearest antecedent.</summary>
    public int LastSeen { get; set; } = -1;

    public LocalEntity Root()
    {
        var e = this;
        while (e.MergedInto is not null)
            e = e.MergedInto;
        return e;
    }

    public bool HasSurface(ReadOnlySpan<char> surface)
    {
        foreach (var s in CollectionsMarshal.AsSpan(_surfaces))
        {
            if (surface.SequenceEqual(s))
                return true;
        }

        return false;
    }

    /// <summary>Adds a surface seen in the text unless it is known; the string comes from the pool only when it is new.</summary>
    public void AddSurface(ReadOnlySpan<char> surface, StringPool pool)
    {
        if (!HasSurface(surface))
            Surfaces.Add(pool.Get(surface));
    }

    public static bool HasRole(ReadOnlySpan<RoleFact> roles, string role)
    {
        foreach (var r in roles)
        {
            if (r.Role == role)
                return true;
        }

        return false;
    }

    public void AddSurface(string surface)
    {
        foreach (var s in Surfaces)
        {
            if (s == surface)
                return;
        }

        Surfaces.Add(surface);
    }

    /// <summary>A provisional id, stable within the document, that the corpus stage replaces with the canonical one.</summary>
    public string? Code() => ActorCode.For(Kb, Demonym, Type, Org, Country, RoleView);

    internal string? Code(StringPool pool) => ActorCode.For(Kb, Demonym, Type, Org, Country, RoleView, pool);

    public string ProvisionalId() => ProvisionalId(null);

    internal string ProvisionalId(StringPool? pool) => _provisionalId ??= MakeProvisionalId(pool);

    private string? _provisionalId;

    private string MakeProvisionalId(StringPool? pool)
    {
        if (Kb is not null)
            return Kb.Id;
        var prefix = Type switch
        {
            EntityType.PER => "per:",
            EntityType.ORG => "org:",
            EntityType.MISC => "misc:",
            _ => "loc:",
        };
        return pool is null ? prefix + NameText.Slug(Name) : NameText.SlugId(prefix, Name, pool);
    }

    public override string ToString() => $"{Type} {Name}";
}

/// <summary>What the in-document resolver produced for one document.</summary>
public sealed class DocumentAnalysis
{
    public required EntityMention[] Mentions { get; init; }

    /// <summary>Index into Entities per mention, -1 when the mention could not be resolved.</summary>
    public required int[] MentionEntity { get; init; }

    public required List<LocalEntity> Entities { get; init; }

    /// <summary>True for mentions the resolver added itself ("the secretary", "the group"), parallel to Mentions.</summary>
    public required bool[] Derived { get; init; }
}
