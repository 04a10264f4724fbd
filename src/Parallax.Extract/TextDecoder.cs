using System.Text;
using Parallax.Model;

namespace Parallax.Extract;

/// <summary>Bytes to text: BOM first, then strict UTF-8. Binary content is refused with a reason.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);

        if (LooksBinary(bytes))
            throw new DocumentException("binary content, not text (NUL or control bytes in the first 8 KB)");
        return DecodeUtf8(bytes, 0);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentException($"invalid UTF-8 at byte {ex.Index + offset}", ex);
        }
    }

    /// <summary>Text has almost no C0 controls besides tab, CR, LF and form feed; binary formats have many.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
                return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
                controls++;
        }

        return controls > head.Length / 20;
    }
}
