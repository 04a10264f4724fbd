namespace Parallax.Extract;

/// <summary>
/// Language identification of our own. Non-Latin scripts decide directly (Arabic → ar, Han → zh, kana → ja,
/// Hangul → ko, Cyrillic → ru, Greek → el, Hebrew → he). Latin-script text is scored with character trigram
/// profiles built at start-up from short sample passages written for each language (function words dominate).
/// </summary>
public static class LanguageDetector
{
    private const int MaxChars = 3000;

    // Sample passages written for this detector: everyday news prose heavy in each language's function words.
    private static readonly (string Code, string Sample)[] Samples =
    [
        ("en", "the government said that it would not be able to do this and that there was no reason for the people of the city to be worried about what they have heard in the news this week. they were also told that the new plan will be ready by the end of the year, which is when the old one is set to run out. it is not clear how many of them will be there, but officials said they had been working with the other side for some time and would continue to do so."),
        ("de", "die regierung hat am montag erklärt, dass sie nicht mit der opposition über die neue reform sprechen werde. es ist noch nicht klar, wie viele menschen von den änderungen betroffen sind, aber die zahl der anträge ist in diesem jahr deutlich gestiegen. nach angaben des ministeriums sollen die ersten ergebnisse im herbst vorliegen. der bürgermeister sagte, er sei über die entwicklung sehr besorgt und wolle sich für eine schnelle lösung einsetzen, weil auch die stadt davon betroffen ist."),
        ("fr", "le gouvernement a déclaré lundi qu'il ne discuterait pas de la nouvelle réforme avec l'opposition. il n'est pas encore clair combien de personnes sont concernées par ces changements, mais le nombre des demandes a fortement augmenté cette année. selon le ministère, les premiers résultats devraient être connus à l'automne. le maire a dit qu'il était très inquiet de cette évolution et qu'il voulait trouver une solution rapide pour les habitants de la ville."),
        ("es", "el gobierno dijo el lunes que no hablaría con la oposición sobre la nueva reforma. todavía no está claro cuántas personas se verán afectadas por los cambios, pero el número de solicitudes ha aumentado mucho este año. según el ministerio, los primeros resultados se conocerán en otoño. el alcalde dijo que estaba muy preocupado por la situación y que quería encontrar una solución rápida para los vecinos de la ciudad, que también se ven afectados."),
        ("it", "il governo ha dichiarato lunedì che non discuterà della nuova riforma con l'opposizione. non è ancora chiaro quante persone saranno coinvolte dai cambiamenti, ma il numero delle domande è aumentato molto quest'anno. secondo il ministero, i primi risultati saranno noti in autunno. il sindaco ha detto di essere molto preoccupato per la situazione e che vuole trovare una soluzione rapida per gli abitanti della città, che sono anche loro coinvolti."),
        ("pt", "o governo disse na segunda-feira que não vai discutir a nova reforma com a oposição. ainda não está claro quantas pessoas serão afetadas pelas mudanças, mas o número de pedidos aumentou muito este ano. segundo o ministério, os primeiros resultados serão conhecidos no outono. o prefeito disse que estava muito preocupado com a situação e que quer encontrar uma solução rápida para os moradores da cidade, que também são afetados por isso."),
        ("nl", "de regering heeft maandag gezegd dat zij niet met de oppositie over de nieuwe hervorming zal praten. het is nog niet duidelijk hoeveel mensen door de veranderingen worden getroffen, maar het aantal aanvragen is dit jaar sterk gestegen. volgens het ministerie worden de eerste resultaten in het najaar verwacht. de burgemeester zei dat hij zich grote zorgen maakt over de ontwikkeling en dat hij snel een oplossing wil vinden voor de inwoners van de stad."),
        ("sv", "regeringen sade på måndagen att den inte kommer att diskutera den nya reformen med oppositionen. det är ännu inte klart hur många människor som påverkas av förändringarna, men antalet ansökningar har ökat kraftigt i år. enligt departementet väntas de första resultaten i höst. borgmästaren sade att han är mycket orolig över utvecklingen och att han vill hitta en snabb lösning för invånarna i staden."),
        ("pl", "rząd oświadczył w poniedziałek, że nie będzie rozmawiał z opozycją o nowej reformie. nie jest jeszcze jasne, ilu ludzi dotkną te zmiany, ale liczba wniosków w tym roku znacznie wzrosła. według ministerstwa pierwsze wyniki mają być znane jesienią. burmistrz powiedział, że jest bardzo zaniepokojony sytuacją i chce szybko znaleźć rozwiązanie dla mieszkańców miasta, którzy również są dotknięci."),
    ];

