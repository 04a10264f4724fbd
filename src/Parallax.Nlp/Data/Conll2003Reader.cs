namespace Parallax.Nlp.Data;

/// <summary>
/// Reads CoNLL-2003 files (token POS chunk NER) into documents of sentences; Tags = NER column, Tags2 = POS column.
/// A -DOCSTART- line closes a document, wherever it appears (this copy puts it after each document).
/// </summary>
public static class Conll2003Reader
{
    public static List<List<TaggedSentence>> Read(string path)
    {
        var documents = new List<List<TaggedSentence>>();
        var current = new List<TaggedSentence>();
        var words = new List<string>();
        var ner = new List<string>();
        var pos = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                FlushSentence();
                if (current.Count > 0)
                    documents.Add(current);
                current = [];
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                FlushSentence();
                continue;
            }

            var cols = line.Split(' ', '\t');
            words.Add(cols[0]);
            pos.Add(cols.Length > 1 ? cols[1] : "_");
            ner.Add(cols.Length > 1 ? cols[^1] : "O");
        }

        FlushSentence();
        if (current.Count > 0)
            documents.Add(current);
        return documents;

        void FlushSentence()
        {
            if (words.Count == 0)
                return;
            current.Add(new TaggedSentence([.. words], [.. ner], [.. pos]));
            words.Clear();
            ner.Clear();
            pos.Clear();
        }
    }
}
