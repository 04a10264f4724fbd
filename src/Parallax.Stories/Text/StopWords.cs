namespace Parallax.Stories.Text;

/// <summary>Function words and news filler that say nothing about which story an article belongs to, kept as word hashes.</summary>
public static class StopWords
{
    private static readonly HashSet<ulong> Hashes = Build(
        "the and for that with was were are but not his her its their they them this these those from has have had been "
        + "will would could should said says say who whom which what when where there than then also into over after before "
        + "about such some any all one two more most other our out can may did does him she you your being while during since "
        + "just only very each both because under between against through again new now how why told according monday tuesday "
        + "wednesday thursday friday saturday sunday week weeks year years yesterday today tomorrow last first next many much "
        + "per cent percent its it's would've we're they're isn aren wasn weren don doesn didn won wouldn couldn shouldn "
        + "here off upon via among within without across toward towards around near still even well back like made make "
        + "including including added asked called went going get got took take see seen set used use way ways time times "
        + "people man men woman women day days month months three four five six seven eight nine ten hundred thousand million billion");

    public static bool Contains(ulong hash) => Hashes.Contains(hash);

    private static HashSet<ulong> Build(string words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in new WordEnumerator(words))
            set.Add(w.Hash);
        return set;
    }
}
