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
