using System.Buffers;
using System.Text;

namespace Parallax.Extract.Html;

/// <summary>
/// HTML5 tree building reconstructs every still-open formatting element (b, i, font, a, ...) at each new
/// block, so thousands of unclosed formatting tags make parsing quadratic. When a page leaves more than
/// a few hundred open, their tags are dropped before parsing: they carry no structure the extractor uses.
/// </summary>
internal static class MarkupGuard
{
    private const int MaxOpenFormatting = 200;

    private const int MaxDepth = 400;

    private static readonly SearchValues<string> StyleEnd = SearchValues.Create(["</style"], StringComparison.OrdinalIgnoreCase);

    public static string Defuse(string html) => Flatten(DefuseFormatting(html));

    /// <summary>
    /// Tree building slows down with nesting depth, so tags nested deeper than <see cref="MaxDepth"/> (counted
    /// over elements that need an end tag) are dropped; their text stays, joined to the nearest kept ancestor.
    /// </summary>
    private static string Flatten(string html)
    {
        var depth = 0;
        var i = 0;
        StringBuilder? sb = null;
        var last = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 2 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var len = 0;
            while (nameStart + len < html.Length && len < 12 && char.IsAsciiLetterOrDigit(html[nameStart + len]))
                len++;
            if (len == 0 || IsSelfClosing(html.AsSpan(nameStart, len)))
            {
                i = nameStart;
                continue;
            }

            var end = html.IndexOf('>', nameStart);
            if (end < 0)
                break;
            var selfClosed = html[end - 1] == '/';
            var drop = closing ? depth > MaxDepth : !selfClosed && depth >= MaxDepth;
            if (closing)
                depth = Math.Max(0, depth - 1);
            else if (!selfClosed)
                depth++;
            if (drop)
            {
                sb ??= new StringBuilder(html.Length);
                sb.Append(html, last, i - last).Append(' ');
                last = end + 1;
            }

            i = end + 1;

            // Script and style bodies are not markup: tags written inside them (templates, JSON with HTML in it)
            // must neither count toward the depth nor have the element's real end tag dropped.
            if (!closing && !selfClosed && RawTextEnd(html, nameStart, len, i) is var close and >= 0)
                i = close;
        }

        if (sb is null)
            return html;
        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    /// <summary>Where the end tag of a script or style element starting at i begins (or the end of the page), else -1.</summary>
    private static int RawTextEnd(string html, int nameStart, int length, int i)
    {
        var name = html.AsSpan(nameStart, length);
        var endTag = name.Equals("script", StringComparison.OrdinalIgnoreCase) ? RawScripts.ScriptEnd
            : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? StyleEnd : null;
        if (endTag is null)
            return -1;
        var at = html.AsSpan(i).IndexOfAny(endTag);
        return at < 0 ? html.Length : i + at;
    }

    private static bool IsSelfClosing(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[12];
        var n = name.ToLowerInvariant(lower);
        return lower[..n] is "br" or "hr" or "img" or "input" or "meta" or "link" or "area" or "base" or "col" or "embed" or "param" or "source"
            or "track" or "wbr" or "p" or "li" or "dt" or "dd" or "option" or "tr" or "td" or "th" or "html" or "head" or "body";
    }

    private static string DefuseFormatting(string html)
    {
        var open = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 2 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (IsFormatting(html.AsSpan(nameStart), out _))
                open += closing ? -1 : 1;
            if (open > MaxOpenFormatting)
                return Strip(html);
            i = nameStart;
        }

        return html;
    }

    private static string Strip(string html)
    {
        var sb = new StringBuilder(html.Length);
        var last = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 2 < html.Length)
        {
            var nameStart = html[i + 1] == '/' ? i + 2 : i + 1;
            if (IsFormatting(html.AsSpan(nameStart), out _))
            {
                var end = html.IndexOf('>', nameStart);
                if (end < 0)
                    break;
                sb.Append(html, last, i - last).Append(' ');
                last = end + 1;
                i = end + 1;
                continue;
            }

            i = nameStart;
        }

        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    private static bool IsFormatting(ReadOnlySpan<char> s, out int length)
    {
        length = 0;
        while (length < s.Length && length < 8 && char.IsAsciiLetter(s[length]))
            length++;
        if (length == 0 || length == s.Length || !(s[length] is '>' or ' ' or '\t' or '\n' or '\r' or '/'))
            return false;
        Span<char> lower = stackalloc char[8];
        var name = lower[..s[..length].ToLowerInvariant(lower)];
        return name is "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u";
    }
}
