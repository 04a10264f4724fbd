using System.Text;
using Parallax.Annotations;
using Parallax.Model;
using Parallax.Nlp.Ner;

namespace Parallax.Nlp.Formats;

/// <summary>Reading and writing the column formats of `parallax tag`.</summary>
public static class TagFormats
{
    /// <summary>
    /// CoNLL NER: first whitespace-separated column is the token, a blank line ends a sentence, a -DOCSTART- line ends a
    /// document (wherever it appears). Writes "token TAB tag" (BIO), or with append the input line plus " tag", which
    /// is the column layout conlleval scores. -DOCSTART- lines get tag O so every line has the same columns.
    /// </summary>
    public static void TagConllNer(TextReader input, TextWriter output, NlpStage nlp, bool append, EntityScorer? score = null)
    {
        var lines = new List<string>();
        while (input.ReadLine() is { } line)
        {
            var isDocStart = line.StartsWith("-DOCSTART-", StringComparison.Ordinal);
            lines.Add(line);
            if (isDocStart)
            {
                FlushDocument(lines, output, nlp, append, score);
                lines.Clear();
            }
        }

        FlushDocument(lines, output, nlp, append, score);
    }

    private static void FlushDocument(List<string> lines, TextWriter output, NlpStage nlp, bool append, EntityScorer? score)
    {
        var goldTags = new List<string>();
        var sentences = new List<Data.TaggedSentence>();
        var words = new List<string>();
        foreach (var line in lines)
        {
            var word = FirstColumn(line);
            if (word.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (words.Count > 0)
                    sentences.Add(new Data.TaggedSentence([.. words], [], []));
                words.Clear();
                continue;
            }

            words.Add(word);
            goldTags.Add(LastColumn(line));
        }

        if (words.Count > 0)
            sentences.Add(new Data.TaggedSentence([.. words], [], []));
        var doc = NerDocument.FromSentences(sentences, withGold: false);
        var labels = Tag(nlp, doc);
        if (score is not null)
        {
            // The input's last column is the gold tag (IOB1 or IOB2); chunks never cross a sentence boundary.
            var offset = 0;
            foreach (var s in doc.Sentences)
            {
                var gold = NerLabels.FromBio(goldTags.GetRange(offset, s.TokenCount));
                score.Add(gold, labels.AsSpan(s.FirstToken, s.TokenCount));
                offset += s.TokenCount;
            }
        }

        var t = 0;
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            var word = FirstColumn(line);
            if (word.Length == 0)
            {
                sb.Append(line).Append('\n');
                continue;
            }

            var isDocStart = line.StartsWith("-DOCSTART-", StringComparison.Ordinal);
            var tag = isDocStart ? "O" : NerLabels.ToBio(labels[t++]);
            if (append)
                sb.Append(line.TrimEnd()).Append(' ').Append(tag).Append('\n');
            else
                sb.Append(word).Append('\t').Append(tag).Append('\n');
        }

        output.Write(sb.ToString());
    }

    private static int[] Tag(NlpStage nlp, NerDocument doc)
    {
        var pos = new int[doc.Tokens.Length];
        nlp.Pos.Tag(doc.Text, doc.Tokens, doc.Sentences, pos);
        return nlp.Ner.Tag(doc, pos);
    }

    private static string LastColumn(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        var start = trimmed.LastIndexOfAny(' ', '\t');
        return trimmed[(start + 1)..].ToString();
    }

    private static string FirstColumn(string line)
    {
        var trimmed = line.AsSpan().Trim();
        var end = trimmed.IndexOfAny(' ', '\t');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }

    /// <summary>CoNLL-U in, CoNLL-U out with UPOS and XPOS (columns 4 and 5) filled by our tagger; all else unchanged.</summary>
    public static void TagConllu(TextReader input, TextWriter output, NlpStage nlp, PosScore? score = null)
    {
        var block = new List<string>();
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                FlushConllu(block, output, nlp, score);
                output.Write('\n');
                block.Clear();
                continue;
            }

            block.Add(line);
        }

        FlushConllu(block, output, nlp, score);
    }

    private static void FlushConllu(List<string> block, TextWriter output, NlpStage nlp, PosScore? score)
    {
        var wordLines = new List<int>();
        var words = new List<string>();
        for (var i = 0; i < block.Count; i++)
        {
            var cols = block[i].Split('\t');
            if (block[i].StartsWith('#') || cols.Length < 5 || cols[0].Contains('-') || cols[0].Contains('.'))
                continue;
            wordLines.Add(i);
            words.Add(cols[1]);
        }

        var (text, tokens) = new Data.TaggedSentence([.. words], [], []).Joined();
        var classes = new int[tokens.Length];
        nlp.Pos.Tag(text, tokens, classes);
        for (var k = 0; k < wordLines.Count; k++)
        {
            var cols = block[wordLines[k]].Split('\t');
            score?.Add(cols[3] == nlp.Pos.Upos[classes[k]], cols[4] == nlp.Pos.Xpos[classes[k]]);
            cols[3] = nlp.Pos.Upos[classes[k]];
            cols[4] = nlp.Pos.Xpos[classes[k]];
            block[wordLines[k]] = string.Join('\t', cols);
        }

        foreach (var line in block)
            output.Write(line + "\n");
    }

    /// <summary>Raw text: tokenize, split, tag; one "token TAB UPOS TAB XPOS TAB NER" line per token, blank line per sentence.</summary>
    public static void TagText(string text, TextWriter output, NlpStage nlp)
    {
        var document = new Document(new Article(new SourceInfo("text", null, null), text, text, new ArticleMetadata()));
        nlp.Process(document, CancellationToken.None);
        var bio = BioTags(document.Tokens.Length, document.Mentions);
        var sb = new StringBuilder();
        foreach (var s in document.Sentences)
        {
            for (var t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++)
            {
                var token = document.Tokens[t];
                sb.Append(text, token.Start, token.Length).Append('\t').Append(document.Upos[t]).Append('\t')
                    .Append(document.Xpos[t]).Append('\t').Append(bio[t]).Append('\n');
            }

            sb.Append('\n');
        }

        output.Write(sb.ToString());
    }

    public static string[] BioTags(int tokenCount, IEnumerable<EntityMention> mentions)
    {
        var tags = new string[tokenCount];
        Array.Fill(tags, "O");
        foreach (var m in mentions)
        {
            var type = Array.IndexOf(NerLabels.EntityTypes, m.Type);
            tags[m.FirstToken] = NerLabels.BioB[type];
            for (var t = m.FirstToken + 1; t < m.FirstToken + m.TokenCount; t++)
                tags[t] = NerLabels.BioI[type];
        }

        return tags;
    }

}

/// <summary>Token accuracy of UPOS and XPOS against the columns of the input.</summary>
public sealed class PosScore
{
    public long Tokens { get; private set; }
    public long Upos { get; private set; }
    public long Xpos { get; private set; }

    public void Add(bool upos, bool xpos)
    {
        Tokens++;
        Upos += upos ? 1 : 0;
        Xpos += xpos ? 1 : 0;
    }
}
