namespace Parallax.Stories.Clustering;

/// <summary>
/// Streaming document frequencies in a fixed table indexed by term hash, so memory does not grow with the vocabulary
/// (collisions only blur the rarest terms' weights). A prior of unseen pseudo-documents keeps IDF sane early in a
/// stream, when two articles sharing a word would otherwise make it look common.
/// </summary>
public sealed class TermStats
{
    private const int Bits = 22;
    private const double PriorDocuments = 50;
    private readonly int[] _df = new int[1 << Bits];

    public long Documents { get; private set; }

    public void AddDocument(ulong[] distinctTerms)
    {
        Documents++;
        foreach (var t in distinctTerms)
        {
            ref var c = ref _df[Slot(t)];
            if (c < int.MaxValue)
                c++;
        }
    }

    public double Idf(ulong term) => Math.Log((Documents + PriorDocuments) / (_df[Slot(term)] + 1.0));

    private static int Slot(ulong term) => (int)(term >> (64 - Bits));
}
