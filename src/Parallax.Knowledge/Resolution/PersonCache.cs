using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>
/// Parsed person names by the text as written, shared by the documents of a run: the same people recur across
/// articles, a parse is immutable, and one shared instance also lets the corpus stage compare names by reference.
/// Thread-safe; past a cap it parses without keeping.
/// </summary>
internal sealed class PersonCache
{
    private const int MaxEntries = 1 << 16;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PersonName?> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonName?>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PersonCache() => _lookup = _parsed.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Clear()
    {
        lock (_gate)
            _parsed.Clear();
    }

    public PersonName? Parse(ReadOnlySpan<char> written, KnowledgeBase kb)
    {
        lock (_gate)
        {
            if (_lookup.TryGetValue(written, out var known))
                return known;
        }

        var parsed = PersonName.Parse(written, kb);
        lock (_gate)
        {
            // Another thread may have parsed the same name meanwhile; keep one instance.
            if (_lookup.TryGetValue(written, out var known))
                return known;
            if (_parsed.Count < MaxEntries)
                _parsed.Add(written.ToString(), parsed);
        }

        return parsed;
    }
}
