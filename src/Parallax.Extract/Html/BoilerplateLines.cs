namespace Parallax.Extract.Html;

/// <summary>
/// Short lines whose wording marks page furniture in English, German, French and Spanish: openers of a section
/// that is not the story ("Mehr zum Thema", "Related Coverage", "À lire aussi", "Comments") and lone widget labels
/// ("Teilen", "Advertisement"). Only short blocks are tested, so a sentence that merely starts the same way is kept.
/// </summary>
internal static class BoilerplateLines
{
    /// <summary>Open a block of links, teasers, comments, an author box or a sign-up form.</summary>
    private static readonly string[] Openers =
    [
        // English
        "related", "read more", "read also", "also read", "read next", "see also", "more from", "more on ", "more stories",
        "more news", "more articles", "you may also like", "you might also like", "you may also be interested", "recommended",
        "editors' recommendations", "editors’ recommendations", "editor's picks", "further reading", "trending", "most read",
        "was this article helpful", "table of contents", "more like this", "read this next", "what to read next", "up next",
        "next article", "previous article", "most popular", "popular posts", "recent posts", "latest news", "about the author",
        "leave a reply", "leave a comment", "comments", "join the conversation", "sign up", "subscribe", "newsletter", "share this",
        "tags", "filed under", "advertisement", "sponsored",

        // German
        "mehr zum thema", "mehr zu diesem thema", "mehr aus", "mehr themen", "mehr artikel", "mehr nachrichten", "mehr kolumnen",
        "lesen sie auch", "lesen sie mehr", "lies auch", "lies mehr", "weiterlesen", "zum weiterlesen", "weitere artikel",
        "weitere beiträge", "weitere themen", "weitere informationen", "weitere infos", "weitere nachrichten", "weiterführende",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das thema könnte", "auch interessant",
        "ebenfalls interessant", "empfohlene", "empfehlungen", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
        "verwandte themen", "schon gelesen", "beliebte beiträge", "neueste beiträge", "meistgelesen", "über den autor",
        "über die autorin", "kommentare", "kommentieren", "kommentar schreiben", "keine kommentare", "hinterlasse einen kommentar",
        "schreibe einen kommentar", "diskutieren sie mit", "artikel teilen", "diesen artikel teilen", "beitrag teilen",
        "jetzt abonnieren", "schlagworte", "schlagwörter", "möchten sie den artikel teilen",
        "war der artikel", "war dieser artikel", "lust auf mehr", "inhaltsverzeichnis", "weitere meldungen", "diese artikel könnten",
        "könnte sie auch interessieren", "könnte dich auch interessieren", "könnte euch auch interessieren",
        "das könnte euch auch interessieren", "nächster artikel", "vorheriger artikel",

        // French
        "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi", "sur le même sujet", "articles similaires",
        "articles liés", "à voir aussi", "à découvrir", "plus d'articles", "commentaires", "abonnez-vous", "à propos de l'auteur",

        // Spanish
        "lee también", "lea también", "te puede interesar", "le puede interesar", "noticias relacionadas", "más sobre",
        "más noticias", "temas relacionados", "comentarios", "suscríbete",
    ];

    /// <summary>Labels that are furniture only when they are the whole line.</summary>
    private static readonly string[] Labels =
    [
        "teilen", "share", "partager", "compartir", "anzeige", "werbung", "publicité", "publicidad", "ad", "print", "drucken",
        "rezept drucken", "bild anzeigen", "loading", "tweet", "e-mail", "email", "kontakt", "contact", "top", "nach oben",
        "back to top", "zurück", "permalink", "permalien", "no ratings yet", "noch keine bewertungen", "be the first to comment",
        "no comments", "no comments yet", "noch keine kommentare", "0 comments", "0 kommentare",
    ];

    /// <summary>Post meta and comment-state lines that blogs put under the text; they run long with their category lists.</summary>
    private static readonly string[] MetaStarts =
    [
        "this entry was posted", "posted in ", "comments are closed", "dieser eintrag wurde", "dieser beitrag wurde",
        "der beitrag wurde", "veröffentlicht unter", "abgelegt unter", "kommentare geschlossen", "kommentarfeed", "erstellt am ",
        "©", "copyright ©", "copyright (c)", "copyright 19", "copyright 20", "all rights reserved", "alle rechte vorbehalten", "permalink",
    ];

