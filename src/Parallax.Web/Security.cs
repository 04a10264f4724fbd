using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Parallax.Web;

/// <summary>Write endpoints need "Authorization: Bearer TOKEN" whenever the server was given a token.</summary>
public sealed class TokenFilter(WebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.Token is { Length: > 0 } token && !Matches(context.HttpContext.Request, token))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem("this server needs its API token for writes: send 'Authorization: Bearer TOKEN'",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        return await next(context);
    }

    private static bool Matches(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        // Constant-time, so the token cannot be guessed byte by byte from response times.
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}

/// <summary>
/// Headers on every response. The CSP allows scripts and styles only from this server's own files: no inline script,
/// no eval, no plugins, no framing; untrusted article text can therefore never run as script even if it reached markup.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next();
    }
}
