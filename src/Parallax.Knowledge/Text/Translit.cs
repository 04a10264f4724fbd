namespace Parallax.Knowledge.Text;

/// <summary>
/// Spelling-independent keys for name words. The key folds the usual romanization variants
/// (Sergey/Sergei, Fouad/Fuad, Massoum/Masum, Qaeda/Qaida, Mohammed/Mohamed, Kadhafi/Qadhafi); the skeleton keeps
/// only the first letter and the consonants, and serves to find candidates, never to decide a match.
/// </summary>
public static class Translit
{
    /// <summary>Name particles that are not part of the matching key ("al-Jaafari" and "Jaafari" share a key).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => word switch
    {
        "al" or "el" or "ul" or "ad" or "ash" or "as" or "at" or "az" or "ar" or "an" or "bin" or "ibn" or "ben" or "bint"
            or "van" or "von" or "de" or "da" or "di" or "du" or "del" or "della" or "der" or "den" or "la" or "le" or "dos" or "das" => true,
        _ => false,
    };

    /// <summary>The key of one normalized word (lower case, folded, no punctuation).</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 62 ? stackalloc char[word.Length * 2 + 2] : new char[word.Length * 2 + 2];
        return new string(buffer[..Key(word, buffer)]);
    }

    public static int Key(ReadOnlySpan<char> w, Span<char> dest)
    {
        var n = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            char m;
            switch (c)
            {
                case 'p' when next == 'h':
                    m = 'f';
                    i++;
                    break;
                case 'd' when next == 'h':
                case 't' when next == 'h' && i > 0:
                    m = c;
                    i++;
                    break;
                case 'c' when next == 'k':
                    m = 'k';
                    i++;
                    break;
                case 'c' when next != 'h':
                case 'q':
                    m = 'k';
                    break;
                case 'o' when next is 'u' or 'o':
                    m = 'u';
                    i++;
                    break;
                case 'e' when next == 'e':
                    m = 'i';
                    i++;
                    break;
                case 'a' when next == 'e':
                case 'e' when next == 'y' && i + 2 == w.Length:
                    dest[n++] = c == 'a' ? 'a' : 'e';
                    m = 'i';
                    i++;
                    break;
                case 'u' when next == 'e':
                case 'o' when next == 'e':
                    m = c;
                    i++;
                    break;
                case 'y':
                    m = 'i';
                    break;
                case 'w':
                    m = 'v';
                    break;
                case 'x':
                    dest[n++] = 'k';
                    m = 's';
                    break;
                case 'h' when i + 1 == w.Length && i > 0 && IsVowel(w[i - 1]):
                    continue;
                default:
                    m = c;
                    break;
            }

            if (n > 0 && dest[n - 1] == m)
                continue;
            dest[n++] = m;
        }

        return n;
    }

    /// <summary>First letter and consonants of a key: "masum" is "msm".</summary>
    public static string Skeleton(string key)
    {
        if (key.Length == 0)
            return key;

        // A leading vowel becomes '*' (Osama/Usama) and g joins k (Gaddafi/Qaddafi), so such variants share a skeleton.
        Span<char> buffer = key.Length <= 64 ? stackalloc char[key.Length] : new char[key.Length];
        return new string(buffer[..Skeleton(key, buffer)]);
    }

    /// <summary>Skeleton equality without building either skeleton.</summary>
    public static bool SameSkeleton(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
            return a.Length == b.Length;
        Span<char> x = a.Length <= 64 ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> y = b.Length <= 64 ? stackalloc char[b.Length] : new char[b.Length];
        return x[..Skeleton(a, x)].SequenceEqual(y[..Skeleton(b, y)]);
    }

    private static int Skeleton(string key, Span<char> buffer)
    {
        var n = 0;
        buffer[n++] = IsVowel(key[0]) ? '*' : key[0] == 'g' ? 'k' : key[0];
        for (var i = 1; i < key.Length; i++)
        {
            var c = key[i] == 'g' ? 'k' : key[i];
            if (IsVowel(c) || c is 'h' or 'v' || buffer[n - 1] == c)
                continue;
            buffer[n++] = c;
        }

        return n;
    }

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Levenshtein distance, bounded by short name keys.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 64 || b.Length > 64)
            return a.SequenceEqual(b) ? 0 : Math.Max(a.Length, b.Length);
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            cur.CopyTo(prev);
        }

        return prev[b.Length];
    }
}
