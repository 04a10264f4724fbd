using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

public enum GivenMatch : byte
{
    Exact,
    Variant,
    Initial,
    Nickname,

    /// <summary>One side drops a given name the other has ("Javad Zarif", "Mohammad Javad Zarif").</summary>
    Partial,
    Missing,
    Conflict,
}

/// <summary>Compares given names and builds acronyms; the building blocks of the variant matcher.</summary>
public static class NameMatcher
{
    private static readonly Dictionary<string, string> Nicknames = Pairs(
        "bill:william", "will:william", "billy:william", "bob:robert", "rob:robert", "bobby:robert", "mike:michael", "mick:michael",
        "jim:james", "jimmy:james", "tony:anthoni", "joe:joseph", "tom:tomas", "dick:richard", "rick:richard", "ted:edvard",
        "ed:edvard", "dave:david", "dan:daniel", "chris:kristofer", "nick:nikolas", "alex:aleksander", "sasha:aleksander",
        "kate:katerine", "liz:elizabet", "beth:elizabet", "bernie:bernard", "newt:nevton", "hillary:hilari", "vlad:vladimir",
        "volodimir:vladimir", "misha:mikail", "dmitri:dmitri", "sam:samuel", "ben:benjamin", "bibi:benjamin", "andi:andreu");

    /// <summary>Given names agree when the first ones match (exactly, as a spelling variant, initial or nickname) and
    /// the middle names, when both sides have them, match one for one. A middle name on one side only is no conflict.</summary>
    public static GivenMatch CompareGiven(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
            return GivenMatch.Missing;
        var result = CompareWord(a[0], b[0]);
        if (result == GivenMatch.Conflict)
            return a.Length != b.Length && IsSubsequence(a.Length < b.Length ? a : b, a.Length < b.Length ? b : a) ? GivenMatch.Partial : result;
        if (a.Length > 1 && b.Length > 1)
        {
            if (a.Length != b.Length)
                return GivenMatch.Conflict;
            for (var i = 1; i < a.Length; i++)
            {
                var m = CompareWord(a[i], b[i]);
                if (m == GivenMatch.Conflict)
                    return m;
                if (m > result)
                    result = m;
            }
        }

        return result;
    }

    public static GivenMatch CompareWord(string x, string y)
    {
        if (x == y)
            return GivenMatch.Exact;
        if (x.Length == 1 || y.Length == 1)
            return x[0] == y[0] ? GivenMatch.Initial : GivenMatch.Conflict;
        if (IsVariant(x, y))
            return GivenMatch.Variant;
        if (Nicknames.TryGetValue(x, out var nx) ? nx == y || (Nicknames.TryGetValue(y, out var ny0) && ny0 == nx) : Nicknames.TryGetValue(y, out var ny) && ny == x)
            return GivenMatch.Nickname;
        return GivenMatch.Conflict;
    }

    private static bool IsSubsequence(string[] shorter, string[] longer)
    {
        var j = 0;
        foreach (var w in longer)
        {
            if (j < shorter.Length && CompareWord(shorter[j], w) is GivenMatch.Exact or GivenMatch.Variant)
                j++;
        }

        return j == shorter.Length;
    }

    /// <summary>Two keys are spelling variants when they share a skeleton and differ by at most one edit per four letters.</summary>
    public static bool IsVariant(string x, string y)
    {
        if (x == y)
            return true;
        var shortest = Math.Min(x.Length, y.Length);
        if (shortest < 4 || x[0] != y[0] && !(IsSoftPair(x[0], y[0])))
            return false;
        var allowed = Math.Max(1, shortest / 4);
        if (Math.Abs(x.Length - y.Length) > allowed || !Translit.SameSkeleton(x, y))
            return false;

        // A name with a suffix is another name (Jaafar/Jaafari, Putin/Putina), not a spelling of it.
        if (x.Length != y.Length && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)))
            return false;
        return Translit.Distance(x, y) <= allowed;
    }

    private static bool IsSoftPair(char a, char b) => (a, b) is ('k', 'g') or ('g', 'k') or ('i', 'e') or ('e', 'i') or ('o', 'u') or ('u', 'o');

    /// <summary>Initials of a multi-word normalized name, skipping function words: "islamic state of iraq and the levant" is "isil".</summary>
    public static string? Acronym(string normalized)
    {
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        var words = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var w = normalized.AsSpan(range);
            words++;
            if (w.IsEmpty || IsFunctionWord(w))
                continue;
            if (n == buffer.Length)
                return null;
            buffer[n++] = w[0];
        }

        return words >= 2 && n >= 2 ? new string(buffer[..n]) : null;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> w) =>
        w is "of" or "the" or "and" or "for" or "in" or "on" or "at" or "de" or "du" or "des" or "la" or "le" or "et" or "al" or "el" or "to";

    private static Dictionary<string, string> Pairs(params string[] pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in pairs)
        {
            var i = p.IndexOf(':', StringComparison.Ordinal);
            d[Translit.Key(p.AsSpan(0, i))] = Translit.Key(p.AsSpan(i + 1));
        }

        return d;
    }
}
