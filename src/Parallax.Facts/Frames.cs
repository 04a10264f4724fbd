using System.Collections.Frozen;

namespace Parallax.Facts;

/// <summary>
/// Trigger words that name what a count is a count of, so that "30 nations sent delegates" and "the conference's
/// 24 participant nations" share a frame while "the coalition includes 40 nations" does not.
/// </summary>
internal static class Frames
{
    private static readonly FrozenDictionary<string, string> Triggers = Build();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Triggers.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of a claim's sentence is tried, so most are turned away by the filter before hashing.
    private static readonly WordFilter Filter = new(Triggers.Keys, exhaustive: true);

    public static string? Of(ReadOnlySpan<char> word) =>
        word.Length is > 1 and < 20 && Filter.MayBe(word) && Lookup.TryGetValue(word, out var f) ? f : null;

    private static FrozenDictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string frame, string words)
        {
            foreach (var w in words.Split(' '))
                d[w] = frame;
        }

        Add("conference", "conference conferences summit meeting talks delegates delegation delegations participant participants participated participating attended attending attendance gathering represented");
        Add("coalition", "coalition alliance includes included include members member joined join bloc");
        Add("casualties", "killed dead died deaths death wounded injured casualties victims lives toll");
        Add("forces", "fighters troops soldiers militants forces recruits combatants strength");
        Add("money", "revenue revenues income earns earned rakes raised cost costs spent spending budget funding aid deficit fund loan worth profit profits sales lost");
        Add("displaced", "refugees displaced fled evacuated homeless");
        Add("arrests", "arrested detained arrests detentions charged");
        Add("vote", "votes voted vote ballots");
        Add("hostages", "hostages hostage captives kidnapped");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
