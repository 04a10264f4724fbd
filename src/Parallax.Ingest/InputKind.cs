using System.IO.Compression;

namespace Parallax.Ingest;

public enum InputKind
{
    Document,
    Jsonl,
    Feed,
    Warc,
    GzipWarc,
}

/// <summary>Tells containers (JSONL, feeds, WARC) from single documents by their first bytes, not their names.</summary>
public static class InputSniffer
{
    public static InputKind Sniff(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[1024];
            var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..n];
            if (n >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            {
                stream.Position = 0;
                using var gz = new GZipStream(stream, CompressionMode.Decompress);
                Span<byte> inner = stackalloc byte[5];
                try
                {
                    var m = gz.ReadAtLeast(inner, 5, throwOnEndOfStream: false);
                    return m == 5 && inner.SequenceEqual("WARC/"u8) ? InputKind.GzipWarc : InputKind.Document;
                }
                catch (InvalidDataException)
                {
                    return InputKind.Document;
                }
            }

            return Sniff(head);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return InputKind.Document;
        }
    }

    public static InputKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("WARC/"u8))
            return InputKind.Warc;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        var t = head.TrimStart(" \t\r\n"u8);
        if (t.Length > 0 && t[0] == (byte)'{')
        {
            var nl = t.IndexOf((byte)'\n');
            var firstLine = nl < 0 ? t : t[..nl];
            if (firstLine.TrimEnd(" \t\r"u8).EndsWith("}"u8) || nl < 0)
                return InputKind.Jsonl;
        }

        if (t.Length > 0 && t[0] == (byte)'<')
        {
            var text = System.Text.Encoding.Latin1.GetString(t);
            if (text.Contains("<html", StringComparison.OrdinalIgnoreCase))
                return InputKind.Document;
            if (text.Contains("<rss", StringComparison.Ordinal) || text.Contains("<feed", StringComparison.Ordinal) || text.Contains("<rdf:RDF", StringComparison.Ordinal))
                return InputKind.Feed;
        }

        return InputKind.Document;
    }
}
