using Parallax.Knowledge.Kb;

namespace Parallax.Knowledge.Text;

/// <summary>
/// A person's name split for matching: given names (first, middle, initials) and surname, each as a transliteration key,
/// with honorifics ("Ayatollah", "Dr.") and suffixes ("Jr.") removed and name particles ("al-", "bin") kept out of the key.
/// </summary>
public sealed class PersonName
{
    private PersonName(string display, string[] given, string surname, string surnameKey, string? generation)
    {
        Generation = generation;
        Display = display;
        Given = given;
        Surname = surname;
        SurnameKey = surnameKey;
        Skeleton = Translit.Skeleton(surnameKey);
        Normalized = NameText.Normalize(display);
    }

    /// <summary>The name as written, without honorifics: "Ali Khamenei" for "Ayatollah Ali Khamenei".</summary>
    public string Display { get; }

    /// <summary>The lookup form of Display; two names with the same one are written the same way.</summary>
    public string Normalized { get; }

    /// <summary>Transliteration keys of the given names in order; a single letter is an initial.</summary>
    public string[] Given { get; }

    /// <summary>The surname as normalized text ("al jaafari").</summary>
    public string Surname { get; }

    public string SurnameKey { get; }

    /// <summary>"jr" or "sr" when the name carries one: Donald Trump Jr. is not Donald Trump.</summary>
    public string? Generation { get; }
    public string Skeleton { get; }
    public bool HasGiven => Given.Length > 0;
    public int Words => Given.Length + 1;

    /// <summary>Parses a name as written; the offsets of the kept part are returned for display.</summary>
    public static PersonName? Parse(ReadOnlySpan<char> text, KnowledgeBase kb)
    {
        Span<Range> words = stackalloc Range[16];
        var count = SplitWords(text, words);
        var first = 0;
        var last = count - 1;

        // Honorifics, one or two words ("Grand Ayatollah"), at the front.
        Span<char> buffer = stackalloc char[64];
        while (first < last)
        {
            if (first + 1 < last && IsHonorificPair(text, words[first], words[first + 1], kb, buffer))
            {
                first += 2;
                continue;
            }

            var w = text[words[first]];
            if (w.Length > 63 || !kb.IsHonorific(buffer[..NameText.Normalize(w, buffer)]))
                break;
            first++;
        }

        string? generation = null;
        while (last > first && IsSuffix(text[words[last]], buffer))
        {
            var w = text[words[last]];
            var n = buffer[..NameText.Normalize(w, buffer)];
            if (n is "jr" or "sr")
                generation = new string(n);
            last--;
        }

        if (last < first)
            return null;

        // Particles before the surname belong to it ("bin Laden", "de Mistura").
        var surnameStart = last;
        while (surnameStart - 1 > first && IsParticleWord(text[words[surnameStart - 1]], buffer))
            surnameStart--;

        var surnameText = text[words[surnameStart].Start.Value..words[last].End.Value];
        var surname = NameText.Normalize(surnameText);
        var surnameKey = WordKey(surname);
        if (surnameKey.Length == 0)
            return null;

        // Hyphenated given names count as two ("Jean-Claude" is "Jean Claude").
        var given = new List<string>(surnameStart - first + 1);
        for (var i = first; i < surnameStart; i++)
        {
            var n = NameText.Normalize(text[words[i]]);
            foreach (var part in n.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                given.Add(Translit.Key(part));
        }

        var display = new string(text[words[first].Start.Value..words[last].End.Value]);
        return new PersonName(display, [.. given], surname, surnameKey, generation);
    }

    /// <summary>The key of a normalized name part, leaving out particles ("al jaafari" is "jafari").</summary>
    public static string WordKey(string normalized)
    {
        if (normalized.Length <= 120)
        {
            Span<char> dest = stackalloc char[normalized.Length * 2 + 2];
            return new string(dest[..WriteWordKey(normalized, dest)]);
        }

        // A long span (hostile or broken input) must not grow the stack.
        var rented = System.Buffers.ArrayPool<char>.Shared.Rent(normalized.Length * 2 + 2);
        try
        {
            return new string(rented.AsSpan(0, WriteWordKey(normalized, rented)));
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>WordKey as a pooled string.</summary>
    public static string WordKey(string normalized, StringPool pool)
    {
        if (normalized.Length > 120)
            return pool.Get(WordKey(normalized));
        Span<char> dest = stackalloc char[normalized.Length * 2 + 2];
        return pool.Get(dest[..WriteWordKey(normalized, dest)]);
    }

    private static int WriteWordKey(string normalized, Span<char> dest)
    {
        var n = 0;
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var part = normalized.AsSpan(range);
            if (part.IsEmpty || (Translit.IsParticle(part) && range.End.Value < normalized.Length))
                continue;
            n += Translit.Key(part, dest[n..]);
        }

        return n;
    }

    private static int SplitWords(ReadOnlySpan<char> text, Span<Range> words)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < words.Length)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ',')
                i++;
            if (i > start)
                words[count++] = new Range(start, i);
        }

        return count;
    }

    private static bool IsHonorificPair(ReadOnlySpan<char> text, Range a, Range b, KnowledgeBase kb, Span<char> buffer)
    {
        var span = text[a.Start.Value..b.End.Value];
        return span.Length < 64 && kb.IsHonorific(buffer[..NameText.Normalize(span, buffer)]);
    }

    private static bool IsSuffix(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > 63)
            return false;
        var n = buffer[..NameText.Normalize(word, buffer)];
        return n is "jr" or "sr" or "ii" or "iii" or "iv" or "phd" or "md" || n.IsEmpty;
    }

    private static bool IsParticleWord(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length < 63 && Translit.IsParticle(buffer[..NameText.Normalize(word, buffer)]);
}
