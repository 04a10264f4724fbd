using System.Buffers;

namespace Parallax.Extract.Html;

/// <summary>
/// Finds the bodies of &lt;script type="application/ld+json"&gt; elements in raw markup. The parser is told to skip
/// script text, which on modern pages is most of the bytes it would otherwise copy into text nodes, so the only
/// scripts the extractor reads are taken here, the way the HTML tokenizer bounds them: from the end of the start tag
/// to the next "&lt;/script", with comments skipped.
/// </summary>
internal static class JsonLdScripts
{
    private static readonly SearchValues<string> JsonType = SearchValues.Create(["ld+json"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> Starts = SearchValues.Create(["<script", "<!--"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> ScriptEnd = SearchValues.Create(["</script"], StringComparison.OrdinalIgnoreCase);

    public static void Collect(string html, List<string> into)
    {
        var span = html.AsSpan();
        if (span.IndexOfAny(JsonType) < 0)
            return;
        var i = 0;
        while (true)
        {
            var next = span[i..].IndexOfAny(Starts);
            if (next < 0)
                return;
            i += next;
            var rest = span[i..];
            if (rest[1] == '!')
            {
                var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    return;
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
                return;
            var body = rest[(tagEnd + 1)..];
            var end = body.IndexOfAny(ScriptEnd);
            if (end < 0)
                end = body.Length;
            if (rest[..tagEnd].IndexOfAny(JsonType) >= 0)
                into.Add(body[..end].ToString());
            i += tagEnd + 1 + end;
        }
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
