using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Parallax.Store;

namespace Parallax.Web.Api;

/// <summary>Opaque page cursors: base64url text a client passes back unchanged. A damaged cursor is a 400, never a crash.</summary>
public static class Cursors
{
    private const char Sep = '\u001f';

    public static string Encode(StoryCursor c) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Sep, c.LastPublished, c.ArticleCount.ToString(CultureInfo.InvariantCulture), c.FirstSeq.ToString(CultureInfo.InvariantCulture))));

    public static bool TryDecode(string? text, out StoryCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
            return true;
        if (!TryText(text, out var plain))
            return false;
        var parts = plain.Split(Sep);
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            return false;
        }

        cursor = new StoryCursor(parts[0], count, seq);
        return true;
    }

    public static string Offset(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("o" + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryOffset(string? text, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(text))
            return true;
        return TryText(text, out var plain) && plain.StartsWith('o')
            && int.TryParse(plain.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset <= 100_000;
    }

    private static bool TryText(string text, out string plain)
    {
        plain = string.Empty;
        if (text.Length > 512)
            return false;
        try
        {
            plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
