using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Parallax.Model;
using Parallax.Stages;

namespace Parallax.Ingest;

/// <summary>
/// JSON Lines: one object per line, <c>{url?, html? | text?, title?, published?, outlet?}</c>. Read as a stream;
/// a bad line becomes an error for that line and reading goes on.
/// </summary>
public sealed class JsonlSource(string path) : ISource
{
    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        using (reader)
        {
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                yield return Parse(line, $"{path}:{lineNumber}");
            }
        }
    }

    public static SourceItem Parse(string line, string where)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
                return SourceItem.Fail(where, "JSONL line is not an object");
            var url = Str(o, "url");
            var html = Str(o, "html");
            var text = Str(o, "text");
            if (html is null && text is null)
                return SourceItem.Fail(where, "JSONL line has neither \"html\" nor \"text\"");
            var published = Str(o, "published") is { } p && DateTimeOffset.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d : (DateTimeOffset?)null;
            var source = new SourceInfo(where, url, Str(o, "outlet"));
            var bytes = Encoding.UTF8.GetBytes(html ?? text!);
            return SourceItem.Ok(new RawDocument(source, bytes, html is not null ? RawFormat.Html : RawFormat.PlainText)
            {
                Charset = "utf-8",
                TitleHint = Str(o, "title"),
                PublishedHint = published,
            });
        }
        catch (JsonException ex)
        {
            return SourceItem.Fail(where, "invalid JSON: " + ex.Message);
        }
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
