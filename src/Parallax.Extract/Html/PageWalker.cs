using AngleSharp.Dom;

namespace Parallax.Extract.Html;

/// <summary>
/// One iterative pass over the DOM (no recursion, so 100,000 nested elements cost only heap):
/// block-level elements become <see cref="ElementInfo"/> records, text between block boundaries
/// becomes <see cref="Block"/>s in one shared buffer, and head metadata is collected on the way.
/// </summary>
internal sealed class PageWalker
{
    private readonly List<(INode Node, int Exit)> _stack = [];
    private readonly List<int> _containers = [];
    private char[] _buffer = new char[16384];
    private int _blockStart;
    private int _blockLinkChars;
    private bool _pendingSpace;
    private int _linkDepth;

    public ElementInfo[] Elements = new ElementInfo[1024];
    public int ElementCount;
    public Block[] Blocks = new Block[512];
    public int BlockCount;
    public int Length;
    public PageSignals Signals { get; } = new();

    /// <summary>Walk into &lt;noscript&gt; (for a parse with scripting off, where its content is markup).</summary>
    public bool ReadNoscript { get; set; }

    public ReadOnlySpan<char> Text(in Block b) => _buffer.AsSpan(b.Start, b.Length);

    public string TextString(in Block b) => new(_buffer, b.Start, b.Length);

    public void Reset()
    {
        _stack.Clear();
        _containers.Clear();
        ElementCount = 0;
        BlockCount = 0;
        Length = 0;
        _blockStart = 0;
        _blockLinkChars = 0;
        _pendingSpace = false;
        _linkDepth = 0;
        Signals.Reset();
        if (_buffer.Length > 1 << 22)
            _buffer = new char[16384];
        if (Elements.Length > 1 << 16)
            Elements = new ElementInfo[1024];
        if (Blocks.Length > 1 << 15)
            Blocks = new Block[512];
    }

