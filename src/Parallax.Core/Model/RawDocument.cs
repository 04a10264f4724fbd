namespace Parallax.Model;

public enum RawFormat : byte
{
    Unknown,
    Html,
    PlainText,
}

/// <summary>
/// One undecoded input document as a source produced it. Hints carry what the
/// container already knew (a JSONL title, a feed item's date, an HTTP charset).
/// </summary>
public sealed class RawDocument
{
    public RawDocument(SourceInfo source, ReadOnlyMemory<byte> content, RawFormat format = RawFormat.Unknown)
    {
        Source = source;
        Content = content;
        Format = format;
    }

    public SourceInfo Source { get; }
    public ReadOnlyMemory<byte> Content { get; }
    public RawFormat Format { get; }
    public string? Charset { get; init; }
    public string? TitleHint { get; init; }
    public DateTimeOffset? PublishedHint { get; init; }

    /// <summary>When the document was fetched or read; dates after it are rejected as impossible.</summary>
    public DateTimeOffset RetrievedAt { get; init; } = DateTimeOffset.UtcNow;
}
