using System.Runtime.CompilerServices;

namespace Parallax.Nlp.Model;

public sealed partial class WordBlocks
{
    /// <summary>Blocks of recently seen unknown words, one cache per thread, emptied when full.</summary>
    private sealed class UnknownCache(int width)
    {
        private const int Capacity = 4096;

        // Features of started blocks not yet added: one word's worth of room past the flush threshold.
        private const int FlushAt = 128;
        private readonly WordTable _index = new(Capacity);
        private readonly uint[] _features = new uint[FlushAt + (Offsets * MaxFeaturesPerOffset)];
        private readonly int[] _at = new int[FlushAt + (Offsets * MaxFeaturesPerOffset)];
        private int[] _waiting = new int[256];
        private int _used;
        private int _pending;

        public float[] Arena { get; private set; } = new float[256 * width];

        /// <summary>Where a training word's block is summed before it is copied into its shared slot.</summary>
        public float[] Scratch { get; } = new float[width];

        /// <summary>Sums of the split featurizer's shared features.</summary>
        public PartSums Shared { get; } = new(width);

        /// <summary>Room for the positions of a sentence's words that wait for this cache.</summary>
        public Span<int> Waiting(int words)
        {
            if (_waiting.Length < words)
                _waiting = new int[Math.Max(words, _waiting.Length * 2)];
            return _waiting;
        }

        /// <summary>Asks for the slot <see cref="Get"/> will read first for this hash.</summary>
        public void Prefetch(uint hash) => _index.Prefetch(hash);

        /// <summary>Makes room for a whole sentence of new words, so offsets stay valid while it is scored.</summary>
        public void Reserve(int words)
        {
            if (_index.Count + words > Capacity)
                Clear();
        }

        public void Clear()
        {
            _index.Clear();
            _used = 0;
            _pending = 0;
            Shared.Clear();
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Get(ReadOnlySpan<char> word, uint hash, WordBlocks owner)
        {
            if (_index.TryGet(word, hash, out var offset))
                return offset;
            if (_used + width > Arena.Length)
            {
                var bigger = new float[Math.Max(Arena.Length * 2, _used + width)];
                Arena.AsSpan(0, _used).CopyTo(bigger);
                Arena = bigger;
            }

            offset = _used;
            _used += width;
            _index.Add(word, hash, offset);
            owner.Begin(word, offset, this);
            return offset;
        }

        /// <summary>Where the next word's features go.</summary>
        public Span<uint> PendingFeatures => _features.AsSpan(_pending);

        /// <summary>The targets of the next word's features [from, to).</summary>
        public Span<int> PendingAt(int from, int to) => _at.AsSpan(_pending + from, to - from);

        /// <summary>Takes the next word's count features, adding all pending ones once enough wait.</summary>
        public void Pend(int count, WeightTable table)
        {
            _pending += count;
            if (_pending >= FlushAt)
                Flush(table);
        }

        /// <summary>Adds every pending feature into its block; blocks are complete after this.</summary>
        public void Flush(WeightTable table)
        {
            table.AddAll(_features.AsSpan(0, _pending), _at.AsSpan(0, _pending), Arena);
            _pending = 0;
        }
    }
}
