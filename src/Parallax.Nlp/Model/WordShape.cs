using System.Runtime.CompilerServices;
using Parallax.Nlp.Text;

namespace Parallax.Nlp.Model;

/// <summary>Word shape ("Xx", "X.X.", "d-d"): character classes with repeats collapsed, written into a caller's buffer.</summary>
public static class WordShape
{
    public const int MaxLength = 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Write(ReadOnlySpan<char> word, Span<char> shape)
    {
        var n = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var s = CharClass.IsUpper(c) ? 'X' : CharClass.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : CharClass.IsLetter(c) ? 'x' : c;
            if (s == last)
                continue;
            last = s;
            if (n == shape.Length)
                break;
            shape[n++] = s;
        }

        return n;
    }

    /// <summary>
    /// Bit k set for flag k: 1 a digit, 2 a hyphen, 3 capitalized, 4 all capitals, 5 a period; flags 2, 4 and 5 only in
    /// words longer than one character.
    /// </summary>
    public static int FlagBits(ReadOnlySpan<char> word)
    {
        var bits = 0;
        if (word.IndexOfAnyInRange('0', '9') >= 0)
            bits |= 1 << 1;
        if (word.Length > 1 && word.Contains('-'))
            bits |= 1 << 2;
        if (IsCapitalized(word))
            bits |= 1 << 3;
        if (word.Length > 1 && IsAllCaps(word))
            bits |= 1 << 4;
        if (word.Length > 1 && word.Contains('.'))
            bits |= 1 << 5;
        return bits;
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && CharClass.IsUpper(word[0]);

    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (CharClass.IsLower(c))
                return false;
            if (CharClass.IsUpper(c))
                letters++;
        }

        return letters > 0;
    }
}
