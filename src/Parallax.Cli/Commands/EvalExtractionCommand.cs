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
        var extraction = new Command("extraction", "Score article extraction on trafilatura's evaluation set (snippet precision, recall, F1).")
        {
            dir, verbose,
        };
        extraction.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(dir)!;
            if (!File.Exists(Path.Combine(path, "evaldata.json")) && !File.Exists(path))
                throw new FatalException($"no evaldata.json in {path}");
            var show = parse.GetValue(verbose);
            var evaluator = new ExtractionEvaluator(new ArticleExtractor());
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
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(c, $"pages {score.Pages} (missing {score.Missing}, errors {score.Errors})"));
            Console.Out.WriteLine(string.Create(c, $"tp {score.TruePositives} fp {score.FalsePositives} fn {score.FalseNegatives} tn {score.TrueNegatives}"));
            Console.Out.WriteLine(string.Create(c, $"precision {score.Precision:F3} recall {score.Recall:F3} accuracy {score.Accuracy:F3} f1 {score.F1:F3}"));
            Console.Out.WriteLine(string.Create(c, $"extraction time {score.Seconds:F2} s, {score.PagesPerSecond:F1} pages/s single-threaded"));
            return Task.FromResult(ExitCodes.Ok);
        });
        var eval = new Command("eval", "Evaluate a component against a reference data set.") { extraction };
        return eval;
    }

    private static string Short(string s) => s.Length > 100 ? s[..100] + "…" : s;
}
