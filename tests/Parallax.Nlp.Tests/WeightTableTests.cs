using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

/// <summary>
/// Sparse and dense rows, vector tails and batched adds must give exactly the sums of adding each quantized weight in
/// feature order, which is what training-time decoding computed.
/// </summary>
public sealed class WeightTableTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(23)]
    [InlineData(74)]
    public void Sums_equal_feature_order_reference_bit_for_bit(int classes)
    {
        var random = new Random(classes);
        const int bits = 8;
        var buckets = Enumerable.Range(0, 1 << bits).Where(_ => random.NextDouble() < 0.7).ToArray();
        var values = new short[buckets.Length * classes];
        for (var r = 0; r < buckets.Length; r++)
        {
            // Rows from nearly empty to full, on both sides of the dense threshold.
            var fill = random.NextDouble();
            for (var k = 0; k < classes; k++)
                values[(r * classes) + k] = random.NextDouble() < fill ? (short)random.Next(-32767, 32768) : (short)0;
        }

        var quantized = new QuantizedTable(bits, classes, 0.000123f, buckets, values);
        var table = quantized.ToWeightTable();
        var rowOf = new Dictionary<int, int>();
        for (var r = 0; r < buckets.Length; r++)
            rowOf[buckets[r]] = r;

        for (var round = 0; round < 50; round++)
        {
            var n = random.Next(1, 300);
            var features = new uint[n];
            var at = new int[n];
            for (var i = 0; i < n; i++)
            {
                features[i] = (uint)random.Next();
                at[i] = random.Next(0, 4) * classes;
            }

            var expected = new float[4 * classes];
            for (var i = 0; i < n; i++)
            {
                if (!rowOf.TryGetValue((int)(features[i] & table.Mask), out var r))
                    continue;
                for (var k = 0; k < classes; k++)
                {
                    if (values[(r * classes) + k] != 0)
                        expected[at[i] + k] += values[(r * classes) + k] * quantized.Scale;
                }
            }

            var batched = new float[4 * classes];
            table.AddAll(features, at, batched);
            var single = new float[4 * classes];
            for (var i = 0; i < n; i++)
                table.Add(features[i], single.AsSpan(at[i], classes));
            Assert.Equal(expected, batched);
            Assert.Equal(expected, single);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(74)]
    public void AddInto_adds_every_element_once(int length)
    {
        var random = new Random(length);
        var target = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble()).ToArray();
        var source = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble()).ToArray();
        var expected = target.Zip(source, (a, b) => a + b).ToArray();
        WeightTable.AddInto(target, source);
        Assert.Equal(expected, target);
    }
}
