using System.Text;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Events.Evaluation;

/// <summary>
/// Builds a Document from hand-annotated text, the way the NLP and knowledge stages would fill it:
/// "[Iran|IRN] rejected [the US|USA|GPE] request" gives tokens, sentences, closed-class tags, mentions and actor codes.
/// Sentences are separated by " // "; "word/TAG" sets a tag by hand (attack/NOUN).
/// </summary>
public static class AnnotatedText
{
    private static readonly Dictionary<string, string> ClosedClass = BuildClosedClass();

    public static Document Parse(string annotated, DateOnly? date = null)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int Length, string? Code, EntityType Type)>();
        var tagged = new Dictionary<int, string>();
        var sentenceBreaks = new List<int>();
        var i = 0;
        while (i < annotated.Length)
        {
            if (annotated.AsSpan(i).StartsWith(" // ", StringComparison.Ordinal))
            {
                sentenceBreaks.Add(text.Length);
                text.Append(' ');
                i += 4;
                continue;
            }

            var ch = annotated[i];
            if (ch == '[')
            {
                var close = annotated.IndexOf(']', i);
                if (close < 0)
                    throw new FormatException($"unclosed '[' in: {annotated}");
                var parts = annotated[(i + 1)..close].Split('|');
                var start = text.Length;
                text.Append(parts[0]);
                var code = parts.Length > 1 && parts[1].Length > 0 && parts[1] != "-" ? parts[1] : null;
                var type = parts.Length > 2 ? Enum.Parse<EntityType>(parts[2]) : GuessType(code);
                spans.Add((start, parts[0].Length, code, type));
                i = close + 1;
                continue;
            }

            if (ch == '/' && i + 1 < annotated.Length && char.IsAsciiLetterUpper(annotated[i + 1]) && text.Length > 0 && char.IsLetter(text[^1]))
            {
                var end = i + 1;
                while (end < annotated.Length && char.IsAsciiLetterUpper(annotated[end]))
                    end++;
                tagged[text.Length] = annotated[(i + 1)..end];
                i = end;
                continue;
            }

            text.Append(ch);
            i++;
        }

        var s = text.ToString();
        var article = new Article(new SourceInfo(null, null, null), s, s, new ArticleMetadata
        {
            Published = date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        });
        var doc = new Document(article);
        Annotate(doc, spans, tagged, sentenceBreaks);
        return doc;
    }

    private static void Annotate(Document doc, List<(int Start, int Length, string? Code, EntityType Type)> spans, Dictionary<int, string> tagged, List<int> breaks)
    {
        var tokens = SimpleTokenizer.Tokenize(doc.Text, spans.ConvertAll(x => (x.Start, x.Length)));
        doc.Tokens = tokens;
        var upos = new string[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var tok = tokens[t];
            var w = doc.Text.Substring(tok.Start, tok.Length).Replace('\u2019', '\'').ToLowerInvariant();
            upos[t] = tagged.TryGetValue(tok.End, out var tag) ? tag
                : tok.Kind == TokenKind.Punctuation ? "PUNCT"
                : tok.Kind == TokenKind.Number ? "NUM"
                : ClosedClass.TryGetValue(w, out var cc) ? cc
                : "X";
        }

        var mentions = new List<EntityMention>();
        var codes = new List<string?>();
        foreach (var (start, length, code, type) in spans)
        {
            var first = Array.FindIndex(tokens, t => t.Start == start);
            var last = Array.FindLastIndex(tokens, t => t.End == start + length);
            if (first < 0 || last < first)
                throw new FormatException($"mention at {start} does not align with tokens in: {doc.Text}");
            mentions.Add(new EntityMention(start, length, type, first, last - first + 1));
            codes.Add(code);
            for (var t = first; t <= last; t++)
            {
                if (upos[t] == "X")
                    upos[t] = "PROPN";
            }
        }

        doc.Upos = upos;
        doc.Mentions = [.. mentions];
        doc.MentionCodes = [.. codes];
        doc.MentionEntities = codes.ConvertAll(c => c is null ? null : "Q:" + c).ToArray();
        doc.Sentences = SplitSentences(tokens, breaks, doc.Text.Length);
    }

    private static Sentence[] SplitSentences(Token[] tokens, List<int> breaks, int textLength)
    {
        var list = new List<Sentence>();
        var first = 0;
        var b = 0;
        for (var t = 0; t <= tokens.Length; t++)
        {
            var atBreak = t == tokens.Length || (b < breaks.Count && tokens[t].Start >= breaks[b]);
            if (!atBreak)
                continue;
            if (t > first)
            {
                var start = tokens[first].Start;
                list.Add(new Sentence(start, tokens[t - 1].End - start, first, t - first));
            }

            first = t;
            b++;
        }

        return list.Count > 0 || textLength == 0 ? [.. list] : [];
    }

    private static EntityType GuessType(string? code) => code switch
    {
        { Length: 3 } => EntityType.GPE,
        _ => EntityType.ORG,
    };

    private static Dictionary<string, string> BuildClosedClass()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string tag, string words)
        {
            foreach (var w in words.Split(' '))
                d[w] = tag;
        }

        Add("DET", "the a an this that these those its their his her our my your any no each every some all both neither either");
        Add("ADP", "in at to from with against of on over for by into near across after before during under between among including like alongside toward towards about inside outside throughout within around above behind through upon via without despite");
        Add("CCONJ", "and or but nor");
        Add("SCONJ", "if unless whether because although though while whereas since");
        Add("PRON", "he she we i they it them him us me who which whom whose itself themselves");
        Add("AUX", "is was were are be been being am has have had do does did will would shall should can could may might must 'll 'd 've 're won't wouldn't can't cannot couldn't shouldn't didn't doesn't don't isn't aren't wasn't weren't hasn't haven't hadn't");
        Add("PART", "not n't 's");
        d["to"] = "PART";
        return d;
    }
}
