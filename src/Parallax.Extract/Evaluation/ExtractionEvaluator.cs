using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Parallax.Model;

namespace Parallax.Extract.Evaluation;

/// <summary>Confusion counts over snippets, scored the way trafilatura's benchmark scores its evaluation set.</summary>
public sealed record ExtractionScore(int Pages, int Missing, int Errors, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, double Seconds, double CpuSeconds)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double Accuracy => (double)(TruePositives + TrueNegatives) / Math.Max(1, TruePositives + TrueNegatives + FalsePositives + FalseNegatives);
    public double F1 => 2.0 * TruePositives / Math.Max(1, (2 * TruePositives) + FalsePositives + FalseNegatives);
    public double PagesPerSecond => Seconds > 0 ? (Pages - Missing) / Seconds : 0;

    /// <summary>Pages per second of process CPU time over the whole loop (reading and scoring included): stable on a loaded machine.</summary>
    public double PagesPerCpuSecond => CpuSeconds > 0 ? (Pages - Missing) / CpuSeconds : 0;
}

/// <summary>One page's outcome, for listing where the extractor misses.</summary>
public sealed record PageResult(string File, int TruePositives, int FalsePositives, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked, string? Error);

/// <summary>
/// Runs the extractor over trafilatura's evaluation set: evaldata.json maps a URL to the file name (found under
/// cache/ or eval/), "with" snippets that must appear and "without" snippets that must not. Both sides are
/// whitespace-normalised and matched as substrings; a failed extraction counts as an empty result.
/// Only the extraction is timed, single-threaded.
/// </summary>
public sealed class ExtractionEvaluator(ArticleExtractor extractor)
{
    public ExtractionScore Run(string directory, Action<PageResult>? onPage, CancellationToken cancellationToken)
    {
        var evalPath = Directory.Exists(directory) ? Path.Combine(directory, "evaldata.json") : directory;
        var root = Path.GetDirectoryName(Path.GetFullPath(evalPath))!;
        using var json = JsonDocument.Parse(File.ReadAllBytes(evalPath));
        int pages = 0, missing = 0, errors = 0, tp = 0, fp = 0, fn = 0, tn = 0;
        var clock = new Stopwatch();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages++;
            var item = entry.Value;
            var file = item.GetProperty("file").GetString()!;
            var with = Strings(item, "with");
            var without = Strings(item, "without");
            var path = Resolve(root, file);
            if (path is null)
            {
                missing++;
                fn += with.Count;
                tn += without.Count;
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            string? result = null;
            string? error = null;
            clock.Start();
            try
            {
                var raw = new RawDocument(new SourceInfo(path, entry.Name, null), bytes, RawFormat.Html);
                var article = extractor.Extract(raw, cancellationToken);

                // The dek is article content that we keep apart from the body; an extractor that returns one text has it inline.
                result = article.Metadata.Dek is { } dek ? dek + "\n\n" + article.Text : article.Text;
            }
            catch (DocumentException ex)
            {
                error = ex.Message;
                errors++;
            }
            finally
            {
                clock.Stop();
            }

            var normalized = result is null ? null : Normalize(result);
            var missed = new List<string>();
            var leaked = new List<string>();
            int pageTp = 0, pageFp = 0;
            foreach (var w in with)
            {
                if (normalized is not null && normalized.Contains(Normalize(w), StringComparison.Ordinal))
                    pageTp++;
                else
                    missed.Add(w);
            }

            foreach (var w in without)
            {
                if (normalized is not null && normalized.Contains(Normalize(w), StringComparison.Ordinal))
                {
                    pageFp++;
                    leaked.Add(w);
                }
            }

            tp += pageTp;
            fn += with.Count - pageTp;
            fp += pageFp;
            tn += without.Count - pageFp;
            onPage?.Invoke(new PageResult(file, pageTp, pageFp, missed, leaked, error));
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
        return new ExtractionScore(pages, missing, errors, tp, fp, fn, tn, clock.Elapsed.TotalSeconds, cpu);
    }

    private static string? Resolve(string root, string file)
    {
        foreach (var sub in (ReadOnlySpan<string>)["cache", "eval"])
        {
            var p = Path.Combine(root, sub, file);
            if (File.Exists(p))
                return p;
        }

        return null;
    }

    private static List<string> Strings(JsonElement item, string name)
    {
        var list = new List<string>();
        if (item.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in arr.EnumerateArray())
            {
                if (s.GetString() is { } v)
                    list.Add(v);
            }
        }

        return list;
    }

    /// <summary>Every run of white space becomes one space, then both ends are trimmed (Python's re "\s+" → " ").</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
