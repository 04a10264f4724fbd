using System.Buffers;
using System.Runtime.CompilerServices;
using Parallax.Annotations;

namespace Parallax.Nlp.Text;

/// <summary>
/// Splits tokenized news text into sentences. Invariant: when the text has at least one token, the sentences
/// partition the whole text (the first starts at 0, each ends where the next starts, the last ends at the text's end),
/// so whitespace between sentences belongs to the sentence before it. A text without tokens has no sentences.
/// </summary>
public static class SentenceSplitter
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
            return [];
        var starts = ArrayPool<int>.Shared.Rent(tokens.Length + 1);
        try
        {
            var count = FindStarts(text, tokens, starts);
            var sentences = new Sentence[count];
            for (var k = 0; k < count; k++)
            {
                var first = starts[k];
                var nextFirst = k + 1 < count ? starts[k + 1] : tokens.Length;
                var start = k == 0 ? 0 : tokens[first].Start;
                var end = k + 1 < count ? tokens[nextFirst].Start : text.Length;
                sentences[k] = new Sentence(start, end - start, first, nextFirst - first);
            }

            return sentences;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    /// <summary>Writes the index of each sentence's first token into starts; returns the number of sentences.</summary>
    public static int FindStarts(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> starts)
    {
        var count = 0;
        starts[count++] = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (BreaksBefore(text, tokens, i))
                starts[count++] = i;
        }

        return count;
    }

    private static bool BreaksBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var next = tokens[i];
        var prev = tokens[i - 1];
        var gap = text[prev.End..next.Start];
        var newlines = gap.Count('\n');
        var first = text[next.Start];

        // A blank line always ends a paragraph, heading or list item.
        if (newlines >= 2)
            return true;

        // Walk back over closing quotes and brackets that belong to the sentence being ended.
        var j = i - 1;
        while (j > 0 && tokens[j].Length == 1 && CharClass.IsClosingQuoteOrBracket(text[tokens[j].Start]) && IsAttached(tokens[j - 1], tokens[j]))
            j--;
        var last = text.Slice(tokens[j].Start, tokens[j].Length);
        var terminal = IsTerminal(last);

        if (newlines == 1)
        {
            // A line break ends a line-based unit (headline, list item, dateline block) unless it only wraps a sentence.
            return terminal || !CharClass.IsLower(first);
        }

        if (gap.IsEmpty && !terminal)
            return false;

        if (terminal)
        {
            if (last[0] == '.' && last.Length == 1 && IsListNumber(text, tokens, j))
                return false;
            if (gap.IsEmpty && j == i - 1)
                return false;
            return StartsSentence(first);
        }

        // An abbreviation that swallowed the period: "in the U.S. The ..." ends, "Sgt. Smith" does not.
        if (last.Length > 1 && last[^1] == '.' && prev.Kind == TokenKind.Word && Abbreviations.MayEndSentence(last))
            return Abbreviations.IsSentenceStarter(text.Slice(next.Start, next.Length));
        return false;
    }

    private static bool IsTerminal(ReadOnlySpan<char> token) =>
        token.Length > 0 && (token[0] is '.' or '!' or '?' or '…' || (token.Length == 1 && token[0] is '‼' or '⁇' or '。'));

    private static bool IsAttached(Token before, Token quote) => before.End == quote.Start;

    private static bool StartsSentence(char c) =>
        !CharClass.IsLower(c) && c is not (',' or ';' or ':' or ')' or ']' or '}' or '%' or '-');

    /// <summary>"1." or "b." opening a line is a list marker, not a sentence.</summary>
    private static bool IsListNumber(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int period)
    {
        if (period == 0)
            return false;
        var marker = tokens[period - 1];
        if (marker.End != tokens[period].Start || marker.Length > 3)
            return false;
        if (marker.Kind != TokenKind.Number && !(marker.Length == 1 && CharClass.IsLower(text[marker.Start])))
            return false;
        var lineStart = text[..marker.Start].LastIndexOf('\n') + 1;
        return text[lineStart..marker.Start].IsWhiteSpace();
    }
}
