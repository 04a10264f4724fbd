using System.Buffers;
using System.Runtime.CompilerServices;

namespace Parallax.Knowledge.Text;

/// <summary>
/// One string per distinct text for a run. Surfaces, ids and evidence repeat across articles ("Iraq", "role 'foreign
/// minister' (GOV) from ...") and the entities keep them to the end of the run, so one shared copy saves both the
/// allocation and the garbage collector's copying of survivors. Thread-safe; past a cap it only allocates, so a long
/// run cannot grow it without bound.
/// </summary>
public sealed class StringPool
{
    private const int MaxEntries = 1 << 18;

    // A plain table under a lock: ConcurrentDictionary's striped locks and node allocations cost more here than
    // the rare contention between the two or so documents resolved at once.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        lock (_gate)
        {
            if (_lookup.TryGetValue(text, out var known))
                return known;
            var s = text.ToString();
            if (_strings.Count < MaxEntries)
                _strings.Add(s, s);
            return s;
        }
    }

    /// <summary>Empties the table; strings already handed out stay valid.</summary>
    public void Clear()
    {
        lock (_gate)
            _strings.Clear();
    }

    /// <summary>The pooled string of an interpolation, written into a rented buffer first so a repeat allocates nothing.</summary>
    public string Format([InterpolatedStringHandlerArgument("")] ref Handler handler)
    {
        try
        {
            return Get(handler.Text);
        }
        finally
        {
            handler.Release();
        }
    }

    /// <summary>Collects the parts of an interpolated string (text only) into a rented buffer.</summary>
    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private char[] _buffer;
        private int _length;

        public Handler(int literalLength, int formattedCount, StringPool pool)
        {
            _ = pool;
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(256, literalLength + formattedCount * 24));
            _length = 0;
        }

        internal readonly ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

        public void AppendLiteral(string value) => Append(value);

        public void AppendFormatted(string? value) => Append(value);

        public void AppendFormatted(ReadOnlySpan<char> value) => Append(value);

        private void Append(ReadOnlySpan<char> value)
        {
            if (_length + value.Length > _buffer.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + value.Length));
                _buffer.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            value.CopyTo(_buffer.AsSpan(_length));
            _length += value.Length;
        }

        internal void Release()
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
        }
    }
}