    /// <summary>Appeals to the reader (subscribe, follow, write in, donate) that close news pages; they run to a sentence or two.</summary>
    private static readonly string[] Appeals =
    [
        // English
        "never miss", "don't miss", "don’t miss", "we want to hear", "submit your letter", "submit a letter", "to view the full story",
        "to read the full story", "to continue reading", "for the latest news", "for the latest stories", "for the latest updates",
        "stay up-to-date", "stay up to date", "stay informed", "if you enjoyed", "if you liked this", "if you're already a subscriber",
        "if you’re already a subscriber", "already a subscriber", "click here to", "download our app", "download the app", "follow us",
        "like us on", "support our journalism", "support independent journalism", "become a member", "become a subscriber",
        "got a news tip", "got a story", "have a news tip", "sign up for", "sign up to", "subscribe to", "subscribe now",

        // German
        "jetzt abonnieren", "abonnieren sie", "folgen sie uns", "folge uns", "sie lesen gern", "gefällt dir unser", "gefällt ihnen unser",
        "unterstützen sie uns", "unterstütze uns", "jetzt spenden", "melden sie sich jetzt", "jetzt anmelden", "zum newsletter",

        // Spanish
        "suscríbete", "síguenos", "hazte miembro", "hazte socio",
    ];

    /// <summary>Picture credits set as a line of their own ("Titelbild: ...", "Photograph by ...").</summary>
    private static readonly string[] CreditStarts =
    [
        "titelbild", "beitragsbild", "bildquelle", "bildnachweis", "bildrechte", "fotonachweis", "credits", "credit", "crédits photo",
        "crédit photo", "photograph by", "photo by", "photo source", "image source", "image credit", "photo credit", "header image",
        "featured image", "foto", "fotos", "photo", "image", "abbildung", "grafik", "quelle",

        // Contact lines under press releases ("Telefon: ...", "E-Mail: ...") follow the same "label: value" shape.
        "telefon", "tel", "fax", "phone", "e-mail", "email", "pressekontakt", "media contact",
    ];

    private static readonly string[] PictureWords =
        ["photo", "foto", "bild", "image", "picture", "getty", "istock", "shutterstock", "credit", "abbildung", "grafik", "illustration"];

    private static readonly Phrases OpenerSet = new(Openers);
    private static readonly Phrases LabelSet = new(Labels);
    private static readonly Phrases MetaSet = new(MetaStarts);
    private static readonly Phrases CreditSet = new(CreditStarts);
    private static readonly Phrases AppealSet = new(Appeals);

    /// <summary>An opener, a label, a post-meta line or a picture credit.</summary>
    public static bool IsBoilerplate(ReadOnlySpan<char> line) => IsOpener(line) || IsFurniture(line);

