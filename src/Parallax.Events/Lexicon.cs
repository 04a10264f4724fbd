namespace Parallax.Events;

/// <summary>A trigger pattern reached through one inflected form of its head's first word.</summary>
internal readonly record struct HeadEntry(EventPattern Pattern, string[] HeadRest);

internal readonly record struct ActorEntry(ActorPhrase Phrase);

/// <summary>
/// The dictionary compiled for lookup: every surface form (inflections generated) maps to what starts there.
/// Lookups take a span and never allocate, so a token that starts nothing costs one hash probe.
/// </summary>
internal sealed class Lexicon
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Lexicon(EventDictionary dictionary)
    {
        foreach (var p in dictionary.Patterns)
        {
            foreach (var alt in p.Segments[0])
            {
                var words = alt.Split('_');
                var forms = p.Kind == PatternKind.Verb ? Inflections.Verb(words[0], dictionary.Forms) : Inflections.Noun(words[0]);
                foreach (var f in forms)
                    Get(f).Heads.Add(new HeadEntry(p, words[1..]));
                if (p.Kind == PatternKind.Verb)
                {
                    foreach (var f in Inflections.Participles(words[0], dictionary.Forms))
                        Get(f).Participle = true;
                }
            }
        }

        foreach (var a in dictionary.Actors)
        {
            foreach (var f in Inflections.Noun(a.Words[0]))
                Get(f).Actors.Add(new ActorEntry(a));
        }

        foreach (var c in dictionary.Cues)
        {
            // Refusal and prospect words frame a gerund after them; they are not part of an auxiliary chain.
            if (c.Kind is CueKind.Refusal or CueKind.Prospect)
                Get(c.Words[0]).Frames.Add(c);
            else
                Get(c.Words[0]).Cues.Add(c);
        }

        foreach (var (flag, words) in WordClass.Sets())
        {
            foreach (var w in words)
                Get(w).Class |= flag;
        }

        foreach (var s in dictionary.SpeechVerbs)
        {
            foreach (var f in Inflections.Verb(s, dictionary.Forms))
                Get(f).Speech = true;
        }

        foreach (var e in _entries.Values)
        {
            // Longer patterns first, so "reject ... offer" wins over plain "reject".
            e.Heads.Sort((a, b) => (b.Pattern.Weight + 2 * b.HeadRest.Length).CompareTo(a.Pattern.Weight + 2 * a.HeadRest.Length));
            e.Actors.Sort((a, b) => b.Phrase.Words.Length.CompareTo(a.Phrase.Words.Length));
            e.Cues.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            e.Frames.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Entry? Find(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('\u2019') < 0)
            return _lookup.TryGetValue(word, out var e) ? e : null;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        return _lookup.TryGetValue(buffer, out var e2) ? e2 : null;
    }

    private Entry Get(string form)
    {
        if (!_entries.TryGetValue(form, out var e))
            _entries[form] = e = new Entry();
        return e;
    }

    internal sealed class Entry
    {
        public List<HeadEntry> Heads { get; } = [];
        public List<ActorEntry> Actors { get; } = [];
        public List<ModalityCue> Cues { get; } = [];
        public List<ModalityCue> Frames { get; } = [];
        public bool Speech { get; set; }
        public bool Participle { get; set; }
        public W Class { get; set; }
    }
}

/// <summary>Regular English inflection, plus the irregular forms the dictionary lists.</summary>
internal static class Inflections
{
    public static IEnumerable<string> Verb(string lemma, Dictionary<string, List<string>> irregular)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { lemma, ThirdPerson(lemma) };
        foreach (var f in Participles(lemma, irregular))
            set.Add(f);
        var stem = lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "y"
            : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] : lemma;
        set.Add(stem + "ing");
        if (Doubles(lemma))
            set.Add(lemma + lemma[^1] + "ing");
        return set;
    }

    /// <summary>Past and past-participle forms: what may follow "was" in a passive.</summary>
    public static IEnumerable<string> Participles(string lemma, Dictionary<string, List<string>> irregular)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (lemma.EndsWith('e'))
            set.Add(lemma + "d");
        else if (lemma.Length > 1 && lemma[^1] == 'y' && !IsVowel(lemma[^2]))
            set.Add(lemma[..^1] + "ied");
        else
            set.Add(lemma + "ed");
        if (Doubles(lemma))
            set.Add(lemma + lemma[^1] + "ed");
        if (irregular.TryGetValue(lemma, out var forms))
        {
            foreach (var f in forms)
                set.Add(f);
        }

        return set;
    }

    public static IEnumerable<string> Noun(string word) =>
        word.EndsWith('s') ? [word] : [word, ThirdPerson(word)];

    private static string ThirdPerson(string w)
    {
        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal))
            return w + "es";
        if (w.Length > 1 && w[^1] == 'y' && !IsVowel(w[^2]))
            return w[..^1] + "ies";
        return w + "s";
    }

    /// <summary>Short consonant-vowel-consonant verbs double their last letter (plan, planned); longer ones may too, so both are kept.</summary>
    private static bool Doubles(string w) =>
        w.Length >= 3 && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A token matches a dictionary word exactly or with a plural ending; curly apostrophes count as straight ones.</summary>
    public static bool Matches(ReadOnlySpan<char> token, string word)
    {
        if (Same(token, word))
            return true;
        if (token.Length == word.Length + 1 && (token[^1] is 's' or 'S'))
            return Same(token[..^1], word);
        if (token.Length == word.Length + 2 && token.EndsWith("es", StringComparison.OrdinalIgnoreCase))
            return Same(token[..^2], word);
        if (word.EndsWith('y') && token.Length == word.Length + 2 && token.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
            return Same(token[..^3], word.AsSpan(0, word.Length - 1));
        return false;
    }

    public static bool Same(ReadOnlySpan<char> token, ReadOnlySpan<char> word)
    {
        if (token.Length != word.Length)
            return false;
        for (var i = 0; i < token.Length; i++)
        {
            var a = token[i] == '\u2019' ? '\'' : char.ToLowerInvariant(token[i]);
            if (a != word[i])
                return false;
        }

        return true;
    }
}
