using System.Buffers;
using System.Text;

namespace Parallax.Extract.Html;

/// <summary>
/// Script elements found in raw markup the simple way: from the start tag to the next "&lt;/script", comments skipped.
/// The parser is told to skip script text, which on modern pages is most of the bytes it would otherwise copy, so the
/// JSON-LD the extractor reads is taken here. The HTML tokenizer bounds scripts the same way except inside
/// "&lt;!--" within a script, where the standard's escape states can run a script on to the end of the page; the
/// extractor then parses again with the scripts removed.
/// </summary>
internal static class RawScripts
{
    private static readonly SearchValues<string> JsonType = SearchValues.Create(["ld+json"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Starts = SearchValues.Create(["<script", "<!--"], StringComparison.OrdinalIgnoreCase);
    /// <summary>Where a script body ends; also used by <see cref="MarkupGuard"/> to step over script bodies.</summary>
    internal static readonly SearchValues<string> ScriptEnd = SearchValues.Create(["</script"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the bodies of &lt;script type="application/ld+json"&gt; elements, in page order.</summary>
    public static void CollectJsonLd(string html, List<string> into)
    {
        var span = html.AsSpan();
        if (span.IndexOfAny(JsonType) < 0)
            return;
        var i = 0;
        while (Next(span, ref i, out var start, out var bodyStart, out var bodyEnd))
        {
            if (span[start..bodyStart].IndexOfAny(JsonType) >= 0)
                into.Add(span[bodyStart..bodyEnd].ToString());
        }
    }

    /// <summary>The markup with every script element cut out, or null when it has none.</summary>
    public static string? Remove(string html)
    {
        var span = html.AsSpan();
        StringBuilder? sb = null;
        var last = 0;
        var i = 0;
        while (Next(span, ref i, out var start, out _, out _))
        {
            sb ??= new StringBuilder(html.Length);
            sb.Append(span[last..start]);
            last = i;
        }

        return sb?.Append(span[last..]).ToString();
    }

    /// <summary>
    /// Finds the next script element at or after i: its start, where its body starts and ends, and i moved past its
    /// end tag (or to the end of the markup when it is never closed).
    /// </summary>
    private static bool Next(ReadOnlySpan<char> span, ref int i, out int start, out int bodyStart, out int bodyEnd)
    {
        start = bodyStart = bodyEnd = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(Starts);
            if (next < 0)
                break;
            i += next;
            var rest = span[i..];
            if (rest[1] == '!')
            {
                var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    break;
                i += 4 + close + 3;
                continue;
            }

            if (rest.Length <= 7 || rest[7] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>'))
            {
                i += 7;
                continue;
            }

            var tagEnd = TagEnd(rest);
            if (tagEnd < 0)
                break;
            start = i;
            bodyStart = i + tagEnd + 1;
            var end = span[bodyStart..].IndexOfAny(ScriptEnd);
            bodyEnd = end < 0 ? span.Length : bodyStart + end;
            var endTag = end < 0 ? -1 : span[bodyEnd..].IndexOf('>');
            i = endTag < 0 ? span.Length : bodyEnd + endTag + 1;
            return true;
        }

        i = span.Length;
        return false;
    }

    /// <summary>Index of the '&gt;' that ends the start tag, skipping quoted attribute values, or -1.</summary>
    private static int TagEnd(ReadOnlySpan<char> s)
    {
        var quote = '\0';
        var afterEquals = false;
        for (var k = 7; k < s.Length; k++)
        {
            var ch = s[k];
            if (quote != '\0')
            {
                if (ch == quote)
                    quote = '\0';
            }
            else if (ch is '"' or '\'' && afterEquals)
                quote = ch;
            else if (ch == '>')
                return k;

            if (ch is not (' ' or '\t' or '\n' or '\r' or '\f'))
                afterEquals = ch == '=';
        }

        return -1;
    }
}
