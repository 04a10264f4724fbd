namespace Parallax.Events;

[Flags]
internal enum W
{
    None = 0,
    Determiner = 1,
    Preposition = 1 << 1,
    LocationPrep = 1 << 2,
    TargetPrep = 1 << 3,
    Clause = 1 << 4,
    Coordinator = 1 << 5,
    Be = 1 << 6,
    Auxiliary = 1 << 7,
    SubjectPronoun = 1 << 8,
    FirstPerson = 1 << 9,
    ThirdSingular = 1 << 10,
    Definite = 1 << 11,
    NegativeDeterminer = 1 << 12,
    ObjectPronoun = 1 << 13,
    PossessivePronoun = 1 << 14,
    Punctuation = 1 << 15,
    Comma = 1 << 16,
}

/// <summary>Closed-class English words the coder reasons with, folded into the lexicon as per-token flags.</summary>
internal static class WordClass
{
    /// <summary>Every closed class with its words, for the lexicon to fold into one lookup per token.</summary>
    public static IEnumerable<(W Flag, IEnumerable<string> Words)> Sets() =>
    [
        (W.Determiner, Determiners.Words), (W.Preposition, Prepositions.Words), (W.LocationPrep, LocationPreps.Words),
        (W.TargetPrep, TargetPreps.Words), (W.Clause, Clause.Words), (W.Coordinator, Coordinators.Words), (W.Be, Be.Words),
        (W.Auxiliary, Auxiliary.Words), (W.SubjectPronoun, SubjectPronouns.Words), (W.FirstPerson, FirstPerson.Words),
        (W.ThirdSingular, ThirdPersonSingular.Words), (W.Definite, Definite.Words), (W.NegativeDeterminer, NegativeDeterminers.Words),
        (W.ObjectPronoun, ObjectPronouns.Words), (W.PossessivePronoun, PossessivePronouns.Words),
    ];

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

    /// <summary>A closed list of lower-case words; the lexicon indexes them case-insensitively.</summary>
    private sealed class WordSet(params string[] words)
    {
        public IEnumerable<string> Words => words;
    }
}
