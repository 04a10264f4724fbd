namespace Parallax.Extract.Decoding;

/// <summary>Decoded text, the encoding that was used and how it was chosen, and any repairs made.</summary>
public sealed record DecodedText(string Text, string Encoding, string Method, int Repaired)
{
    /// <summary>A warning for the article when invalid byte sequences were replaced, else null.</summary>
    public string? Warning => Repaired == 0
        ? null
        : $"{Repaired} invalid byte sequence{(Repaired == 1 ? "" : "s")} in {Encoding} replaced with U+FFFD";
}
