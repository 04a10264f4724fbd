namespace Parallax.Annotations;

// Every annotation is stand-off: Start and Length are UTF-16 offsets into Article.Text.

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
    Other,
}

public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

public readonly record struct Sentence(int Start, int Length, int FirstToken, int TokenCount)
{
    public int End => Start + Length;
}

public enum EntityType : byte
{
    PER,
    ORG,
    LOC,
    GPE,
    MISC,
}

public readonly record struct EntityMention(int Start, int Length, EntityType Type, int FirstToken, int TokenCount)
{
    public int End => Start + Length;
}

/// <summary>What cleaning dropped; offsets are into the raw decoded input, not into Text.</summary>
public readonly record struct RemovedSpan(int Start, int Length, string Reason);

public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
    public static readonly TextRange None = new(-1, 0);
    public bool IsNone => Start < 0;
}
