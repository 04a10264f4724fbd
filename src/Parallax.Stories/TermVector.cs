namespace Parallax.Stories;

/// <summary>Content-word counts of a text: lower-cased words of three or more letters, stop words dropped.</summary>
public static class TermVector
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "with", "was", "were", "are", "but", "not", "his", "her", "its", "their",
        "they", "them", "this", "these", "those", "from", "has", "have", "had", "been", "will", "would", "could",
        "should", "said", "says", "say", "who", "whom", "which", "what", "when", "where", "there", "than", "then",
        "also", "into", "over", "after", "before", "about", "such", "some", "any", "all", "one", "two", "more",
        "most", "other", "our", "out", "can", "may", "did", "does", "its", "him", "she", "you", "your", "being",
        "while", "during", "since", "just", "only", "very", "each", "both", "because", "under", "between",
        "against", "through", "again", "new", "now", "how", "why", "told", "according", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "week", "year", "years", "yesterday", "today",
    };

    public static Dictionary<string, int> Count(string text, int weight, Dictionary<string, int>? into = null, int maxWords = int.MaxValue)
    {
        into ??= new Dictionary<string, int>(StringComparer.Ordinal);
        var span = text.AsSpan();
        var words = 0;
        var i = 0;
        while (i < span.Length && words < maxWords)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || span[i] == '-'))
                i++;
            words++;
            if (i - start < 3)
                continue;
            var word = span[start..i].ToString().ToLowerInvariant();
            if (Stop.Contains(word))
                continue;
            into[word] = into.GetValueOrDefault(word) + weight;
        }

        return into;
    }
}
