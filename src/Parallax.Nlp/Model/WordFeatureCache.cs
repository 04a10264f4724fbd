namespace Parallax.Nlp.Model;

/// <summary>Training-time memo of each word type's features at every window offset, computed once per type.</summary>
public sealed class WordFeatureCache(WindowFeaturizer featurizer)
{
    private readonly Dictionary<string, uint[][]> _cache = new(StringComparer.Ordinal);

    public uint[] Get(string word, int offset)
    {
        if (!_cache.TryGetValue(word, out var perOffset))
        {
            perOffset = new uint[WordBlocks.Offsets][];
            Span<uint> buffer = stackalloc uint[WordBlocks.Offsets * WordBlocks.MaxFeaturesPerOffset];
            Span<int> ends = stackalloc int[WordBlocks.Offsets];
            featurizer(word, buffer, ends);
            for (var o = 0; o < WordBlocks.Offsets; o++)
                perOffset[o] = buffer[(o == 0 ? 0 : ends[o - 1])..ends[o]].ToArray();
            _cache[word] = perOffset;
        }

        return perOffset[offset + WordBlocks.Window];
    }

    /// <summary>Appends the window features of token t: each neighbour's features at its offset, pads outside the sentence.</summary>
    public void Window(IReadOnlyList<string> words, int t, List<uint> into)
    {
        for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
        {
            var p = t + o;
            var word = p < 0 ? WordBlocks.LeftPad : p >= words.Count ? WordBlocks.RightPad : words[p];
            into.AddRange(Get(word, o));
        }
    }
}
