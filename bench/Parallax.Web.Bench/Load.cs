using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Parallax.Web.Bench;

/// <summary>
/// Drives a running server over loopback with N concurrent clients for a fixed time, and reports latency percentiles,
/// status counts and (given the server's pid) the server's resident memory, sampled every second.
/// </summary>
public static class Load
{
    public static async Task<int> RunAsync(string baseUrl, string mix, int clients, TimeSpan duration, int? serverPid, int seed)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var stories = await StoryIdsAsync(http);
        var articles = await ArticleIdsAsync(http, stories.Take(50));
        Console.Error.WriteLine($"load: {stories.Count:N0} stories known; {clients} clients, {mix}, {duration.TotalSeconds:F0} s against {baseUrl}");

        var latencies = new List<double>[clients];
        var statuses = new Dictionary<int, int>[clients];
        using var stop = new CancellationTokenSource(duration);
        var memory = new List<long>();
        var sampler = serverPid is { } pid ? Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                memory.Add(Rss(pid));
                try
                {
                    await Task.Delay(1000, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }) : Task.CompletedTask;

        var sw = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var rng = new Random(seed + c);
            var lat = latencies[c] = new List<double>(4096);
            var st = statuses[c] = [];
            while (!stop.IsCancellationRequested)
            {
                var path = Pick(mix, rng, stories, articles);
                var t = Stopwatch.GetTimestamp();
                int code;
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None);
                    code = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    code = 0;
                }
                catch (TaskCanceledException)
                {
                    code = -1;
                }

                lat.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                st[code] = st.GetValueOrDefault(code) + 1;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = sw.Elapsed.TotalSeconds;
        await sampler;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var codes = new SortedDictionary<int, int>();
        foreach (var d in statuses)
        {
            foreach (var (k, v) in d)
                codes[k] = codes.GetValueOrDefault(k) + v;
        }

        double P(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        var fivexx = codes.Where(kv => kv.Key >= 500 || kv.Key <= 0).Sum(kv => kv.Value);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load {mix}: {all.Length:N0} requests in {elapsed:F1} s ({all.Length / elapsed:F0}/s), {clients} clients; " +
            $"p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {all[^1]:F1} ms; " +
            $"status {string.Join(", ", codes.Select(kv => $"{kv.Key}:{kv.Value}"))}; 5xx/errors {fivexx}"));
        if (memory.Count > 0)
            Console.Out.WriteLine($"server RSS: start {memory[0] / 1048576.0:F0} MB, peak {memory.Max() / 1048576.0:F0} MB, end {memory[^1] / 1048576.0:F0} MB");
        return fivexx == 0 ? 0 : 1;
    }

    private static string Pick(string mix, Random rng, List<string> stories, List<string> articles)
    {
        var story = stories[rng.Next(stories.Count)];
        if (mix == "story")
            return "/api/stories/" + story;
        return rng.Next(10) switch
        {
            < 5 => "/api/stories/" + story,
            5 => "/api/stories?limit=20",
            6 => "/api/articles/" + articles[rng.Next(articles.Count)],
            7 => "/api/search?q=" + Words[rng.Next(Words.Length)] + "&limit=10",
            8 => "/api/entities/per:" + rng.Next(20_000).ToString(CultureInfo.InvariantCulture),
            _ => "/stories/" + story,
        };
    }

    private static readonly string[] Words = ["council", "river", "budget", "bridge", "harbor", "treaty", "ferry", "flood", "delegates", "Family12"];

    private static async Task<List<string>> StoryIdsAsync(HttpClient http)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/stories?limit=100" + (cursor is null ? "" : "&cursor=" + cursor)));
            foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
                ids.Add(item.GetProperty("id").GetString()!);
            cursor = doc.RootElement.GetProperty("next").GetString();
        }
        while (cursor is not null);
        return ids;
    }

    private static async Task<List<string>> ArticleIdsAsync(HttpClient http, IEnumerable<string> stories)
    {
        var ids = new List<string>();
        foreach (var s in stories)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/stories/" + s));
            foreach (var a in doc.RootElement.GetProperty("articles").EnumerateArray())
                ids.Add(a.GetProperty("id").GetString()!);
        }

        return ids;
    }

    private static long Rss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
