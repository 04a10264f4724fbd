namespace Parallax.Extract.Html;

/// <summary>What the selector kept: body paragraphs in reading order, captions, and header pieces it saw.</summary>
internal sealed class Selection
{
    public List<string> Paragraphs { get; } = [];
    public List<BlockKind> Kinds { get; } = [];
    public List<string> Captions { get; } = [];
    public string? Byline { get; set; }
    public string? Dek { get; set; }
    public string? H1 { get; set; }

    /// <summary>A short line before the body that carries a date ("Posted on March 3, 2021 by ...").</summary>
    public string? DateText { get; set; }
}

/// <summary>
/// Picks the main-content container and keeps its blocks. Each text block of prose scores its
/// ancestors with decaying weight (commas and length count, links do not), the best container is
/// weighed by class/id hints and link density, siblings that score close are added, and inside the
/// chosen subtree boilerplate containers, link lists, captions and title/byline/date lines are set aside.
/// </summary>
internal static class ContentSelector
{
    private static readonly float[] LevelWeight = [1f, 0.5f, 1f / 6, 1f / 9, 1f / 12];

    public static Selection Select(PageWalker w, string? title)
    {
        var els = w.Elements.AsSpan(0, w.ElementCount);
        var blocks = w.Blocks.AsSpan(0, w.BlockCount);
        var sel = new Selection();
        if (els.Length == 0)
            return sel;
        Totals(els, blocks);
        if (ReviveWrappers(els))
        {
            foreach (ref var e in els)
                e.Chars = e.LinkChars = e.GoodChars = e.CleanChars = 0;
            Totals(els, blocks);
        }

        Score(w, els, blocks);
        var best = Climb(els, Best(els));
        MarkRoots(els, best);
        Emit(w, els, blocks, title, sel);
        Prune(sel);
        return sel;
    }

    private static void Totals(Span<ElementInfo> els, ReadOnlySpan<Block> blocks)
    {
        foreach (ref readonly var b in blocks)
        {
            els[b.Element].Chars += b.Length;
            els[b.Element].LinkChars += b.LinkChars;
            if (IsProse(b))
            {
                els[b.Element].GoodChars += b.Length;
                if (!els[b.Element].UnderBoilerplate)
                    els[b.Element].CleanChars += b.Length;
            }
        }

        for (var i = els.Length - 1; i > 0; i--)
        {
            var p = els[i].Parent;
            els[p].Chars += els[i].Chars;
            els[p].LinkChars += els[i].LinkChars;
            els[p].GoodChars += els[i].GoodChars;
            els[p].CleanChars += els[i].CleanChars;
        }
    }

    /// <summary>
    /// A class name can mislabel a layout wrapper ("above-footer" around the whole page reads as footer). Its
    /// boilerplate flag is dropped when the wrapper holds nearly all of the page's prose, or when an element inside it
    /// that markup calls content (an articleBody, a post-content) holds most of the page's prose and nearly all of the
    /// wrapper's; the under-boilerplate marks are then worked out again. Flags from markup (nav, aside, footer,
    /// roles) stay.
    /// </summary>
    private static bool ReviveWrappers(Span<ElementInfo> els)
    {
        var total = els[0].GoodChars;
        if (total == 0)
            return false;
        var revived = false;
        for (var i = 0; i < els.Length; i++)
        {
            if (IsNamedBoilerplate(els[i]) && els[i].GoodChars * 10L >= total * 9L)
            {
                els[i].Flags &= ~ElementFlags.Boilerplate;
                revived = true;
            }

            if ((els[i].Flags & ElementFlags.ContentHint) == 0 || IsNamedBoilerplate(els[i]) || els[i].GoodChars * 2L < total)
                continue;
            for (var a = els[i].Parent; a >= 0; a = els[a].Parent)
            {
                if (IsNamedBoilerplate(els[a]) && els[i].GoodChars * 10L >= els[a].GoodChars * 9L)
                {
                    els[a].Flags &= ~ElementFlags.Boilerplate;
                    revived = true;
                }
            }
        }

        if (!revived)
            return false;
        for (var i = 0; i < els.Length; i++)
        {
            ref var e = ref els[i];
            e.UnderBoilerplate = (e.Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) != 0 || (e.Parent >= 0 && els[e.Parent].UnderBoilerplate);
        }

        return true;
    }

    private static bool IsNamedBoilerplate(in ElementInfo e) => (e.Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) == ElementFlags.Boilerplate;

