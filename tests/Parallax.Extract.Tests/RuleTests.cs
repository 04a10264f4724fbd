using Parallax.Extract.Html;

namespace Parallax.Extract.Tests;

public sealed class RuleTests
{
    [Theory]
    [InlineData("WASHINGTON – Thirty nations met.", "WASHINGTON", 13)]
    [InlineData("PARIS — The talks opened.", "PARIS", 8)]
    [InlineData("NEW YORK (AP) — Stocks fell.", "NEW YORK", 16)]
    [InlineData("LONDON, England -- Rain again.", "LONDON, England", 19)]
    [InlineData("U.S. officials said on Monday.", null, 0)]
    [InlineData("The mayor — who spoke late — agreed.", null, 0)]
    public void Dateline_is_found_with_its_length(string line, string? place, int length)
    {
        Assert.Equal(length, LineRules.Dateline(line, out var p));
        Assert.Equal(place, p);
    }

    [Theory]
    [InlineData("Crowds gather at the square. (photo credit: REUTERS)", true)]
    [InlineData("The view from the school window. (Jane Roe / The Herald)", true)]
    [InlineData("Victims of the storm. (Courtesy photos)", true)]
    [InlineData("He said the plan (which failed) was sound.", false)]
    [InlineData("Prices rose (by 3 percent)", false)]
    public void Trailing_credit_is_recognised(string line, bool expected) => Assert.Equal(expected, LineRules.EndsWithCredit(line));

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("By JANE DOE | 5 min read", "JANE DOE")]
    [InlineData("5 Minute Read", null)]
    [InlineData("March 3, 2024", null)]
    [InlineData("https://example.com/authors/jane", null)]
    [InlineData("Von Max Muster", "Max Muster")]
    public void Bylines_keep_only_names(string input, string? expected) => Assert.Equal(expected, MetadataReader.CleanByline(input));

    [Theory]
    [InlineData("Bridge reopens | The Courier", "The Courier", false, "Bridge reopens")]
    [InlineData("Bridge reopens after long repairs - Courier", null, false, "Bridge reopens after long repairs")]
    [InlineData("Bridge reopens", "The Courier", true, "Bridge reopens")]
    [InlineData("Q&A - part one", null, true, "Q&A - part one")]
    public void Site_suffix_is_stripped_from_titles(string title, string? site, bool onlyKnown, string expected) =>
        Assert.Equal(expected, MetadataReader.StripSite(title, site, onlyKnown));

    [Theory]
    [InlineData("2023-05-14T09:30:00+01:00", "2023-05-14")]
    [InlineData("Sun, 14 May 2023 09:30:00 GMT", "2023-05-14")]
    [InlineData("May 14, 2023", "2023-05-14")]
    [InlineData("14. März 2023", "2023-03-14")]
    [InlineData("2031-01-01T00:00:00Z", null)]
    [InlineData("not a date", null)]
    public void Dates_parse_and_future_dates_are_rejected(string input, string? expected)
    {
        var crawl = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, DateParser.Parse(input, crawl)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://x.example/news/2023/05/14/story", "2023-05-14")]
    [InlineData("https://x.example/2023-05-14-story", "2023-05-14")]
    [InlineData("https://x.example/2023/05/story", null)]
    [InlineData("https://x.example/2099/01/01/story", null)]
    public void Url_dates_need_a_full_date(string url, string? expected) =>
        Assert.Equal(expected, DateParser.FromUrl(url, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero))?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("en", "The minister said on Tuesday that the government would not change its plans for the new railway line.")]
    [InlineData("de", "Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für die neue Bahnstrecke nicht ändern werde.")]
    [InlineData("fr", "Le ministre a déclaré mardi que le gouvernement ne changerait pas ses projets pour la nouvelle ligne de chemin de fer.")]
    [InlineData("es", "El ministro dijo el martes que el gobierno no cambiaría sus planes para la nueva línea de ferrocarril.")]
    [InlineData("it", "Il ministro ha detto martedì che il governo non cambierà i suoi piani per la nuova linea ferroviaria.")]
    [InlineData("pt", "O ministro disse na terça-feira que o governo não vai mudar os seus planos para a nova linha de comboio.")]
    [InlineData("nl", "De minister zei dinsdag dat de regering haar plannen voor de nieuwe spoorlijn niet zal veranderen.")]
    [InlineData("ru", "Министр заявил во вторник, что правительство не изменит свои планы по новой железной дороге.")]
    [InlineData("ar", "قال الوزير يوم الثلاثاء إن الحكومة لن تغير خططها بشأن خط السكك الحديدية الجديد.")]
    [InlineData("zh", "部长星期二表示，政府不会改变新铁路线的计划，工程将按时完成。")]
    public void Language_is_detected(string expected, string text) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("de_DE", "de")]
    [InlineData("FR", "fr")]
    [InlineData("x", null)]
    [InlineData("", null)]
    public void Language_tags_are_normalised(string tag, string? expected) => Assert.Equal(expected, HtmlExtractor.NormalizeLanguage(tag));
}

public sealed class ComposerTests
{
    [Theory]
    [InlineData("gepru\u0308ft", "geprüft")]
    [InlineData("Cafe\u0301 cre\u0300me", "Café crème")]
    [InlineData("already composed ü", "already composed ü")]
    [InlineData("\u0308 leading mark", "\u0308 leading mark")]
    [InlineData("S\u030Co\u0303", "Šõ")]
    public void Base_letter_and_combining_mark_are_composed(string input, string expected) => Assert.Equal(expected, Composer.Compose(input));
}
