namespace Parallax.Model;

/// <summary>The documents of one run and what was learned across them.</summary>
public sealed class Corpus
{
    public Corpus(IReadOnlyList<Document> documents) => Documents = documents;

    public IReadOnlyList<Document> Documents { get; }
    public List<Entity> Entities { get; } = [];
    public List<Story> Stories { get; } = [];
}
