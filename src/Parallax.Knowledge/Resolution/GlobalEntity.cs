using System.Runtime.InteropServices;
using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;
using Parallax.Model;

namespace Parallax.Knowledge.Resolution;

/// <summary>An entity being assembled across documents.</summary>
internal sealed class GlobalEntity
{
    private readonly List<RoleFact> _roles = [];
    private readonly List<string> _aliases = [];

    public GlobalEntity(LocalEntity first)
    {
        Type = first.Type;
        Kb = first.Kb;
        Demonym = first.Demonym;
        Person = first.Person;
        Name = first.Name;
        Country = first.Country;
        Org = first.Org;
        foreach (var r in first.RoleSpan)
            _roles.Add(r);
        IsAcronymForm = first.Person is null && first.Kb is null && NameText.IsAllCaps(first.Name) && !first.Name.Contains(' ');
    }

    public string Id { get; set; } = string.Empty;
    public EntityType Type { get; }
    public KbEntry? Kb { get; }
    public KbEntry? Demonym { get; }
    public PersonName? Person { get; private set; }
    public string Name { get; private set; }
    public string? Country { get; private set; }
    public KbEntry? Org { get; private set; }
    public bool IsAcronymForm { get; }
    public List<EntityMentionRef> Mentions { get; } = [];
    public List<EntityEvidence> Merges { get; } = [];
    public List<EntityEvidence> Attributions { get; } = [];

    public PersonContext Context => new(Country, Org?.Id, _roles);

    public void AddAlias(ReadOnlySpan<char> alias, StringPool pool)
    {
        foreach (var a in _aliases)
        {
            if (alias.SequenceEqual(a))
                return;
        }

        _aliases.Add(pool.Get(alias));
    }

    public void Absorb(LocalEntity local)
    {
        if (local.Person is { } p && (Person is null || p.Words > Person.Words || (!char.IsUpper(Person.Display[0]) && char.IsUpper(p.Display[0]))))
        {
            Person = p;
            Name = p.Display;
        }

        Country ??= local.Country;
        Org ??= local.Org;
        foreach (var r in local.RoleSpan)
        {
            if (!LocalEntity.HasRole(CollectionsMarshal.AsSpan(_roles), r.Role))
                _roles.Add(r);
        }
    }

    public string BaseId(StringPool pool) => Type switch
    {
        _ when Demonym is not null => "misc:" + NameText.Slug(Demonym.Name) + "-people",
        EntityType.PER => NameText.SlugId("per:", Name, pool),
        EntityType.ORG => NameText.SlugId("org:", Name, pool),
        EntityType.MISC => NameText.SlugId("misc:", Name, pool),
        _ => NameText.SlugId("loc:", Name, pool),
    };

    /// <summary>CAMEO-style code: the knowledge-base code; for people the organization's code, else country plus role sector.</summary>
    public string? Code() => ActorCode.For(Kb, Demonym, Type, Org, Country, _roles);

    public Entity ToEntity()
    {
        var e = new Entity { Id = Id, Type = Type, Name = Kb?.Name ?? Name, Code = Code(), Country = Country };
        foreach (var a in _aliases)
        {
            if (a != e.Name)
                e.Aliases.Add(a);
        }

        foreach (var r in _roles)
            e.Roles.Add(r.Role);
        e.Mentions.AddRange(Mentions);
        e.Merges.AddRange(Merges);
        e.Attributions.AddRange(Attributions);
        return e;
    }
}
