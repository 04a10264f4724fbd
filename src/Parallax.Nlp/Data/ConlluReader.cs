namespace Parallax.Nlp.Data;

/// <summary>Reads CoNLL-U: word lines only (multiword ranges and empty nodes skipped); Tags = UPOS, Tags2 = XPOS.</summary>
public static class ConlluReader
{
    public static List<TaggedSentence> Read(string path)
    {
        var result = new List<TaggedSentence>();
        var words = new List<string>();
        var upos = new List<string>();
        var xpos = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
                continue;
            var cols = line.Split('\t');
            if (cols.Length < 5 || cols[0].Contains('-') || cols[0].Contains('.'))
                continue;
            words.Add(cols[1]);
            upos.Add(cols[3]);
            xpos.Add(cols[4]);
        }

        Flush();
        return result;

        void Flush()
        {
            if (words.Count == 0)
                return;
            result.Add(new TaggedSentence([.. words], [.. upos], [.. xpos]));
            words.Clear();
            upos.Clear();
            xpos.Clear();
        }
    }
}
