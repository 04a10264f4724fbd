using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Parallax.Model;

namespace Parallax.Web.Api;

/// <summary>
/// POST /api/articles: one article or a batch, as JSON ({text|html|url, title?, outlet?, published?, sourceUrl?} or an
/// array of them) or as a multipart upload of files (field "files", optional "outlet"). URL fetching is not in this
/// build: a url item is answered with 501 and nothing is fetched.
/// </summary>
public static class IngestApi
{
    public const int MaxBatch = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/articles", Ingest).WithTags("write")
            .WithSummary("Ingest articles: JSON (one object or an array) or multipart file upload. Needs the API token when the server has one.")
            .Accepts<ArticleInput[]>("application/json", "multipart/form-data")
            .DisableAntiforgery()
            .AddEndpointFilter<TokenFilter>();
    }

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Ingest(HttpRequest request, IngestService ingest, WebOptions options, CancellationToken ct)
    {
        var inputs = new List<RawDocument>();
        var rejected = new List<IngestItem>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var outlet = Params.Blank(form["outlet"].ToString());
            if (form.Files.Count == 0)
                return Problems.BadRequest("the upload has no files (field 'files')");
            if (form.Files.Count > MaxBatch)
                return Problems.BadRequest($"at most {MaxBatch} files per request");
            foreach (var file in form.Files)
            {
                var name = Path.GetFileName(file.FileName);
                if (file.Length == 0 || file.Length > options.MaxDocumentBytes)
                {
                    rejected.Add(new IngestItem(name, "failed", null, null, file.Length == 0 ? "read: empty file (0 bytes)" : $"read: file is {file.Length:N0} bytes, over the {options.MaxDocumentBytes:N0}-byte limit"));
                    continue;
                }

                using var ms = new MemoryStream((int)file.Length);
                await file.CopyToAsync(ms, ct);
                var format = Path.GetExtension(name).ToLowerInvariant() switch
                {
                    ".html" or ".htm" or ".xhtml" => RawFormat.Html,
                    ".txt" or ".text" => RawFormat.PlainText,
                    _ => RawFormat.Unknown,
                };
                inputs.Add(new RawDocument(new SourceInfo(name, null, outlet), ms.ToArray(), format));
            }
        }
        else if (request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            List<ArticleInput>? items;
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
                items = doc.RootElement.ValueKind == JsonValueKind.Array
                    ? doc.RootElement.Deserialize<List<ArticleInput>>(JsonOptions)
                    : [doc.RootElement.Deserialize<ArticleInput>(JsonOptions)!];
            }
            catch (JsonException ex)
            {
                return Problems.BadRequest("the body is not valid JSON for an article or a list of articles: " + ex.Message);
            }

            if (items is null || items.Count == 0)
                return Problems.BadRequest("no articles in the request");
            if (items.Count > MaxBatch)
                return Problems.BadRequest($"at most {MaxBatch} articles per request");
            for (var i = 0; i < items.Count; i++)
            {
                var it = items[i];
                var given = (it.Text is null ? 0 : 1) + (it.Html is null ? 0 : 1) + (it.Url is null ? 0 : 1);
                if (given != 1)
                    return Problems.BadRequest($"article {i}: give exactly one of text, html or url");
                if (it.Url is not null)
                {
                    return TypedResults.Problem(
                        "fetching articles by URL is not available in this build; post the page's HTML (html) or its text instead",
                        statusCode: StatusCodes.Status501NotImplemented, title: "Not implemented");
                }

                inputs.Add(IngestService.FromInput(it, i));
            }
        }
        else
        {
            return TypedResults.Problem("send application/json or multipart/form-data", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        return TypedResults.Ok(await ingest.IngestAsync(inputs, rejected, ct));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
