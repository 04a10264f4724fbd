namespace Parallax.Events;

/// <summary>Closed-class English words the coder reasons with; lookups take spans and never allocate.</summary>
internal static class WordClass
{
    private static readonly WordSet Determiners = new(
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those",
        "'s", "any", "no", "new", "first", "further", "fresh", "recent", "such", "some", "several", "each", "every");

    private static readonly WordSet Prepositions = new(
        "in", "at", "to", "from", "with", "against", "of", "on", "over", "for", "by", "into", "near", "across", "after",
        "before", "during", "under", "between", "among", "including", "like", "alongside", "toward", "towards", "about",
        "inside", "outside", "throughout", "within", "around", "above", "behind", "through", "upon", "via", "without", "beyond",
        "off", "onto", "amid", "despite", "beside", "past", "until", "per");

    private static readonly WordSet LocationPreps = new(
        "in", "at", "near", "over", "inside", "outside", "across", "throughout", "around", "within", "above");

    private static readonly WordSet TargetPreps = new("to", "with", "against", "toward", "towards", "into", "on", "at");

    private static readonly WordSet Clause = new(
        ";", ":", "which", "who", "whom", "whose", "while", "but", "because", "although", "though", "when", "where",
        "whereas", "unless", "if", "since", "after", "before", "as", "so", "until", "whether");

    private static readonly WordSet Coordinators = new("and", "or", "nor", "&");

    private static readonly WordSet Be = new(
        "is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "get", "got", "gets", "gotten", "getting");

    private static readonly WordSet Auxiliary = new(
        "is", "was", "were", "are", "be", "been", "being", "am", "'s", "'re", "'ve", "'d", "has", "have", "had", "having",
        "do", "does", "did", "get", "got", "gets", "to", "also", "still", "yet", "already", "now", "again", "reportedly",
        "allegedly", "jointly", "privately", "publicly", "repeatedly", "soon", "later", "then", "just", "ever", "even",
        "finally", "formally", "officially", "quickly", "immediately", "swiftly", "strongly", "firmly", "reluctantly",
        "personally", "secretly", "openly", "together", "both", "all", "themselves", "itself", "once", "twice", "briefly",
        "far", "so", "not", "n't", "never", "no", "longer", "going", "likely", "able", "trying", "tried", "try");

    private static readonly WordSet SubjectPronouns = new("he", "she", "we", "i", "they", "it");
    private static readonly WordSet ObjectPronouns = new("him", "her", "them", "us", "me", "it", "itself", "themselves");
    private static readonly WordSet PossessivePronouns = new("his", "her", "its", "their");
    private static readonly WordSet FirstPerson = new("we", "i", "us", "our", "my");
    private static readonly WordSet ThirdPersonSingular = new("he", "she");
    private static readonly WordSet Definite = new("the", "this", "that", "these", "those");
    private static readonly WordSet NegativeDeterminers = new("no", "neither", "nor");

    public static bool IsDeterminer(ReadOnlySpan<char> w) => Determiners.Contains(w);
    public static bool IsPreposition(ReadOnlySpan<char> w) => Prepositions.Contains(w);
    public static bool IsLocationPreposition(ReadOnlySpan<char> w) => LocationPreps.Contains(w);
    public static bool IsTargetPreposition(ReadOnlySpan<char> w) => TargetPreps.Contains(w);
    public static bool IsClauseBreak(ReadOnlySpan<char> w) => Clause.Contains(w);
    public static bool IsCoordinator(ReadOnlySpan<char> w) => Coordinators.Contains(w);
    public static bool IsBe(ReadOnlySpan<char> w) => Be.Contains(w);
    public static bool IsAuxiliary(ReadOnlySpan<char> w) => Auxiliary.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase));
    public static bool IsSubjectPronoun(ReadOnlySpan<char> w) => SubjectPronouns.Contains(w);
    public static bool IsObjectPronoun(ReadOnlySpan<char> w) => ObjectPronouns.Contains(w);
    public static bool IsPossessivePronoun(ReadOnlySpan<char> w) => PossessivePronouns.Contains(w);
    public static bool IsFirstPerson(ReadOnlySpan<char> w) => FirstPerson.Contains(w);
    public static bool IsThirdPersonSingular(ReadOnlySpan<char> w) => ThirdPersonSingular.Contains(w);
    public static bool IsDefinite(ReadOnlySpan<char> w) => Definite.Contains(w);
    public static bool IsNegativeDeterminer(ReadOnlySpan<char> w) => NegativeDeterminers.Contains(w);

    public static bool IsPunctuation(ReadOnlySpan<char> w) => w.Length == 1 && char.IsPunctuation(w[0]);

    public static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';

    /// <summary>A set of words compared case-insensitively, curly apostrophes read as straight ones.</summary>
    private sealed class WordSet
    {
        private readonly HashSet<string> _set;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public WordSet(params string[] words)
        {
            _set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Contains(ReadOnlySpan<char> w)
        {
            if (w.Length > 16)
                return false;
            if (w.IndexOf('\u2019') < 0)
                return _lookup.Contains(w);
            Span<char> buffer = stackalloc char[w.Length];
            w.CopyTo(buffer);
            buffer.Replace('\u2019', '\'');
            return _lookup.Contains(buffer);
        }
    }
}
