using System.Collections.Frozen;

namespace Parallax.Facts;

/// <summary>Capitalized words that start sentences but never belong to a name ("But", "After", "Asked").</summary>
internal static class Function
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "but", "and", "or", "so", "yet", "in", "on", "at", "after", "before", "when", "while", "as", "since", "because",
        "although", "though", "however", "meanwhile", "still", "then", "if", "for", "with", "without", "from", "to", "by",
        "during", "over", "under", "about", "into", "asked", "speaking", "there", "this", "that", "these", "those", "it",
        "its", "their", "his", "her", "our", "we", "they", "what", "where", "who", "why", "how", "not", "no", "yes",
        "instead", "now", "today", "earlier", "later", "also", "even", "only", "just", "both", "all", "some", "many", "most",
        "several", "according", "despite", "unless", "until", "once", "whether", "among", "against", "than", "that's");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
