namespace Parallax.Extract.Html;

/// <summary>What kind of block a run of text came from; decides how it is scored and kept.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Caption,
    Title,
}

[Flags]
internal enum ElementFlags : byte
{
    None = 0,
    Boilerplate = 1,
    ContentHint = 2,
    Caption = 4,
    Byline = 8,
    Dek = 16,
    Chrome = 32,
}

/// <summary>A block-level element seen in the walk, in document (pre-)order, so parents always precede children.</summary>
internal struct ElementInfo
{
    public int Parent;
    public string Tag;
    public ElementFlags Flags;

    /// <summary>Boilerplate or chrome on this element or any ancestor.</summary>
    public bool UnderBoilerplate;
    public int Chars;
    public int LinkChars;

    /// <summary>Characters of scored prose (long enough, not link-dense) inside this element.</summary>
    public int GoodChars;

    /// <summary>Prose characters outside any boilerplate-flagged container.</summary>
    public int CleanChars;
    public float Score;
    public bool InRoot;
    public bool Dropped;
}

/// <summary>A run of text between block boundaries; Start/Length index the walker's shared text buffer.</summary>
internal struct Block
{
    public int Start;
    public int Length;
    public int Element;
    public int LinkChars;
    public BlockKind Kind;
    public byte HeadingLevel;
}
