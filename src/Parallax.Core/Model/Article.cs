using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Parallax.Annotations;

namespace Parallax.Model;

/// <summary>
/// One article: its single immutable cleaned Text, which every annotation points into,
/// plus the raw decoded input that RemovedSpan offsets point into.
/// </summary>
public sealed class Article
{
    public Article(SourceInfo source, string raw, string text, ArticleMetadata metadata)
    {
        Source = source;
        Raw = raw;
        Text = text;
        Metadata = metadata;
        Id = ComputeId(metadata.Title, text);
    }

    public string Id { get; }
    public SourceInfo Source { get; }
    public string Raw { get; }
    public string Text { get; }
    public ArticleMetadata Metadata { get; }
    public ImmutableArray<RemovedSpan> Removed { get; init; } = [];
    public ImmutableArray<string> Captions { get; init; } = [];

    /// <summary>Problems met and repaired while reading the input (replaced byte sequences, non-English text, fallbacks).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>
    /// The id hashes the title and cleaned text, so the same story captured twice
    /// (another URL, other page furniture) gets the same id and is stored once.
    /// </summary>
    public static string ComputeId(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? string.Empty) + "\n" + text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
