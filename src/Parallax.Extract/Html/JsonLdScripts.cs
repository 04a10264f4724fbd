namespace Parallax.Extract.Html;

/// <summary>
/// Finds the bodies of &lt;script type="application/ld+json"&gt; elements in raw markup. The parser is told to skip
/// script text, which on modern pages is most of the bytes it would otherwise copy into text nodes, so the only
/// scripts the extractor reads are taken here, the way the HTML tokenizer bounds them: from the end of the start tag
/// to the next "&lt;/script", with comments skipped.
/// </summary>
internal static class JsonLdScripts
{
    public static void Collect(string html, List<string> into)
    {
        var span = html.AsSpan();
        var last = span.LastIndexOf("ld+json", StringComparison.OrdinalIgnoreCase);
        if (last < 0)
            return;
        var i = 0;
        while (true)
        {
            // A start tag after the last "ld+json" cannot open a JSON-LD script.
            var lt = span[i..].IndexOf('<');
            if (lt < 0 || i + lt > last)
                return;
            i += lt;
            var rest = span[i..];
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = rest[4..].IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    return;
                i += 4 + close + 3;
                continue;
            }

            if (!IsScriptStart(rest))
            {
                i++;
                continue;
            }

            var tagEnd = TagEnd(rest);
            if (tagEnd < 0)
                return;
            var body = rest[(tagEnd + 1)..];
            var end = body.IndexOf("</script", StringComparison.OrdinalIgnoreCase);
            if (end < 0)
                end = body.Length;
            if (rest[..tagEnd].Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                into.Add(body[..end].ToString());
            i += tagEnd + 1 + end;
        }
    }

    private static bool IsScriptStart(ReadOnlySpan<char> s) =>
        s.Length > 7 && s[1..7].Equals("script", StringComparison.OrdinalIgnoreCase) && s[7] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

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
