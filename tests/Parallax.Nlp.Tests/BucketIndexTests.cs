using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

/// <summary>The compact bucket index must read back every bucket's code, -1 for the empty ones, at any fill.</summary>
public sealed class BucketIndexTests
{
    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(64, 1.0)]
    [InlineData(100, 0.5)]
    [InlineData(1 << 12, 0.05)]
    [InlineData(1 << 12, 0.16)]
    [InlineData(1 << 12, 0.97)]
    public void Reads_back_every_bucket(int buckets, double fill)
    {
        var random = new Random(buckets);
        // Sparse rows start at 0 or more, dense rows are -2 and below, and -1 is an empty bucket.
        var rowOf = Enumerable.Range(0, buckets)
            .Select(_ => random.NextDouble() >= fill ? -1 : random.Next(2) == 0 ? random.Next(0, 1 << 20) : -2 - random.Next(0, 5000))
            .ToArray();
        var index = new BucketIndex(rowOf);
        Assert.Equal(rowOf.Count(c => c != -1), index.Filled);
        for (var b = 0; b < buckets; b++)
        {
            Assert.Equal(rowOf[b], index.Code((uint)b));
            Assert.Equal(rowOf[b], index.CodeAt(index.Slot((uint)b)));
        }
    }

    [Fact]
    public void First_and_last_bucket_of_a_group()
    {
        var rowOf = Enumerable.Repeat(-1, 192).ToArray();
        (rowOf[0], rowOf[63], rowOf[64], rowOf[191]) = (7, -2, 0, 123456);
        var index = new BucketIndex(rowOf);
        Assert.Equal([7, -2, 0, -1, 123456], new uint[] { 0, 63, 64, 65, 191 }.Select(index.Code));
        Assert.Equal(0, index.Slot(1));
    }
}