    /// <summary>
    /// Each element's own prose (its blocks, so lines split by &lt;br&gt; count together) scores the element's
    /// container chain with decaying weight: one point, one per comma, one per 100 characters up to three.
    /// </summary>
    private static void Score(PageWalker w, Span<ElementInfo> els, ReadOnlySpan<Block> blocks)
    {
        var own = new int[els.Length];
        var commas = new int[els.Length];
        foreach (ref readonly var b in blocks)
        {
            if (b.Kind is BlockKind.Heading or BlockKind.Caption or BlockKind.Title || b.LinkChars * 2 > b.Length)
                continue;
            own[b.Element] += b.Length;
            foreach (var c in w.Text(b))
            {
                if (c is ',' or '，' or '、' or '،')
                    commas[b.Element]++;
            }
        }

        for (var i = 0; i < els.Length; i++)
        {
            if (own[i] < 25)
                continue;
            float s = 1 + commas[i] + Math.Min(own[i] / 100f, 3f);
            if (els[i].Tag is "li" or "dd" or "dt")
                s *= 0.5f;
            if (els[i].UnderBoilerplate)
                s *= 0.2f;
            var node = IsContainer(els[i].Tag) ? i : els[i].Parent;
            for (var level = 0; level < LevelWeight.Length && node >= 0; level++)
            {
                els[node].Score += s * LevelWeight[level];
                node = els[node].Parent;
            }
        }
    }

    private static bool IsProse(in Block b) =>
        b.Kind is not (BlockKind.Heading or BlockKind.Caption or BlockKind.Title) && b.Length >= 25 && b.LinkChars * 2 <= b.Length;

    private static bool IsContainer(string tag) => tag is "div" or "section" or "article" or "main" or "body" or "td";

    private static float Final(in ElementInfo e)
    {
        if (e.Score <= 0)
            return 0;
        var s = e.Score + TagWeight(e.Tag);
        // Hints scale the evidence rather than add to it, so a hinted element with almost no prose cannot win.
        if ((e.Flags & ElementFlags.ContentHint) != 0)
            s *= 1.5f;
        if ((e.Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) != 0)
            s *= 0.5f;
        var ld = e.Chars == 0 ? 0 : (float)e.LinkChars / e.Chars;
        return s * (1 - ld);
    }

