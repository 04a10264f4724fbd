using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Store;

/// <summary>
/// The annotation layers kept with an article. Tokens and sentences are not stored:
/// they are cheap to recompute and would dominate the row size.
/// </summary>
public sealed record StoredAnnotations(
    EntityMention[] Mentions,
    string?[] MentionEntities,
    Quote[] Quotes,
    Claim[] Claims,
    TimeExpression[] Times,
    CodedEvent[] Events)
{
    /// <summary>Actor code per mention; absent in rows written before events landed.</summary>
    public string?[]? MentionCodes { get; init; }

    public static StoredAnnotations From(Document d) =>
        new(d.Mentions, d.MentionEntities, d.Quotes, d.Claims, d.Times, d.Events) { MentionCodes = d.MentionCodes };

    public void ApplyTo(Document d)
    {
        d.Mentions = Mentions;
        d.MentionEntities = MentionEntities;
        d.Quotes = Quotes;
        d.Claims = Claims;
        d.Times = Times;
        d.Events = Events;
        d.MentionCodes = MentionCodes ?? [];
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(StoredAnnotations))]
[JsonSerializable(typeof(RemovedSpan[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(StoredComparison))]
internal sealed partial class StoreJsonContext : JsonSerializerContext
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, typeof(T), Default);

    public static T Read<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), Default)!;
}
