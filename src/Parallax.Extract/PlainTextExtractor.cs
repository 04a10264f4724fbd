using System.Collections.Immutable;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Extract;

/// <summary>
/// Plain-text captures: the first non-empty line is the title, and each remaining line
/// (or run of lines without a blank between) is a paragraph.
/// </summary>
public static class PlainTextExtractor
{
    public static Article Extract(RawDocument raw, string text)
    {
        var removed = ImmutableArray.CreateBuilder<RemovedSpan>();
        var body = new TextBuilder();
        string? title = null;
        foreach (var (start, length) in Lines(text))
        {
            var line = text.AsSpan(start, length);
            if (line.IsWhiteSpace())
                continue;
            if (title is null)
            {
                title = TextBuilder.Fold(line);
                removed.Add(new RemovedSpan(start, length, "title"));
                continue;
            }

            body.AddParagraph(line);
        }

        var meta = new ArticleMetadata { Title = title ?? raw.TitleHint, Published = raw.PublishedHint };
        return new Article(raw.Source, text, body.ToString(), meta) { Removed = removed.ToImmutable() };
    }

    public static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
                continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            yield return (start, end - start);
            start = i + 1;
        }

        if (start < text.Length)
            yield return (start, text.Length - start);
    }
}
