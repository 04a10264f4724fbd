using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Parallax.Model;
using UtfUnknown;

namespace Parallax.Extract.Decoding;

/// <summary>
/// Bytes to text. Order: byte-order mark; UTF-16 without a BOM (from the zero-byte pattern); the declared
/// charset (HTTP header hint, then &lt;meta charset&gt; or the XML declaration); valid UTF-8; statistical
/// detection (UTF.Unknown); windows-1252. Invalid sequences are replaced and counted, never thrown on.
/// </summary>
public static partial class TextDecoder
{
    private const int SniffBytes = 4096;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? charsetHint = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Run(bytes[3..], Encoding.UTF8, "bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Run(bytes[2..], Encoding.Unicode, "bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Run(bytes[2..], Encoding.BigEndianUnicode, "bom");

        var utf16 = SniffUtf16(bytes);
        if (utf16 is not null)
            return Run(bytes, utf16, "utf-16 pattern");
        if (LooksBinary(bytes))
            throw new DocumentException("binary content, not text (NUL or control bytes in the first 8 KB)");

        var declared = Resolve(charsetHint) is { } hinted ? (hinted, "http charset") : (Resolve(SniffDeclared(bytes)), "declared charset");
        var validUtf8 = Utf8.IsValid(bytes);
        if (declared.Item1 is { } enc)
        {
            // A legacy single-byte label on bytes that are valid UTF-8 with multi-byte sequences is almost always a mislabel.
            if (validUtf8 && enc.IsSingleByte && !IsAscii(bytes))
                return Valid(bytes, "valid utf-8 over declared " + enc.WebName);
            return validUtf8 && enc.CodePage == Encoding.UTF8.CodePage ? Valid(bytes, declared.Item2) : Run(bytes, enc, declared.Item2);
        }

        if (validUtf8)
            return Valid(bytes, "valid utf-8");
        var detected = Detect(bytes);
        return detected is not null ? Run(bytes, detected, "detected") : Run(bytes, Encoding.GetEncoding(1252), "fallback");
    }

    /// <summary>Maps a charset label to an encoding; Latin-1 and ASCII labels mean windows-1252, as browsers do.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1")
            return Encoding.GetEncoding(1252);
        if (name is "utf8" or "unicode-1-1-utf-8")
            return Encoding.UTF8;
        if (name is "gb2312" or "gbk" or "x-gbk")
            name = "gb18030";
        try
        {
            var enc = Encoding.GetEncoding(name);
            // A page that says UTF-16 in a meta tag but was sniffed as 8-bit cannot be UTF-16 (the meta would be unreadable).
            return enc.CodePage is 1200 or 1201 ? Encoding.UTF8 : enc;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Bytes already checked to be valid UTF-8: nothing to replace or count, so one plain decode.</summary>
    private static DecodedText Valid(ReadOnlySpan<byte> bytes, string method) => new(Encoding.UTF8.GetString(bytes), Encoding.UTF8.WebName, method, 0);

    private static DecodedText Run(ReadOnlySpan<byte> bytes, Encoding encoding, string method)
    {
        var counter = new CountingFallback();
        var strict = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, counter);

        // Count once: GetString would run the fallback in both its sizing and its decoding pass.
        var length = strict.GetCharCount(bytes);
        counter.Count = 0;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        try
        {
            var written = strict.GetChars(bytes, buffer);
            return new DecodedText(new string(buffer, 0, written), encoding.WebName, method, counter.Count);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Encoding? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, SniffBytes) & ~1)];
        if (head.Length < 4)
            return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0)
                evenZero++;
            if (head[i + 1] == 0)
                oddZero++;
        }

        var pairs = head.Length / 2;
        if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05)
            return Encoding.Unicode;
        if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05)
            return Encoding.BigEndianUnicode;
        return null;
    }

    private static string? SniffDeclared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var m = MetaCharset().Match(head);
        if (m.Success)
            return m.Groups[1].Value;
        m = XmlEncoding().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 65536)].ToArray();
        var result = CharsetDetector.DetectFromBytes(sample).Detected;
        if (result?.Encoding is null || result.Confidence < 0.2f)
            return null;
        return result.Encoding.CodePage is 1200 or 1201 or 12000 or 12001 ? null : result.Encoding;
    }

    private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

    /// <summary>Text has almost no C0 controls besides tab, CR, LF, form feed and escape; binary formats have many.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
                controls++;
        }

        return controls > head.Length / 20;
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();

    private sealed class CountingFallback : DecoderFallback
    {
        public int Count;

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private int _pending;

            public override int Remaining => _pending;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _pending = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_pending == 0)
                    return '\0';
                _pending = 0;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }
}
