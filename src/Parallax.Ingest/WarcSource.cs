using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>
/// WARC files, plain or gzipped (one gzip member per record, as CC-NEWS ships them), read as a stream:
/// response records whose HTTP payload is HTML become documents; other records are skipped.
/// </summary>
public sealed class WarcSource(string path, long maxRecordBytes) : ISource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file = Stream.Null;
        }

        await using var owned = file;
        Stream stream = new BufferedStream(IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress) : file, 1 << 16);
        await using var _ = stream;
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<string>? header;
            string? corrupt = null;
            try
            {
                header = ReadHeader(stream);
            }
            catch (InvalidDataException ex)
            {
                header = null;
                corrupt = ex.Message;
            }

            if (corrupt is not null)
                yield return SourceItem.Fail($"{path}#{record}", "corrupt WARC data: " + corrupt);

            if (header is null)
                yield break;
            record++;
            var fields = Fields(header);
            if (!fields.TryGetValue("content-length", out var lengthText) || !long.TryParse(lengthText, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                yield return SourceItem.Fail($"{path}#{record}", "WARC record without a valid Content-Length; stopping");
                yield break;
            }

            var uri = fields.GetValueOrDefault("warc-target-uri");
            var isResponse = string.Equals(fields.GetValueOrDefault("warc-type"), "response", StringComparison.OrdinalIgnoreCase);
            if (!isResponse || length > maxRecordBytes)
            {
                if (!Skip(stream, length))
                    yield break;
                if (isResponse)
                    yield return SourceItem.Fail(uri ?? $"{path}#{record}", $"WARC record of {length:N0} bytes is over the limit");
                continue;
            }

            var block = new byte[length];
            var read = stream.ReadAtLeast(block, (int)length, throwOnEndOfStream: false);
            if (read < length)
            {
                yield return SourceItem.Fail(uri ?? $"{path}#{record}", "truncated WARC record");
                yield break;
            }

            var item = Response(block, uri, fields.GetValueOrDefault("warc-date"));
            if (item is not null)
                yield return item.Value;
        }
    }

    private static bool IsGzip(Stream s)
    {
        if (!s.CanSeek || s.Length < 2)
            return false;
        var a = s.ReadByte();
        var b = s.ReadByte();
        s.Position = 0;
        return a == 0x1F && b == 0x8B;
    }

    /// <summary>The HTTP payload of a response record when it is HTML, with the charset from its Content-Type.</summary>
    private SourceItem? Response(byte[] block, string? uri, string? date)
    {
        var split = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
            return null;
        var head = Encoding.Latin1.GetString(block, 0, split);
        string? contentType = null;
        var chunked = false;
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("content-type:", StringComparison.OrdinalIgnoreCase))
                contentType = line[13..].Trim();
            else if (line.StartsWith("transfer-encoding:", StringComparison.OrdinalIgnoreCase) && line.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                chunked = true;
        }

        if (contentType is null || !(contentType.Contains("html", StringComparison.OrdinalIgnoreCase)))
            return null;
        var body = block.AsMemory(split + 4);
        if (chunked)
            body = Dechunk(body.Span);
        string? charset = null;
        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
            charset = contentType[(at + 8)..].Split(';')[0].Trim().Trim('"');
        var retrieved = DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : DateTimeOffset.UtcNow;
        return SourceItem.Ok(new RawDocument(new SourceInfo(path, uri, null), body, RawFormat.Html) { Charset = charset, RetrievedAt = retrieved });
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        while (data.Length > 0)
        {
            var nl = data.IndexOf("\r\n"u8);
            if (nl < 0)
                break;
            var sizeText = Encoding.ASCII.GetString(data[..nl]).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size <= 0 || nl + 2 + size > data.Length)
                break;
            output.Write(data.Slice(nl + 2, size));
            data = data[Math.Min(data.Length, nl + 2 + size + 2)..];
        }

        return output.ToArray();
    }

    /// <summary>Header lines up to the blank line; null at a clean end of stream.</summary>
    private static List<string>? ReadHeader(Stream stream)
    {
        string? line;
        do
        {
            line = ReadLine(stream);
            if (line is null)
                return null;
        }
        while (line.Length == 0);
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            throw new InvalidDataException("expected a WARC/ version line");
        var lines = new List<string> { line };
        while ((line = ReadLine(stream)) is { Length: > 0 })
        {
            if (lines.Count > 200)
                throw new InvalidDataException("WARC header too long");
            lines.Add(line);
        }

        return lines;
    }

    private static string? ReadLine(Stream stream)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
                return sb.Length == 0 ? null : sb.ToString();
            if (b == '\n')
                return sb.ToString().TrimEnd('\r');
            if (sb.Length > 16384)
                throw new InvalidDataException("WARC header line too long");
            sb.Append((char)b);
        }
    }

    private static Dictionary<string, string> Fields(List<string> header)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in header)
        {
            var colon = l.IndexOf(':');
            if (colon > 0)
                d.TryAdd(l[..colon].Trim().ToLowerInvariant(), l[(colon + 1)..].Trim());
        }

        return d;
    }

    private static bool Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (n == 0)
                return false;
            length -= n;
        }

        return true;
    }
}