    public void Walk(IDocument doc, CancellationToken cancellationToken)
    {
        var root = doc.DocumentElement;
        if (root is null)
            return;
        Signals.HtmlLang = root.GetAttribute("lang");
        AddElement(-1, "html", ElementFlags.None);
        _containers.Add(0);
        Push(root, 0);
        var steps = 0;
        while (_stack.Count > 0)
        {
            if ((++steps & 0xFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var (node, exit) = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            if (exit == 1)
            {
                Flush();
                _containers.RemoveAt(_containers.Count - 1);
                continue;
            }

            if (exit == 2)
            {
                _linkDepth--;
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                AppendText(node.TextContent);
                continue;
            }

            if (node is IElement el)
                Enter(el);
        }

        Flush();
    }

    private void Enter(IElement el)
    {
        var tag = el.LocalName;
        switch (tag)
        {
            case "noscript" when !ReadNoscript:
                return;
            case "script" or "style" or "template" or "svg" or "iframe" or "object" or "embed" or "canvas" or "select"
                or "button" or "input" or "textarea" or "video" or "audio" or "map" or "math" or "picture" or "img" or "source":
                return;
            case "meta":
                Signals.AddMeta(el);
                return;
            case "link":
                if (Signals.Canonical is null && string.Equals(el.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase))
                    Signals.Canonical = el.GetAttribute("href");
                return;
            case "title":
                Signals.TitleTag ??= el.TextContent;
                return;
            case "time":
                Signals.TimeValue ??= el.GetAttribute("datetime");
                break;
            case "br":
                Flush();
                return;
            case "head":
                PushChildren(el);
                return;
        }

        if (IsHidden(el))
            return;

        if (tag == "a")
        {
            _linkDepth++;
            _stack.Add((el, 2));
            if (Signals.AuthorLink is null && string.Equals(el.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
                Signals.AuthorLink = el.TextContent;
            PushChildren(el);
            return;
        }

        if (!IsBlock(tag))
        {
            PushChildren(el);
            return;
        }

        Flush();
        var parent = _containers[^1];
        var flags = ClassHints.Classify(tag, el.GetAttribute("class"), el.Id, el.GetAttribute("role"), el.GetAttribute("itemprop"));
        var index = AddElement(parent, tag, flags);
        _containers.Add(index);
        _stack.Add((el, 1));
        PushChildren(el);
    }

    private void Push(INode node, int exit) => _stack.Add((node, exit));

    private void PushChildren(INode el)
    {
        var children = el.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
            _stack.Add((children[i], 0));
    }

    private int AddElement(int parent, string tag, ElementFlags flags)
    {
        if (ElementCount == Elements.Length)
            Array.Resize(ref Elements, Elements.Length * 2);
        var under = (flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) != 0 || (parent >= 0 && Elements[parent].UnderBoilerplate);
        Elements[ElementCount] = new ElementInfo { Parent = parent, Tag = tag, Flags = flags, UnderBoilerplate = under };
        return ElementCount++;
    }

    private void AppendText(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                _pendingSpace = Length > _blockStart;
                continue;
            }

            if (Length + 2 > _buffer.Length)
                Array.Resize(ref _buffer, _buffer.Length * 2);
            if (_pendingSpace)
            {
                _buffer[Length++] = ' ';
                _pendingSpace = false;
            }

            _buffer[Length++] = c;
            if (_linkDepth > 0)
                _blockLinkChars++;
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (Length == _blockStart)
            return;
        var element = _containers[^1];
        if (BlockCount == Blocks.Length)
            Array.Resize(ref Blocks, Blocks.Length * 2);
        var tag = Elements[element].Tag;
        var (kind, level) = KindOf(tag);
        if (kind == BlockKind.Heading && level <= 2 && Signals.Headings.Count < 10 && Length - _blockStart < 300)
            Signals.Headings.Add(new string(_buffer, _blockStart, Length - _blockStart));
        Blocks[BlockCount++] = new Block
        {
            Start = _blockStart, Length = Length - _blockStart, Element = element, LinkChars = _blockLinkChars, Kind = kind, HeadingLevel = level,
        };
        _blockStart = Length;
        _blockLinkChars = 0;
    }

    private static (BlockKind, byte) KindOf(string tag) => tag switch
    {
        "h1" => (BlockKind.Heading, 1),
        "h2" => (BlockKind.Heading, 2),
        "h3" => (BlockKind.Heading, 3),
        "h4" => (BlockKind.Heading, 4),
        "h5" => (BlockKind.Heading, 5),
        "h6" => (BlockKind.Heading, 6),
        "li" or "dd" or "dt" => (BlockKind.ListItem, 0),
        "blockquote" => (BlockKind.Quote, 0),
        "pre" => (BlockKind.Preformatted, 0),
        "td" or "th" => (BlockKind.Cell, 0),
        "figcaption" => (BlockKind.Caption, 0),
        _ => (BlockKind.Paragraph, 0),
    };

    private static bool IsBlock(string tag) => tag switch
    {
        "p" or "div" or "section" or "article" or "main" or "header" or "footer" or "nav" or "aside" or "ul" or "ol" or "li"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "table" or "tbody" or "thead" or "tfoot"
            or "tr" or "td" or "th" or "figure" or "figcaption" or "dl" or "dt" or "dd" or "form" or "fieldset" or "address"
            or "details" or "summary" or "center" or "hr" or "body" or "menu" or "dialog" or "caption" or "legend" or "hgroup" => true,
        _ => false,
    };

    private static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden"))
            return true;
        if (string.Equals(el.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
            return true;
        var style = el.GetAttribute("style");
        if (style is null || style.Length > 500)
            return false;
        return Compact(style, "display:none") || Compact(style, "visibility:hidden");
    }

    /// <summary>Whether the style contains the declaration, ignoring spaces and case.</summary>
    private static bool Compact(string style, string declaration)
    {
        Span<char> buf = stackalloc char[style.Length];
        var n = 0;
        foreach (var c in style)
        {
            if (c != ' ')
                buf[n++] = char.ToLowerInvariant(c);
        }

        return buf[..n].Contains(declaration, StringComparison.Ordinal);
    }
}
