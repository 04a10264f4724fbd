using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parallax.Store;
using Parallax.Web;

namespace Parallax.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var db = Options.Db();
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Addresses to listen on (default {WebOptions.DefaultUrl}). Anything beyond loopback needs --token.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [WebOptions.DefaultUrl],
        };
        var token = new Option<string?>("--token")
        {
            Description = "API token that write requests must send as 'Authorization: Bearer TOKEN' (default: $PARALLAX_TOKEN).",
        };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the web UI over a store.") { db, urls, token };
        command.SetAction(async (parse, ct) =>
        {
            var options = new WebOptions
            {
                Db = parse.GetValue(db)!,
                Urls = [.. parse.GetValue(urls)!.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
                Token = Blank(parse.GetValue(token)) ?? Blank(Environment.GetEnvironmentVariable("PARALLAX_TOKEN")),
            };
            if (options.CheckBinding() is { } refusal)
            {
                Console.Error.WriteLine($"parallax: refusing to serve: {refusal}");
                return ExitCodes.Usage;
            }

            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = WebApp.Build(options);
            }
            catch (StoreException ex)
            {
                throw new FatalException(ex.Message, ex);
            }

            await app.StartAsync(ct);
            foreach (var address in WebApp.Addresses(app))
                Console.Out.WriteLine($"parallax: serving {Path.GetFullPath(options.Db)} at {address}");
            await Console.Out.FlushAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