    private static readonly Dictionary<string, float>[] Profiles = BuildProfiles();

    /// <summary>An ISO 639-1 code, or null when the text has too few letters to judge.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, MaxChars)];
        int latin = 0, arabic = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0;
        foreach (var c in sample)
        {
            if (c < 0x250 && char.IsLetter(c))
                latin++;
            else if (c is >= '\u0600' and <= '\u06FF')
                arabic++;
            else if (c is >= '\u0400' and <= '\u04FF')
                cyrillic++;
            else if (c is >= '\u4E00' and <= '\u9FFF')
                han++;
            else if (c is >= '\u3040' and <= '\u30FF')
                kana++;
            else if (c is >= '\uAC00' and <= '\uD7AF')
                hangul++;
            else if (c is >= '\u0370' and <= '\u03FF')
                greek++;
            else if (c is >= '\u0590' and <= '\u05FF')
                hebrew++;
        }

        var total = latin + arabic + cyrillic + han + kana + hangul + greek + hebrew;
        if (total < 20)
            return null;
        if (kana > total / 10)
            return "ja";
        var (code, max) = ("la", latin);
        foreach (var (c, n) in (ReadOnlySpan<(string, int)>)[("ar", arabic), ("ru", cyrillic), ("zh", han), ("ko", hangul), ("el", greek), ("he", hebrew)])
        {
            if (n > max)
                (code, max) = (c, n);
        }

        return code == "la" ? Latin(sample) : code;
    }

    private static string? Latin(ReadOnlySpan<char> text)
    {
        Span<float> scores = stackalloc float[Samples.Length];
        Span<char> gram = stackalloc char[3];
        char a = ' ', b = ' ';
        var grams = 0;
        foreach (var raw in text)
        {
            var c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
            if (c == ' ' && b == ' ')
                continue;
            gram[0] = a;
            gram[1] = b;
            gram[2] = c;
            a = b;
            b = c;
            grams++;
            for (var l = 0; l < Profiles.Length; l++)
            {
                var lookup = Profiles[l].GetAlternateLookup<ReadOnlySpan<char>>();
                scores[l] += lookup.TryGetValue(gram, out var w) ? w : -1f;
            }
        }

        if (grams < 10)
            return null;
        var best = 0;
        for (var l = 1; l < scores.Length; l++)
        {
            if (scores[l] > scores[best])
                best = l;
        }

        return Samples[best].Code;
    }

    private static Dictionary<string, float>[] BuildProfiles()
    {
        var profiles = new Dictionary<string, float>[Samples.Length];
        for (var l = 0; l < Samples.Length; l++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var s = " " + Samples[l].Sample.Replace(',', ' ').Replace('.', ' ').Replace('\'', ' ') + " ";
            var total = 0;
            for (var i = 0; i + 3 <= s.Length; i++)
            {
                var g = s.Substring(i, 3);
                if (g[1] == ' ' && (g[0] == ' ' || g[2] == ' '))
                    continue;
                counts[g] = counts.GetValueOrDefault(g) + 1;
                total++;
            }

            var profile = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var (g, n) in counts)
                profile[g] = MathF.Log(1 + (n * 1000f / total));
            profiles[l] = profile;
        }

        return profiles;
    }
}
