using System.Text;

namespace Parallax.Extract;

/// <summary>Assembles cleaned text paragraph by paragraph: whitespace folded, paragraphs joined by a blank line.</summary>
public sealed class TextBuilder
{
    private readonly StringBuilder _sb = new();

    public int Length => _sb.Length;

    public void AddParagraph(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
            return;
        if (_sb.Length > 0)
            _sb.Append("\n\n");
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
                _sb.Append(' ');
            space = false;
            _sb.Append(c);
        }
    }

    public override string ToString() => _sb.ToString();

    /// <summary>Folds runs of white space into one space and trims.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var b = new TextBuilder();
        b.AddParagraph(text);
        return b.ToString();
    }
}
