using System.Globalization;
using Parallax.Web.Bench;

// dotnet run --project bench/Parallax.Web.Bench -c Release -- fill DB ARTICLES
// dotnet run --project bench/Parallax.Web.Bench -c Release -- load URL story|mixed CLIENTS SECONDS [SERVER-PID]
if (args.Length >= 3 && args[0] == "fill")
{
    Filler.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), seed: 9);
    return 0;
}

if (args.Length >= 5 && args[0] == "load" && args[2] is "story" or "mixed")
{
    int? pid = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : null;
    return await Load.RunAsync(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(int.Parse(args[4], CultureInfo.InvariantCulture)), pid, seed: 17);
}

Console.Error.WriteLine("usage: fill DB ARTICLES | load URL story|mixed CLIENTS SECONDS [SERVER-PID]");
return 2;
