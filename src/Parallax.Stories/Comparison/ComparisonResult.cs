using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>What the comparers find for one story, before it is written onto the story; unique items are ranked.</summary>
internal sealed class ComparisonResult
{
    private readonly List<(Finding Finding, double Importance)> _unique = [];

    public List<Conflict> Conflicts { get; } = [];

    public List<Finding> Agreements { get; } = [];

    public void AddUnique(Finding finding, double importance) => _unique.Add((finding, importance));

    /// <summary>Unique items, weightiest first; ties keep the order they were found in.</summary>
    public IEnumerable<Finding> RankedUnique(int max) =>
        _unique.Select((u, i) => (u, i)).OrderByDescending(x => x.u.Importance).ThenBy(x => x.i).Take(max).Select(x => x.u.Finding);
}
