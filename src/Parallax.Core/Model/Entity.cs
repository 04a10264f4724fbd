using Parallax.Annotations;

namespace Parallax.Model;

public sealed record EntityMentionRef(string Article, int Start, int Length, string Text);

/// <summary>
/// Why a mention joined an entity, or where one of its facts (role, country) came from:
/// the rule that fired, a readable account of the evidence, and the mention it concerns.
/// </summary>
public sealed record EntityEvidence(string Rule, string Detail, string Article, int Start, int Length, string Text);

/// <summary>A canonical actor across documents.</summary>
public sealed class Entity
{
    public required string Id { get; init; }
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public List<string> Aliases { get; } = [];
    public string? Code { get; set; }
    public string? Country { get; set; }
    public List<string> Roles { get; } = [];
    public List<EntityMentionRef> Mentions { get; } = [];

    /// <summary>Every merge that built this entity, in the order it happened.</summary>
    public List<EntityEvidence> Merges { get; } = [];

    /// <summary>Where the country, roles and code came from.</summary>
    public List<EntityEvidence> Attributions { get; } = [];
}