    private static int TagWeight(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "ul" or "ol" or "li" or "form" or "dl" or "dd" or "dt" or "address" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static int Best(ReadOnlySpan<ElementInfo> els)
    {
        var best = -1;
        var bestScore = 0f;
        for (var i = 1; i < els.Length; i++)
        {
            var f = Final(els[i]);
            if (f > bestScore)
            {
                bestScore = f;
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Moves up while an ancestor holds clearly more clean prose than the choice and is not link-heavy:
    /// articles split into several sibling sections are then kept whole. Wrappers that add no prose are passed
    /// through, so sections nested one level deeper each ("column &gt; inner div &gt; p") are still joined.
    /// </summary>
    private static int Climb(ReadOnlySpan<ElementInfo> els, int best)
    {
        var cur = best;
        for (int steps = 0, hops = 0; steps < 3 && hops < 8 && cur > 0; hops++)
        {
            var p = els[cur].Parent;
            if (p <= 0 || els[p].Tag is "body" or "html")
                break;
            var parent = els[p];
            var ld = parent.Chars == 0 ? 1 : (float)parent.LinkChars / parent.Chars;
            if (ld > 0.25f)
                break;
            if (parent.CleanChars >= els[best].CleanChars * 1.25f + 200)
            {
                best = cur = p;
                steps++;
            }
            else if (parent.CleanChars <= els[cur].CleanChars + 100)
            {
                cur = p;
            }
            else
            {
                break;
            }
        }

        return best;
    }

    /// <summary>Marks the chosen container and its close-scoring siblings, then which descendants are dropped as boilerplate.</summary>
    private static void MarkRoots(Span<ElementInfo> els, int best)
    {
        if (best < 0)
        {
            // No prose container: fall back to the whole page, still without chrome.
            els[0].InRoot = true;
            for (var i = 1; i < els.Length; i++)
            {
                els[i].InRoot = true;
                els[i].Dropped = els[els[i].Parent].Dropped || (els[i].Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) != 0;
            }

            return;
        }

        var parent = els[best].Parent;
        var bestScore = Final(els[best]);
        var bestGood = els[best].GoodChars;
        var threshold = Math.Max(10f, bestScore * 0.2f);
        for (var i = 1; i < els.Length; i++)
        {
            ref var e = ref els[i];
            if (i == best)
            {
                e.InRoot = true;
                continue;
            }

            if (e.Parent == parent && parent >= 0 && !els[parent].InRoot)
            {
                var ld = e.Chars == 0 ? 1 : (float)e.LinkChars / e.Chars;
                var keep = (e.Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) == 0
                    && (Final(e) >= threshold || (e.Tag is "p" && e.Chars > 80 && ld < 0.25f));
                if (keep)
                {
                    e.InRoot = true;
                    continue;
                }
            }

            var pe = els[e.Parent];
            if (pe.InRoot)
            {
                e.InRoot = true;

                // A flagged container that holds most of the chosen prose is the article under an unlucky class name.
                e.Dropped = pe.Dropped || ((e.Flags & (ElementFlags.Boilerplate | ElementFlags.Chrome)) != 0 && e.GoodChars * 2 < bestGood);
            }
        }
    }

    private static void Emit(PageWalker w, ReadOnlySpan<ElementInfo> els, ReadOnlySpan<Block> blocks, string? title, Selection sel)
    {
        var seenBody = false;
        foreach (ref readonly var b in blocks)
        {
            var e = els[b.Element];
            if (b.Kind == BlockKind.Heading && b.HeadingLevel == 1 && sel.H1 is null)
                sel.H1 = w.TextString(b);
            var flags = ChainFlags(els, b.Element);
            if (!seenBody && sel.Byline is null && (flags & ElementFlags.Byline) != 0 && b.Length < 150)
                sel.Byline = w.TextString(b);
            if (!seenBody && sel.Dek is null && (flags & ElementFlags.Dek) != 0 && b.Length is >= 20 and < 500 && b.Kind != BlockKind.Heading)
                sel.Dek = w.TextString(b);
            var text = w.Text(b);
            if (!seenBody && sel.DateText is null && b.Length < 120 && DateParser.FromProse(text) is not null)
                sel.DateText = text.ToString();
            if (b.Kind == BlockKind.Caption || (flags & ElementFlags.Caption) != 0)
            {
                // Captions of the article's own figures may sit outside the chosen body container, but not in page chrome.
                if (sel.Captions.Count < 50 && !e.UnderBoilerplate && (e.InRoot || !seenBody))
                    sel.Captions.Add(text.ToString());
                continue;
            }

            if (!e.InRoot || e.Dropped)
                continue;

            if (!HasLetterOrDigit(text))
                continue;
            var linkDensity = (float)b.LinkChars / b.Length;
            if (b.Kind == BlockKind.Heading ? linkDensity > 0.8f : linkDensity > 0.5f && b.Length < 400)
                continue;
            if (b.Kind == BlockKind.Heading && title is not null && !seenBody && Similar(text, title))
                continue;
            if ((flags & ElementFlags.Dek) != 0 && !seenBody && sel.Dek is not null && text.SequenceEqual(sel.Dek))
                continue;
            if (b.Length < 80 && (LineRules.IsBylineLine(text) || LineRules.IsDateLine(text)))
                continue;
            sel.Paragraphs.Add(text.ToString());
            sel.Kinds.Add(b.Kind);
            if (b.Kind != BlockKind.Heading)
                seenBody = true;
        }
    }

    /// <summary>
    /// Drops lone widget labels and lines that open a section which is not the story (the section's links are
    /// already dropped by link density; its heading is not). Only the line goes: inline "Related" boxes sit
    /// mid-article, so cutting everything after one costs the story's last paragraphs.
    /// </summary>
    private static void Prune(Selection sel)
    {
        var paras = sel.Paragraphs;
        var keep = 0;
        var teasers = false;
        for (var i = 0; i < paras.Count; i++)
        {
            var p = paras[i];
            if (p.Length <= 300 && BoilerplateLines.IsBoilerplate(p))
            {
                teasers = BoilerplateLines.IsOpener(p);
                continue;
            }

            // Under an opener, teaser titles and cut-off teasers ("The council said on Monday that ...") belong to other stories.
            if (teasers && p.Length <= 400 && (sel.Kinds[i] == BlockKind.Heading || p.EndsWith("...", StringComparison.Ordinal) || p.EndsWith('…')))
                continue;
            teasers = false;
            paras[keep] = p;
            sel.Kinds[keep] = sel.Kinds[i];
            keep++;
        }

        // A closing heading with nothing after it introduced a section that was not kept (its links, its teasers).
        // A heading that ends in a full stop is prose set in heading markup, and stays.
        while (keep > 1 && paras[keep - 1].Length < 120 && sel.Kinds[keep - 1] == BlockKind.Heading && !paras[keep - 1].AsSpan().TrimEnd().EndsWith('.'))
            keep--;
        paras.RemoveRange(keep, paras.Count - keep);
        sel.Kinds.RemoveRange(keep, sel.Kinds.Count - keep);
    }

    private static ElementFlags ChainFlags(ReadOnlySpan<ElementInfo> els, int element)
    {
        var flags = ElementFlags.None;
        for (var i = 0; i < 4 && element >= 0; i++)
        {
            flags |= els[element].Flags;
            element = els[element].Parent;
        }

        return flags;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                return true;
        }

        return false;
    }

    /// <summary>Same text up to case and punctuation, or one contains the other (titles gain and lose site suffixes).</summary>
    internal static bool Similar(ReadOnlySpan<char> a, string b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
            return true;
        if (a.Length < 10 || b.Length < 10)
            return false;
        return b.AsSpan().Contains(a, StringComparison.OrdinalIgnoreCase) || a.Contains(b, StringComparison.OrdinalIgnoreCase);
    }
}
