using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>A role as a title or appositive gave it: canonical role, sector, and the words of the text.</summary>
public sealed record RoleFact(string Role, string Sector, string Title, int Start, int Length);

/// <summary>A note on one mention: why it joined its entity, or which fact it contributed.</summary>
public sealed record LocalEvidence(string Rule, string Detail, int Start, int Length, string Text);

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
    public List<RoleFact> Roles { get; } = [];
    public List<int> Mentions { get; } = [];
    public List<string> Surfaces { get; } = [];
    public List<LocalEvidence> Merges { get; } = [];
    public List<LocalEvidence> Attributions { get; } = [];

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
        foreach (var s in Surfaces)
        {
            if (surface.SequenceEqual(s))
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
    public string? Code() => ActorCode.For(Kb, Demonym, Type, Org, Country, Roles);

    public string ProvisionalId() => _provisionalId ??= MakeProvisionalId();

    private string? _provisionalId;

    private string MakeProvisionalId() => Kb is not null
        ? Kb.Id
        : Type switch
        {
            EntityType.PER => "per:" + NameText.Slug(Name),
            EntityType.ORG => "org:" + NameText.Slug(Name),
            EntityType.MISC => "misc:" + NameText.Slug(Name),
            _ => "loc:" + NameText.Slug(Name),
        };

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
