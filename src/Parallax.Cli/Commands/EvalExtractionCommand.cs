using System.CommandLine;
using System.Globalization;
using Parallax.Extract;
using Parallax.Extract.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval extraction DIR</c>: precision, recall and F1 on trafilatura's evaluation set.</summary>
public static class EvalExtractionCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Directory with evaldata.json and the cache/ and eval/ page folders." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List each page with missed or leaked snippets." };
        var repeat = new Option<int>("--repeat")
        {
            Description = "Run the set this many times and print memory after each pass (a long stream must stay flat).",
            DefaultValueFactory = _ => 1,
        };
        var extraction = new Command("extraction", "Score article extraction on trafilatura's evaluation set (snippet precision, recall, F1).")
        {
            dir, verbose, repeat,
        };
        extraction.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(path, "evaldata.json")) && !File.Exists(path))
                throw new FatalException($"no evaldata.json in {path}");
            var show = parse.GetValue(verbose);
            var evaluator = new ExtractionEvaluator(new ArticleExtractor());
            var c = CultureInfo.InvariantCulture;
            for (var pass = 1; pass < parse.GetValue(repeat); pass++)
            {
                var s = evaluator.Run(path, null, ct);
                Console.Out.WriteLine(string.Create(c,
                    $"pass {pass}: {s.Pages * pass} pages, {s.PagesPerSecond:F1} pages/s, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB, working set {Environment.WorkingSet / 1048576.0:F0} MB"));
            }

            var score = evaluator.Run(path, page =>
            {
                if (!show || (page.Missed.Count == 0 && page.Leaked.Count == 0))
                    return;
                Console.Out.WriteLine($"{page.File}: tp {page.TruePositives} fp {page.FalsePositives}{(page.Error is null ? "" : " error: " + page.Error)}");
                foreach (var m in page.Missed)
                    Console.Out.WriteLine("  missed: " + Short(m));
                foreach (var l in page.Leaked)
                    Console.Out.WriteLine("  leaked: " + Short(l));
            }, ct);
            if (parse.GetValue(repeat) > 1)
            {
                Console.Out.WriteLine(string.Create(c,
                    $"pass {parse.GetValue(repeat)}: {score.Pages * parse.GetValue(repeat)} pages, {score.PagesPerSecond:F1} pages/s, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB, working set {Environment.WorkingSet / 1048576.0:F0} MB"));
            }

            Console.Out.WriteLine(string.Create(c, $"pages {score.Pages} (missing {score.Missing}, errors {score.Errors})"));
            Console.Out.WriteLine(string.Create(c, $"tp {score.TruePositives} fp {score.FalsePositives} fn {score.FalseNegatives} tn {score.TrueNegatives}"));
            Console.Out.WriteLine(string.Create(c, $"precision {score.Precision:F3} recall {score.Recall:F3} accuracy {score.Accuracy:F3} f1 {score.F1:F3}"));
            Console.Out.WriteLine(string.Create(c, $"extraction time {score.Seconds:F2} s wall, {score.PagesPerSecond:F1} pages/s; {score.CpuSeconds:F2} s CPU, {score.PagesPerCpuSecond:F1} pages/CPU-s (single-threaded)"));
            return Task.FromResult(ExitCodes.Ok);
        });
        var eval = new Command("eval", "Evaluate a component against a reference data set.") { extraction };
        return eval;
    }

    private static string Short(string s) => s.Length > 100 ? s[..100] + "…" : s;
}
