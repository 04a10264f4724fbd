using System.Text;
using Parallax.Annotations;

namespace Parallax.Nlp.Data;

/// <summary>A sentence of gold tokens with one or two tag columns, as read from training data.</summary>
public sealed record TaggedSentence(string[] Words, string[] Tags, string[] Tags2)
{
    /// <summary>The words joined by single spaces with their token offsets, the shape every tagger consumes.</summary>
    public (string Text, Token[] Tokens) Joined()
    {
        var sb = new StringBuilder();
        var tokens = new Token[Words.Length];
        for (var i = 0; i < Words.Length; i++)
        {
            if (i > 0)
                sb.Append(' ');
            tokens[i] = new Token(sb.Length, Words[i].Length, TokenKind.Word);
            sb.Append(Words[i]);
        }

        return (sb.ToString(), tokens);
    }
}
