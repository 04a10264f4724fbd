using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parallax.Pipeline.Output;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ReportDto))]
[JsonSerializable(typeof(ArticleDto))]
[JsonSerializable(typeof(StoryDto))]
[JsonSerializable(typeof(EntityDto))]
[JsonSerializable(typeof(QuoteDto))]
[JsonSerializable(typeof(ClaimDto))]
[JsonSerializable(typeof(EventDto))]
[JsonSerializable(typeof(ErrorDto))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

public static class ReportJson
{
    /// <summary>Non-ASCII text stays readable; this output is JSON for tools and people, never inlined into HTML.</summary>
    public static readonly JsonSerializerOptions Options = new(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, typeof(T), indented ? Options : Compact);

    public static T? Deserialize<T>(string json) => (T?)JsonSerializer.Deserialize(json, typeof(T), Options);
}
