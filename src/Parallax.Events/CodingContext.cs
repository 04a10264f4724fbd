using System.Buffers;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Events;

/// <summary>Per-document working state of the coder: token lookups, the actors of the current sentence, the history.</summary>
internal sealed class CodingContext : IDisposable
{
    private readonly int[] _quotes;

    public CodingContext(Document document, Lexicon lexicon)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Lexicon = lexicon;
        Upos = document.Upos.Length == Tokens.Length ? document.Upos : null;
        Xpos = document.Xpos.Length == Tokens.Length ? document.Xpos : null;
        Entries = ArrayPool<Lexicon.Entry?>.Shared.Rent(Tokens.Length);
        ActorAt = ArrayPool<int>.Shared.Rent(Tokens.Length);
        Consumed = ArrayPool<bool>.Shared.Rent(Tokens.Length);
        Classes = ArrayPool<W>.Shared.Rent(Tokens.Length);
        _quotes = QuoteRegions(Text);
        MentionOrder = SortedMentions(document);
    }

    public Document Document { get; }
    public string Text { get; }
    public Token[] Tokens { get; }
    public Lexicon Lexicon { get; }
    public string[]? Upos { get; }
    public string[]? Xpos { get; }
    public Lexicon.Entry?[] Entries { get; }

    /// <summary>Index into Actors of the actor covering each token of the current sentence, or -1.</summary>
    public int[] ActorAt { get; }
    public bool[] Consumed { get; }

    /// <summary>The closed classes of each token of the current sentence, looked up once.</summary>
    public W[] Classes { get; }
    public List<Actor> Actors { get; } = [];
    public List<PastActor> History { get; } = [];
    public int[] MentionOrder { get; }
    public int NextMention { get; set; }

    /// <summary>The last speaker named in the current paragraph, for quotes that run on without attribution.</summary>
    public PastActor? ParagraphSpeaker { get; set; }
    public int ParagraphStart { get; set; } = -1;

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].Length);

    public bool Is(int token, string word) => Inflections.Same(Word(token), word);

    public bool Has(int token, W flags) => (Classes[token] & flags) != 0;

    public string? Tag(int token) => Upos?[token];

    public TextRange RangeOf(int first, int end) =>
        new(Tokens[first].Start, Tokens[end - 1].End - Tokens[first].Start);

    /// <summary>The quotation a character offset lies in, as the offset where it opens, or -1.</summary>
    public int QuoteAt(int offset)
    {
        for (var i = 0; i + 1 < _quotes.Length; i += 2)
        {
            if (offset < _quotes[i])
                return -1;
            if (offset < _quotes[i + 1])
                return _quotes[i];
        }

        return -1;
    }

    public void Dispose()
    {
        ArrayPool<Lexicon.Entry?>.Shared.Return(Entries, clearArray: true);
        ArrayPool<int>.Shared.Return(ActorAt);
        ArrayPool<bool>.Shared.Return(Consumed);
        ArrayPool<W>.Shared.Return(Classes);
    }

    /// <summary>Quoted stretches as [open, close) pairs; curly quotes open and close, straight ones toggle, a line break ends any.</summary>
    private static int[] QuoteRegions(string text)
    {
        if (text.AsSpan().IndexOfAny('"', '\u201C', '\u00AB') < 0)
            return [];
        var list = new List<int>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                    list.AddRange([open, i]);
                open = -1;
            }
            else if (c is '\u201C' or '\u00AB' || (c == '"' && open < 0))
            {
                if (open >= 0)
                    list.AddRange([open, i]);
                open = i;
            }
            else if (c is '\u201D' or '\u00BB' || c == '"')
            {
                if (open >= 0)
                    list.AddRange([open, i + 1]);
                open = -1;
            }
        }

        if (open >= 0)
            list.AddRange([open, text.Length]);
        return [.. list];
    }

    private static int[] SortedMentions(Document d)
    {
        var order = new int[d.Mentions.Length];
        var sorted = true;
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            if (i > 0 && d.Mentions[i].FirstToken < d.Mentions[i - 1].FirstToken)
                sorted = false;
        }

        if (!sorted)
            Array.Sort(order, (a, b) => d.Mentions[a].FirstToken.CompareTo(d.Mentions[b].FirstToken));
        return order;
    }
}
