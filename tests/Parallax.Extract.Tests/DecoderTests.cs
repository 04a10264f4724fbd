using System.Text;
using Parallax.Extract.Decoding;

namespace Parallax.Extract.Tests;

public sealed class DecoderTests
{
    static DecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8_bom_wins()
    {
        var d = TextDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']);
        Assert.Equal("hi", d.Text);
        Assert.Equal("bom", d.Method);
    }

    [Fact]
    public void Utf16_big_endian_without_bom_is_sniffed()
    {
        var d = TextDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("plain words in big endian order"));
        Assert.Equal("plain words in big endian order", d.Text);
        Assert.Equal("utf-16 pattern", d.Method);
    }

    [Fact]
    public void Meta_charset_declares_a_legacy_encoding()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 cr\u00e8me \u2013 na\u00efve</p></body></html>";
        var d = TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(html));
        Assert.Contains("Café crème – naïve", d.Text, StringComparison.Ordinal);
        Assert.Equal("declared charset", d.Method);
        Assert.Equal(0, d.Repaired);
    }

    [Fact]
    public void Http_charset_hint_comes_before_the_meta_tag()
    {
        var bytes = Encoding.GetEncoding("iso-8859-7").GetBytes("<meta charset=\"utf-8\"><p>Καλημέρα</p>");
        var d = TextDecoder.Decode(bytes, "iso-8859-7");
        Assert.Contains("Καλημέρα", d.Text, StringComparison.Ordinal);
        Assert.Equal("http charset", d.Method);
    }

    [Fact]
    public void Invalid_utf8_is_repaired_and_counted()
    {
        byte[] bytes = [.. "<meta charset=utf-8><p>good "u8, 0xC3, 0x28, .. " and bad "u8, 0xFF, .. " bytes</p>"u8];
        var d = TextDecoder.Decode(bytes);
        Assert.Equal(2, d.Repaired);
        Assert.Contains('\uFFFD', d.Text);
        Assert.NotNull(d.Warning);
    }

    [Theory]
    [InlineData("shift_jis", "政府は火曜日、新しい鉄道路線の計画を変更しないと発表した。工事は予定通りに進められる見通しだ。関係者によると、住民への説明会も来月開かれる。")]
    [InlineData("gb2312", "政府星期二表示，不会改变新铁路线的计划，工程将按时完成。有关人士说，下个月还将举行居民说明会，听取大家的意见和建议。")]
    [InlineData("windows-1252", "Les élèves ont déjà reçu leurs résultats, et la réunion aura lieu à l'école après les fêtes de fin d'année, à côté du théâtre.")]
    public void Undeclared_legacy_encodings_are_detected(string encoding, string text)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text + " " + text + " " + text);
        var d = TextDecoder.Decode(bytes);
        Assert.StartsWith(text, d.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_utf8_under_a_latin1_label_is_read_as_utf8()
    {
        var d = TextDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>Grüße</p>"));
        Assert.Contains("Grüße", d.Text, StringComparison.Ordinal);
    }
}
