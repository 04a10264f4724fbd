namespace Parallax.Knowledge.Text;

/// <summary>
/// The lookup form of names: lower case, accents folded, dots and apostrophes dropped ("U.S." is "us", "Da'esh" is "daesh"),
/// every other punctuation run a single space ("al-Qaeda" is "al qaeda"), and a leading "the " removed.
/// </summary>
public static class NameText
{
    // Latin-1 Supplement and Latin Extended-A, U+00C0 to U+017F, folded to a base letter; a space marks a non-letter.
    private const string FoldTable =
        "aaaaaaaceeeeiiii" + "dnooooo ouuuuyts" + "aaaaaaaceeeeiiii" + "dnooooo ouuuuyty" +
        "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll" +
        "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs";

    public static char Fold(char c)
    {
        if (c < 0x80)
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c is >= '\u00C0' and <= '\u017F')
            return FoldTable[c - 0xC0];
        return char.ToLowerInvariant(c);
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Characters dropped without leaving a gap: dots of abbreviations and apostrophes inside names.</summary>
    public static bool IsSilent(char c) => c is '.' or '\'' or '\u2019' or '\u02BC' or '`' or '\u2018';

    /// <summary>Writes the lookup form of <paramref name="s"/> into <paramref name="dest"/> (at least s.Length long) and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> s, Span<char> dest)
    {
        var n = 0;
        var gap = false;
        foreach (var c in s)
        {
            if (IsWordChar(c))
            {
                var f = Fold(c);
                if (f == ' ')
                {
                    gap = true;
                    continue;
                }

                if (gap && n > 0)
                    dest[n++] = ' ';
                gap = false;
                dest[n++] = f;
            }
            else if (!IsSilent(c))
            {
                gap = true;
            }
        }

        if (n > 4 && dest[..4].SequenceEqual("the "))
        {
            dest[4..n].CopyTo(dest);
            n -= 4;
        }

        return n;
    }

    public static string Normalize(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[256] : new char[s.Length];
        return new string(buffer[..Normalize(s, buffer)]);
    }

    /// <summary>The lookup form as one pooled string, so repeats of a name share it.</summary>
    public static string Normalize(ReadOnlySpan<char> s, StringPool pool)
    {
        if (s.Length > 256)
            return pool.Get(Normalize(s));
        Span<char> buffer = stackalloc char[256];
        return pool.Get(buffer[..Normalize(s, buffer)]);
    }

    /// <summary>True when two names have the same lookup form; compares without allocating.</summary>
    public static bool SameNormalized(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 256 || b.Length > 256)
            return Normalize(a) == Normalize(b);
        Span<char> x = stackalloc char[256];
        Span<char> y = stackalloc char[256];
        return x[..Normalize(a, x)].SequenceEqual(y[..Normalize(b, y)]);
    }

    /// <summary>
    /// Splits a name written with a bracketed second name, "Daesh (Islamic State)" or, as a recognizer may cut it,
    /// "Daesh (Islamic State", into the name before the bracket and the one inside; false unless both have letters.
    /// </summary>
    public static bool SplitBracket(ReadOnlySpan<char> s, out Range outer, out Range inner)
    {
        outer = inner = default;
        var open = s.IndexOf('(');
        if (open < 0)
            return false;
        var close = s[(open + 1)..].IndexOf(')');
        var innerEnd = close < 0 ? s.Length : open + 1 + close;
        outer = Trimmed(s, 0, open);
        inner = Trimmed(s, open + 1, innerEnd);
        return HasLetter(s[outer]) && HasLetter(s[inner]);
    }

    private static Range Trimmed(ReadOnlySpan<char> s, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(s[start]))
            start++;
        while (end > start && char.IsWhiteSpace(s[end - 1]))
            end--;
        return new Range(start, end);
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    /// <summary>Drops a trailing possessive ("Iran's", "Iran’s", "Reuters'").</summary>
    public static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> s)
    {
        if (s.Length > 2 && (s[^1] == 's' || s[^1] == 'S') && IsApostrophe(s[^2]))
            return s[..^2];
        if (s.Length > 2 && IsApostrophe(s[^1]) && s[^2] is 's' or 'S')
            return s[..^1];
        return s;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True when the span has letters and none of them is lower case ("ISIS", "U.S.", "NATO").</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
                continue;
            if (char.IsLower(c))
                return false;
            letters++;
        }

        return letters > 0;
    }

    public static bool StartsUpper(ReadOnlySpan<char> s) => s.Length > 0 && char.IsUpper(s[0]);

    /// <summary>A readable id part: "Sergey Lavrov" becomes "sergey-lavrov".</summary>
    public static string Slug(string name)
    {
        var n = Normalize(name);
        return n.Length == 0 ? "x" : n.Replace(' ', '-');
    }

    /// <summary>An id made of a prefix and the slug of a name ("per:" and "Sergey Lavrov"), as one pooled string.</summary>
    public static string SlugId(string prefix, string name, StringPool pool)
    {
        if (prefix.Length + name.Length > 256)
            return pool.Get(prefix + Slug(name));
        Span<char> buffer = stackalloc char[260];
        prefix.CopyTo(buffer);
        var n = Normalize(name, buffer[prefix.Length..]);
        if (n == 0)
        {
            buffer[prefix.Length] = 'x';
            n = 1;
        }

        var slug = buffer.Slice(prefix.Length, n);
        slug.Replace(' ', '-');
        return pool.Get(buffer[..(prefix.Length + n)]);
    }
}
