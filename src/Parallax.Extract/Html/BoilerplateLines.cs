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
        "most popular", "popular posts", "recent posts", "latest news", "about the author", "leave a reply", "leave a comment",
        "comments", "join the conversation", "sign up", "subscribe", "newsletter", "share this", "tags", "filed under",
        "advertisement", "sponsored",

        // German
        "mehr zum thema", "mehr zu diesem thema", "mehr aus", "mehr themen", "mehr artikel", "mehr nachrichten", "mehr kolumnen",
        "lesen sie auch", "lesen sie mehr", "lies auch", "lies mehr", "weiterlesen", "zum weiterlesen", "weitere artikel",
        "weitere beiträge", "weitere themen", "weitere informationen", "weitere infos", "weitere nachrichten", "weiterführende",
        "das könnte sie auch interessieren", "das könnte dich auch interessieren", "das thema könnte", "auch interessant",
        "ebenfalls interessant", "empfohlene", "empfehlungen", "ähnliche artikel", "ähnliche beiträge", "verwandte artikel",
        "verwandte themen", "schon gelesen", "beliebte beiträge", "neueste beiträge", "meistgelesen", "über den autor",
        "über die autorin", "kommentare", "kommentieren", "kommentar schreiben", "keine kommentare", "hinterlasse einen kommentar",
        "schreibe einen kommentar", "diskutieren sie mit", "artikel teilen", "diesen artikel teilen", "beitrag teilen",
        "jetzt abonnieren", "schlagworte", "schlagwörter",

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
        "back to top", "zurück", "permalink", "permalien",
    ];

    public static bool IsOpener(ReadOnlySpan<char> line)
    {
        var t = Core(line);
        if (t.Length == 0 || t.Length > 100)
            return false;

        // A long line only counts when it ends like a heading that announces a list ("Weitere Informationen zum Thema:").
        var longLine = t.Length > 60;
        if (longLine && line.TrimEnd()[^1] != ':')
            return false;
        foreach (var o in Openers)
        {
            if (t.StartsWith(o, StringComparison.OrdinalIgnoreCase) && (t.Length == o.Length || !char.IsLetter(t[o.Length]) || o[^1] == ' '))
                return true;
        }

        return false;
    }

    public static bool IsLabel(ReadOnlySpan<char> line)
    {
        var t = Core(line);
        if (t.Length is 0 or > 20)
            return false;
        foreach (var l in Labels)
        {
            if (t.Equals(l, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>The line without bullets, dashes and a closing colon, ellipsis or arrow.</summary>
    private static ReadOnlySpan<char> Core(ReadOnlySpan<char> line) =>
        line.Trim().TrimStart("-–—•·*|>»›#".AsSpan()).TrimEnd(":.…!?»›→>-–— ".AsSpan()).Trim();
}
