using Parallax.Events.Evaluation;
using Xunit.Abstractions;

namespace Parallax.Events.Tests;

/// <summary>The development-set bar: root code + source + target accuracy of at least 0.80.</summary>
public sealed class DevSetTests(ITestOutputHelper output)
{
    public static string DevSetPath => Path.Combine(AppContext.BaseDirectory, "DevSet", "events-dev.tsv");

    [Fact]
    public void Dev_set_accuracy_meets_the_bar()
    {
        var items = DevSet.Load(DevSetPath);
        var score = DevSetScore.Run(EventCoder.Default, items);
        output.WriteLine(score.Report(items.Count));
        foreach (var e in score.Errors)
            output.WriteLine(e);
        Assert.True(items.Count >= 150, $"only {items.Count} items");
        Assert.True(score.Accuracy >= 0.80, score.Report(items.Count));
    }

    [Fact]
    public void Dev_set_covers_every_listed_code_and_the_special_cases()
    {
        string[] listed =
        [
            "010", "012", "013", "014", "016", "018", "020", "030", "031", "036", "040", "042", "043", "045", "046", "050", "051",
            "057", "060", "061", "064", "070", "071", "073", "080", "090", "100", "110", "111", "112", "120", "121", "125", "128",
            "130", "138", "140", "150", "160", "170", "171", "173", "180", "181", "183", "186", "190", "193", "194", "195",
        ];
        var items = DevSet.Load(DevSetPath);
        var codes = items.SelectMany(i => i.Gold).Select(g => g.Code).ToHashSet();
        var missing = string.Join(' ', listed.Where(c => !codes.Contains(c)));
        Assert.True(missing.Length == 0, "not covered: " + missing);
        var roots = codes.Select(c => c[..2]).ToHashSet();
        Assert.Equal(20, roots.Count);
        Assert.True(items.Count(i => i.Gold.Any(g => g.Negated)) >= 8);
        Assert.True(items.Count(i => i.Id.StartsWith("pas", StringComparison.Ordinal)) >= 8);
        Assert.True(items.Count(i => i.Gold.GroupBy(g => g.Code).Any(g => g.Count() >= 2)) >= 8);
    }
}
