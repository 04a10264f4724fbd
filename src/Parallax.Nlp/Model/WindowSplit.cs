namespace Parallax.Nlp.Model;

/// <summary>Writes the key of a word's shared features into key and returns its length (at most <see cref="WindowSplit.MaxKey"/>).</summary>
public delegate int SharedKey(ReadOnlySpan<char> word, Span<char> key);

/// <summary>
/// A word model's window features (<see cref="WindowFeaturizer"/>) in two parts. The shared part (bias, flags, shape,
/// ambiguity class) is a function of a short key that a few dozen kinds of word cover, so its weights are summed once
/// per key and copied; the rest (the word itself and its affixes) is summed per word. Per offset the two parts are the
/// same features as the whole window; only the order in which they are added differs.
/// </summary>
/// <param name="Key">The key of a word's shared features.</param>
/// <param name="Shared">The shared features of any word with this key: the key, not a word, is the input.</param>
/// <param name="Rest">The word's other features.</param>
/// <remarks>
/// Suffixes and prefixes were tried as further shared parts and dropped: a text's unknown words have about half as
/// many distinct last four letters as words, and a part summed for one word costs more than its features do.
/// </remarks>
public sealed record WindowSplit(SharedKey Key, WindowFeaturizer Shared, WindowFeaturizer Rest)
{
    public const int MaxKey = WordShape.MaxLength + 4;
}
