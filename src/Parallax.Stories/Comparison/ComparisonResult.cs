using Parallax.Model;

namespace Parallax.Stories.Comparison;

/// <summary>What the comparers find for one story, before it is written onto the story; unique items are ranked.</summary>
internal sealed class ComparisonResult
{
    private readonly List<(Finding Finding, double Importance)> _unique = [];

    public List<Conflict> Conflicts { get; } = [];

    public List<Finding> Agreements { get; } = [];

    public void AddUnique(Finding finding, double importance) => _unique.Add((finding, importance));

    /// <summary>
    /// Unique items, weightiest first within each kind (claims, quotes, events), the kinds taken in turn so that many
    /// events do not crowd out the one number or quote only one outlet gives; ties keep the order they were found in.
    /// </summary>
    public IEnumerable<Finding> RankedUnique(int max)
    {
        var queues = _unique.Select((u, i) => (u.Finding, u.Importance, Order: i))
            .GroupBy(x => x.Finding.Kind, StringComparer.Ordinal)
            .Select(g => new Queue<Finding>(g.OrderByDescending(x => x.Importance).ThenBy(x => x.Order).Select(x => x.Finding)))
            .ToList();
        var taken = 0;
        while (taken < max && queues.Exists(q => q.Count > 0))
        {
            foreach (var q in queues)
            {
                if (q.Count > 0 && taken < max)
                {
                    yield return q.Dequeue();
                    taken++;
                }
            }
        }
    }
}
