using Parallax.Annotations;

namespace Parallax.Model;

/// <summary>
/// An article and its annotation layers. Each layer is written once by the stage that owns it;
/// the text never changes, so layers from different stages always agree on offsets.
/// </summary>
public sealed class Document
{
    public Document(Article article) => Article = article;

    public Article Article { get; }
    public string Text => Article.Text;

    public Token[] Tokens { get; set; } = [];
    public Sentence[] Sentences { get; set; } = [];

    /// <summary>Universal POS tag per token (parallel to Tokens), empty when no tagger ran.</summary>
    public string[] Upos { get; set; } = [];
    public string[] Xpos { get; set; } = [];

    public EntityMention[] Mentions { get; set; } = [];

    /// <summary>Canonical entity id per mention (parallel to Mentions), null when unresolved.</summary>
    public string?[] MentionEntities { get; set; } = [];

    /// <summary>CAMEO-style actor code per mention (parallel to Mentions), e.g. USAGOV or IRN; null when not an actor.</summary>
    public string?[] MentionCodes { get; set; } = [];

    public Quote[] Quotes { get; set; } = [];
    public Claim[] Claims { get; set; } = [];
    public TimeExpression[] Times { get; set; } = [];
    public CodedEvent[] Events { get; set; } = [];
}
