using System.Globalization;
using System.Runtime.CompilerServices;

namespace Parallax.Nlp.Text;

/// <summary>Character tests used by the tokenizer and splitter; ASCII is answered without Unicode tables.</summary>
internal static class CharClass
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : IsWordCharBeyondAscii(c);

    private static bool IsWordCharBeyondAscii(char c)
    {
        if (char.IsLetterOrDigit(c))
            return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Word character at i, including a letter outside the BMP; returns its length in UTF-16 units, 0 if none.</summary>
    public static int WordCharAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (!char.IsSurrogate(c))
            return IsWordChar(c) ? 1 : 0;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
            return cat <= UnicodeCategory.OtherLetter || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark ? 2 : 0;
        }

        return 0;
    }

    public static bool IsSpace(char c) =>
        c == ' ' || (c < 128 ? (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD' or '\u2060');

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    public static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public static bool IsOpeningQuoteOrBracket(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '{' or '„' or '‹';

    public static bool IsClosingQuoteOrBracket(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}' or '›';
}
