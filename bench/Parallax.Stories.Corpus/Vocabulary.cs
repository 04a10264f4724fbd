using System.Text;

namespace Parallax.Synthetic;

/// <summary>
/// Pseudo-words built from syllables, one per index, so a vocabulary of any size is deterministic and free of real text.
/// The most frequent ranks are real English function words, so texts read like prose to a tokenizer and stop-word lists.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly string[] Function =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "it", "by", "at", "from",
        "he", "she", "they", "said", "an", "be", "has", "have", "had", "were", "are", "his", "her", "their", "not", "but",
        "which", "this", "after", "over", "about", "into", "who", "will", "would", "also", "more", "than", "been", "its",
        "when", "there", "new", "some", "other", "one", "two", "last", "year", "while", "we", "our",
    ];

    private static readonly string[] Onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh", "ch", "gl", "pl"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "th", "m"];

    private readonly string[] _words;
    private readonly double[] _cumulative;

    public Vocabulary(int size, double zipf)
    {
        _words = new string[size];
        _cumulative = new double[size];
        var total = 0.0;
        for (var i = 0; i < size; i++)
        {
            _words[i] = i < Function.Length ? Function[i] : Word(i, 2 + (i % 3 == 0 ? 1 : 0));
            total += 1.0 / Math.Pow(i + 1, zipf);
            _cumulative[i] = total;
        }
    }

    public int Count => _words.Length;

    public string this[int rank] => _words[rank];

    /// <summary>A word drawn by its Zipf frequency.</summary>
    public string Sample(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _words[i < 0 ? ~i : i];
    }

    /// <summary>A capitalized name, distinct for each index and from every common word.</summary>
    public static string Name(int index) => Capitalize(Word(index, 4));

    public static string Capitalize(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private static string Word(int index, int syllables)
    {
        var sb = new StringBuilder();
        var x = index;
        for (var s = 0; s < syllables || x > 0; s++)
        {
            sb.Append(Onsets[x % Onsets.Length]);
            x /= Onsets.Length;
            sb.Append(Vowels[x % Vowels.Length]);
            x /= Vowels.Length;
            if (s == syllables - 1 || x == 0)
            {
                sb.Append(Codas[x % Codas.Length]);
                x /= Codas.Length;
            }
        }

        return sb.ToString();
    }
}
