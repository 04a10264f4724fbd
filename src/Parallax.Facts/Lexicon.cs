using System.Collections.Frozen;

namespace Parallax.Facts;

[Flags]
internal enum WordClass : uint
{
    None = 0,

    /// <summary>A speech verb that can introduce a quote or reported speech (said, told, warned).</summary>
    Cue = 1 << 0,

    /// <summary>A cue that may come before its speaker ("said Jaafari").</summary>
    Invertible = 1 << 1,

    /// <summary>A cue that reports a clause ("said that ..."), so it opens indirect speech.</summary>
    Reporting = 1 << 2,

    /// <summary>An -ing cue whose subject is the sentence's (", saying", ", warning").</summary>
    Participle = 1 << 3,

    /// <summary>A lowercase noun that can head or modify a speaker phrase (official, spokeswoman, statement).</summary>
    Role = 1 << 4,

    /// <summary>A title before a name (President, Minister, Ayatollah); not part of the person's name.</summary>
    Title = 1 << 5,
    Pronoun = 1 << 6,
    Determiner = 1 << 7,

    /// <summary>Joins words inside a name ("Secretary of State", "al", "bin").</summary>
    NameJoin = 1 << 8,

    /// <summary>Words skipped between a subject and its verb (also, later, has).</summary>
    Skippable = 1 << 9,
    Weekday = 1 << 10,
    Month = 1 << 11,
    NumberWord = 1 << 12,
    TimeWord = 1 << 13,
    Female = 1 << 14,
    Male = 1 << 15,

    /// <summary>A plural or collective speaker noun (officials, ministry, government): "they"/"it", not "he"/"she".</summary>
    Group = 1 << 16,

    /// <summary>A scale word after a number (million, billion).</summary>
    Scale = 1 << 17,

    /// <summary>A unit or per-period word after a number (percent, day, year).</summary>
    UnitWord = 1 << 18,
}

/// <summary>The closed word lists the facts stage recognizes, looked up by span without allocating.</summary>
internal static class Lexicon
{
    private static readonly FrozenDictionary<string, WordClass> Words = Build();
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length > 1 && word[^1] == '.')
            word = word[..^1];
        if (word.Length is < 1 or > 24)
            return WordClass.None;
        return Lookup.TryGetValue(word, out var c) ? c : WordClass.None;
    }

    public static bool Is(ReadOnlySpan<char> word, WordClass cls) => (Classify(word) & cls) != 0;

    /// <summary>A pre-check for words of any of these classes; see <see cref="WordFilter"/> for what exhaustive means.</summary>
    public static WordFilter Filter(WordClass cls, bool exhaustive = false) =>
        new(Words.Where(kv => (kv.Value & cls) != 0).Select(kv => kv.Key), exhaustive);

    private static FrozenDictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                d[w] = d.GetValueOrDefault(w) | c;
        }

        const WordClass SayInv = WordClass.Cue | WordClass.Invertible;
        const WordClass SayRep = SayInv | WordClass.Reporting;
        Add(SayRep, "said says say added adds insisted insists asserted asserts warned warns argued argues claimed stated");
        Add(SayRep, "explained explains noted declared declares announced announces acknowledged acknowledges admitted admits");
        Add(SayRep, "maintained maintains stressed stresses emphasized emphasised cautioned predicted predicts conceded concedes");
        Add(SayRep, "confirmed confirms insist argue warn announce reported wrote writes recalled recalls");
        Add(SayInv, "continued continues replied replies responded responds asked asks remarked observed quipped told tells");
        Add(WordClass.Cue | WordClass.Reporting, "estimate estimates estimated suggested agreed agree agrees vowed vows pledged promised denied believes believe thinks");
        Add(WordClass.Cue, "urged called calls described describes complained accused accuses dismissed praised criticized criticised");
        Add(WordClass.Cue | WordClass.Participle, "saying adding warning insisting pledging describing calling noting arguing telling vowing");
        Add(WordClass.Cue | WordClass.Participle, "stressing promising claiming declaring explaining asserting urging");

        Add(WordClass.Role, "official spokesman spokeswoman spokesperson diplomat secretary minister president leader chief ambassador");
        Add(WordClass.Role, "statement envoy aide adviser advisor source analyst expert intelligence military senior top former deputy");
        Add(WordClass.Role, "foreign prime general defense defence interior state commander mayor governor senator lawmaker chairman");
        Add(WordClass.Role, "chairwoman director head representative negotiator spokesmen spokeswomen report communique letter");
        Add(WordClass.Role, "prosecutor judge police premier chancellor secretary-general counterpart manager executive");
        Add(WordClass.Role | WordClass.Group, "officials diplomats sources analysts experts leaders aides advisers ministry government");
        Add(WordClass.Role | WordClass.Group, "department agency council committee board union organizers witnesses residents protesters negotiators");
        Add(WordClass.Role | WordClass.Group, "parliament congress senate league organization organisation forces party");
        Add(WordClass.Role | WordClass.Group, "lawmakers senators authorities officers researchers scientists economists company agencies governments");
        Add(WordClass.Role | WordClass.Group, "administration office army coalition court network television media militants rebels assembly nations");
        Add(WordClass.Title, "president minister secretary ayatollah mr mrs ms dr sen rep gov gen pope king queen chancellor ambassador");
        Add(WordClass.Title, "prime foreign supreme leader deputy spokeswoman spokesman general secretary-general state senator governor");
        Add(WordClass.Title, "mayor judge prince princess sheikh emir commander chief director professor prof lt col capt sgt");
        Add(WordClass.Title, "commissioner chairwoman chairman ceo colonel lieutenant sergeant captain admiral brigadier marshal inspector coach detective sheriff bishop rabbi imam rev justice attorney-general superintendent dean");
        Add(WordClass.Role, "commissioner ceo inspector coach detective sheriff bishop rabbi imam justice superintendent dean");
        Add(WordClass.Female, "she her spokeswoman chairwoman mrs ms queen princess");
        Add(WordClass.Male, "he his him spokesman chairman mr king prince sheikh emir pope");
        Add(WordClass.Pronoun, "he she they it i we");
        Add(WordClass.Determiner, "the a an");
        Add(WordClass.NameJoin, "of de al bin ibn van von la du da del der");
        Add(WordClass.Skippable, "also later earlier then again repeatedly reportedly previously separately privately publicly has had have");
        Add(WordClass.Skippable, "would will had already once now still");
        Add(WordClass.Weekday, "monday tuesday wednesday thursday friday saturday sunday");
        Add(WordClass.Month, "january february march april may june july august september october november december");
        Add(WordClass.Month, "jan feb mar apr jun jul aug sep sept oct nov dec");
        Add(WordClass.NumberWord, "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen");
        Add(WordClass.NumberWord, "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred");
        Add(WordClass.NumberWord, "dozen dozens hundreds thousands");
        Add(WordClass.Scale | WordClass.NumberWord, "thousand million billion trillion");
        Add(WordClass.TimeWord, "yesterday today tomorrow tonight last next following past ago coming previous this weekend");
        Add(WordClass.UnitWord, "percent per cent day week month year days weeks months years");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
