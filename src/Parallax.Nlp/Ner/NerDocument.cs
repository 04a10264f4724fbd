using Parallax.Annotations;
using Parallax.Nlp.Data;

namespace Parallax.Nlp.Ner;

/// <summary>A tokenized document for the recognizer: text, tokens, sentence token ranges, and gold labels when known.</summary>
public sealed class NerDocument
{
    public NerDocument(string text, Token[] tokens, Sentence[] sentences, int[]? gold)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Gold = gold;
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public Sentence[] Sentences { get; }
    public int[]? Gold { get; }

    public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Length);

    /// <summary>Joins gold-tokenized sentences (one per line) into a document; sentence spans cover their line.</summary>
    public static NerDocument FromSentences(IReadOnlyList<TaggedSentence> sentences, bool withGold)
    {
        var sb = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        var gold = new List<int>();
        foreach (var s in sentences)
        {
            var start = sb.Length;
            var first = tokens.Count;
            for (var i = 0; i < s.Words.Length; i++)
            {
                if (i > 0)
                    sb.Append(' ');
                tokens.Add(new Token(sb.Length, s.Words[i].Length, TokenKind.Word));
                sb.Append(s.Words[i]);
            }

            sb.Append('\n');
            spans.Add(new Sentence(start, sb.Length - start, first, s.Words.Length));
            if (withGold)
                gold.AddRange(NerLabels.FromBio(s.Tags));
        }

        return new NerDocument(sb.ToString(), [.. tokens], [.. spans], withGold ? [.. gold] : null);
    }
}