    /// <summary>A label, a post-meta line or a picture credit: never part of the story.</summary>
    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        var t = Core(line);
        return t.Length switch
        {
            0 or > 300 => false,
            <= 30 when LabelSet.Match(t, Rule.Whole) => true,
            _ => MetaSet.Match(t, Rule.Prefix) || (t.Length <= 250 && (AppealSet.Match(t, Rule.Word) || FollowOnSocial(t)))
                || (t.Length <= 120 && CreditSet.Match(t, Rule.Credit)) || (t.Length <= 200 && EndsWithPictureCredit(line)),
        };
    }

    /// <summary>
    /// A caption set as a paragraph ends in its picture credit: "(Jane Doe / Stock.com)", "(Photo: Harbour Trust)".
    /// A news agency alone, as in "... (AP)", ends stories too, so it does not count.
    /// </summary>
    private static bool EndsWithPictureCredit(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        if (t.Length < 3 || t[^1] != ')')
            return false;
        var open = t.LastIndexOf('(');
        if (open <= 0 || t.Length - open > 80)
            return false;
        var inner = t[(open + 1)..^1];

        // A spaced slash separates photographer and agency; "(2019/20)" and "(km/h)" are not credits.
        if (inner.Contains(" /", StringComparison.Ordinal) || inner.Contains("/ ", StringComparison.Ordinal))
            return true;
        foreach (var w in PictureWords)
        {
            if (ContainsWord(inner, w))
                return true;
        }

        return false;
    }

    /// <summary>Whether the word occurs on its own ("Foto: dpa", "iStock.com" for "istock"), not inside another ("Bildung").</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                return false;
            at += from;
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                return true;
            from = at + 1;
        }

        return false;
    }

    /// <summary>"Follow The Herald on Twitter and Facebook": "follow" only counts with a network named.</summary>
    private static bool FollowOnSocial(ReadOnlySpan<char> t) =>
        t.StartsWith("follow ", StringComparison.OrdinalIgnoreCase)
        && (t.Contains("twitter", StringComparison.OrdinalIgnoreCase) || t.Contains("facebook", StringComparison.OrdinalIgnoreCase)
            || t.Contains("instagram", StringComparison.OrdinalIgnoreCase));

    public static bool IsOpener(ReadOnlySpan<char> line)
    {
        var t = Core(line);
        if (t.Length == 0 || t.Length > 100)
            return false;

        // A long line only counts when it ends like a heading that announces a list ("Weitere Informationen zum Thema:").
        var end = line.TrimEnd();
        if (t.Length > 60 && end[^1] != ':')
            return false;

        // A sentence of a few words with a full stop ("Comments were few at the meeting.") is prose, not a label.
        if (end[^1] == '.' && !end.EndsWith("...", StringComparison.Ordinal) && end.Count(' ') >= 4)
            return false;
        return OpenerSet.Match(t, Rule.Word);
    }

    public static bool IsLabel(ReadOnlySpan<char> line)
    {
        var t = Core(line);
        return t.Length is > 0 and <= 30 && LabelSet.Match(t, Rule.Whole);
    }

    /// <summary>The line without bullets, dashes, enclosing parentheses and a closing colon, ellipsis or arrow.</summary>
    private static ReadOnlySpan<char> Core(ReadOnlySpan<char> line) =>
        line.Trim().TrimStart("-–—•·*|>»›#(".AsSpan()).TrimEnd(":.…!?»›→>-–—) ".AsSpan()).Trim();

    private enum Rule
    {
        /// <summary>The phrase starts the line and ends at a word boundary (or itself ends in a space).</summary>
        Word,

        /// <summary>The phrase starts the line.</summary>
        Prefix,

        /// <summary>The phrase is the whole line.</summary>
        Whole,

        /// <summary>"Foto: dpa", "Foto © Jane Doe" and "Photograph by Jane Doe" are credits; "Fotografen sagen ..." and "Photo editors ..." are not.</summary>
        Credit,
    }

    /// <summary>Phrases bucketed by first letter, so a line is compared only with the few that could start it.</summary>
    private sealed class Phrases
    {
        private readonly Dictionary<char, string[]> _byFirst;

        public Phrases(string[] items) =>
            _byFirst = items.GroupBy(i => char.ToLowerInvariant(i[0])).ToDictionary(g => g.Key, g => g.ToArray());

        public bool Match(ReadOnlySpan<char> t, Rule rule)
        {
            if (!_byFirst.TryGetValue(char.ToLowerInvariant(t[0]), out var list))
                return false;
            foreach (var p in list)
            {
                if (!t.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                    continue;
                var rest = t[p.Length..];
                var ok = rule switch
                {
                    Rule.Word => rest.IsEmpty || !char.IsLetter(rest[0]) || p[^1] == ' ',
                    Rule.Prefix => true,
                    Rule.Whole => rest.IsEmpty,
                    _ => !rest.IsEmpty && (rest.TrimStart() is [':' or '©', ..] || p.Contains(' ', StringComparison.Ordinal)),
                };
                if (ok)
                    return true;
            }

            return false;
        }
    }
}
