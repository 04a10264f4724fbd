using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parallax.Pipeline;
using Parallax.Web.Api;

namespace Parallax.Web;

/// <summary>Builds the server: Kestrel, the API, the OpenAPI document at /openapi/v1.json and the UI.</summary>
public static class WebApp
{
    public static WebApplication Build(WebOptions options, Engine? engine = null)
    {
        if (options.CheckBinding() is { } refusal)
            throw new InvalidOperationException(refusal);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxBodyBytes;
            f.ValueCountLimit = 64;
        });

        var stores = new StoreService(options.Db);
        stores.SyncEntityIndexAsync(CancellationToken.None).GetAwaiter().GetResult();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(new IngestService(engine ?? Engine.CreateDefault(), stores));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Parallax API";
            doc.Info.Version = Engine.Version;
            doc.Info.Description = "Stories compared across outlets, articles with stand-off annotations, entities, full-text search and events.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Use(SecurityHeaders.Apply);
        // A body over the limit or a malformed request surfaces as BadHttpRequestException: answer with its own status.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.MapOpenApi();
        ReadApi.Map(app);
        FindApi.Map(app);
        EventsApi.Map(app);
        IngestApi.Map(app);
        StaticAssets.Map(app);
        app.MapFallback((HttpContext ctx) => TypedResults.Problem($"no resource at {ctx.Request.Path}", statusCode: 404, title: "Not found"))
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).ExcludeFromDescription();
        app.Lifetime.ApplicationStopped.Register(stores.Dispose);
        return app;
    }

    /// <summary>The addresses Kestrel actually bound (port 0 becomes a real port).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
