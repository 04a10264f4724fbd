using Parallax.Annotations;

namespace Parallax.Events;

/// <summary>
/// One actor noun phrase in a sentence: a named mention, an unnamed role phrase, or both merged
/// ("Iranian officials", "US Secretary of State John Kerry"). Token range [First, End).
/// </summary>
internal struct Actor
{
    public int First;
    public int End;

    /// <summary>Where an apposition after the head ends; tokens up to here belong to this actor.</summary>
    public int SpanEnd;

    /// <summary>The most specific code a named mention gave (USAGOV beats USA).</summary>
    public string? Named;
    public string? Role;

    /// <summary>The role word a phrase used ("secretary"), so "the secretary" can find it again later.</summary>
    public string? RoleWord;
    public string? Entity;
    public EntityType? Type;
    public bool LastIsRole;
    public bool Anaphor;

    /// <summary>"his government", "her ministry": the role belongs to the person last named.</summary>
    public bool OwnedByPerson;
    public string? Code;
    public int Group;

    /// <summary>The preposition before the phrase, or -1: "with Iran", "in Paris".</summary>
    public int Prep;

    /// <summary>The phrase follows a verb directly, so it is that verb's object, not a later verb's subject.</summary>
    public bool Object;

    public readonly bool IsPerson => Type == EntityType.PER;

    public void AddNamed(string? code, string? entity, EntityType type)
    {
        if (code is not null && (Named is null || code.Length >= Named.Length))
            Named = code;
        if (entity is not null || Entity is null)
            Entity = entity;
        Type = type;
        LastIsRole = false;
    }

    public void AddRole(string code)
    {
        // A full code in the dictionary ("the Pentagon" USAMIL) acts like a name.
        // English noun phrases are head-final: "government forces" are MIL, "army leaders" GOV.
        if (code.Length == 3)
            Role = code;
        else if (Named is null || code.Length > Named.Length)
            Named = code;
        LastIsRole = true;
    }

    /// <summary>Country plus role when only those are known (IRN + GOV = IRNGOV); otherwise the most specific code.</summary>
    public readonly string? Combine()
    {
        if (Named is { Length: 3 } country && Role is not null)
            return country + Role;
        return Named ?? Role;
    }
}

/// <summary>A coded actor seen earlier in the document, for "the group" and "he".</summary>
internal readonly record struct PastActor(string Code, string? Entity, EntityType? Type, TextRange Range, string? Title);
