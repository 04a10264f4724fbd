using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Parallax.Web;

/// <summary>
/// The UI's files, embedded in this assembly at build time and held in memory: a fresh clone needs no Node and no
/// files beside the binary. Every page route returns the same shell; the script renders the page for its path.
/// </summary>
public static class StaticAssets
{
    private sealed record Asset(byte[] Content, string ContentType, string ETag);

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    public static readonly string[] PageRoutes = ["/", "/stories/{id}", "/articles/{id}", "/entities", "/entities/{id}", "/search", "/ingest"];

    private static FrozenDictionary<string, Asset> Load()
    {
        var asm = typeof(StaticAssets).Assembly;
        var map = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in asm.GetManifestResourceNames())
        {
            if (!name.StartsWith("wwwroot/", StringComparison.Ordinal))
                continue;
            using var stream = asm.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            var bytes = ms.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
            map[name["wwwroot".Length..]] = new Asset(bytes, ContentType(name), etag);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{**path}", (HttpContext ctx, string path) => Serve(ctx, "/static/" + path, "no-cache")).ExcludeFromDescription();
        foreach (var route in PageRoutes)
            app.MapGet(route, (HttpContext ctx) => Serve(ctx, "/index.html", "no-cache")).ExcludeFromDescription();
        app.MapGet("/favicon.ico", (HttpContext ctx) => Serve(ctx, "/static/favicon.svg", "max-age=86400")).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext ctx, string path, string cacheControl)
    {
        if (!Assets.TryGetValue(path, out var asset))
            return TypedResults.Problem($"no file {path}", statusCode: 404, title: "Not found");
        ctx.Response.Headers.CacheControl = cacheControl;
        ctx.Response.Headers.ETag = asset.ETag;
        if (ctx.Request.Headers.IfNoneMatch == asset.ETag)
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
