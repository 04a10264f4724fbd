using Parallax.Stories.Evaluation;

namespace Parallax.Stories.Tests;

public sealed class ClusterScoresTests
{
    private static Dictionary<string, string> Labels(string labels) =>
        labels.Select((c, i) => (c, i)).ToDictionary(x => "a" + x.i, x => x.c.ToString());

    [Theory]
    [InlineData("aabb", "xxyy", 1.0, 1.0, 1.0, 1.0)]
    [InlineData("aaaa", "xxyy", 0.5, 1.0, 1.0 / 3, 1.0)]
    [InlineData("abcd", "xxyy", 1.0, 0.5, 1.0, 0.0)]
    [InlineData("aab", "xxx", 1.0, 5.0 / 9, 1.0, 1.0 / 3)]
    public void Bcubed_and_pairwise_match_hand_computed_values(string predicted, string gold, double bp, double br, double pp, double pr)
    {
        var s = ClusterScores.Compute(Labels(predicted), Labels(gold));
        Assert.Equal(bp, s.BCubed.Precision, 6);
        Assert.Equal(br, s.BCubed.Recall, 6);
        Assert.Equal(pp, s.Pairwise.Precision, 6);
        Assert.Equal(pr, s.Pairwise.Recall, 6);
    }

    [Fact]
    public void Items_without_a_gold_label_are_not_scored()
    {
        var predicted = new Dictionary<string, string> { ["a"] = "1", ["b"] = "1", ["c"] = "2" };
        var gold = new Dictionary<string, string> { ["a"] = "x", ["b"] = "x" };
        var s = ClusterScores.Compute(predicted, gold);
        Assert.Equal(2, s.Items);
        Assert.Equal(1.0, s.BCubed.F1, 6);
    }
}
