using System.Collections.Frozen;

namespace Parallax.Nlp.Text;

/// <summary>Words that keep their final period as part of the token, and which of them can still end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and name parts: a following capitalised word is a name, so these never end a sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sgt", "Gen", "Lt", "Col", "Maj", "Capt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Fr", "Sr", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle",
        "No", "Nos", "Vol", "Art", "Fig", "Sec", "Ch", "Op", "vs", "v", "cf", "approx", "ca", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Gens",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    ], StringComparer.Ordinal);

    // Ordinary abbreviations that often close a sentence ("... based in the U.S. The ...").
    private static readonly FrozenSet<string> Enders = FrozenSet.ToFrozenSet(
    [
        "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Plc", "PLC", "etc", "al", "Cie", "Pty", "Bhd",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnderLookup = Enders.GetAlternateLookup<ReadOnlySpan<char>>();

    // Capitalised words that usually begin a new sentence, used after an abbreviation that may end one.
    private static readonly FrozenSet<string> Starters = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "There", "His", "Her", "Its", "Their", "Our", "As", "After", "When", "If", "While", "Some",
        "Many", "Most", "Officials", "However", "Meanwhile", "Also", "So", "Yet", "Still",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word (without its period) keeps a following period.</summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word) =>
        TitleLookup.Contains(word) || EnderLookup.Contains(word) || (word.Length == 1 && CharClass.IsUpper(word[0]));

    /// <summary>Whether an abbreviation token (with its period) can end a sentence at all.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> tokenWithPeriod)
    {
        var word = tokenWithPeriod[..^1];
        if (TitleLookup.Contains(word) || (word.Length == 1 && CharClass.IsUpper(word[0])))
            return false;
        return true;
    }

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);
}
