using NJsonSchema;

namespace Parallax.Testing;

/// <summary>Validates JSON against docs/output-schema.json, the published output contract.</summary>
public static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(Repo.Root, "docs", "output-schema.json")).GetAwaiter().GetResult());

    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(e => $"{e.Path}: {e.Kind}").ToList();
}
