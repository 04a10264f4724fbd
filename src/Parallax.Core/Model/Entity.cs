using Parallax.Annotations;

namespace Parallax.Model;

public sealed record EntityMentionRef(string Article, int Start, int Length, string Text);

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
}
