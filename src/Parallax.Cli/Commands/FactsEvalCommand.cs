using System.CommandLine;
using System.Globalization;
using Parallax.Facts.Evaluation;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval-facts [DIR]</c>: speaker-attribution, claim and time scores on the facts development set.</summary>
public static class FactsEvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir")
        {
            Description = "Development set directory or file.",
            DefaultValueFactory = _ => Path.Combine("tests", "Parallax.Facts.Tests", "DevSet"),
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss." };
        var command = new Command("eval-facts", "Score quotes, speakers, claims and time expressions on the facts development set.")
        {
            dir, verbose,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dir)!;
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                Console.Error.WriteLine($"parallax: no development set at {path}");
                return ExitCodes.Fatal;
            }

            var result = FactsEvaluator.Evaluate(DevSet.Read(path));
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine($"passages: {result.Passages}");
            Console.Out.WriteLine("             gold  predicted  precision  recall     F1");
            void Row(string name, Score s) =>
                Console.Out.WriteLine(string.Format(c, "{0,-10} {1,6} {2,10} {3,10:0.000} {4,7:0.000} {5,6:0.000}", name, s.Gold, s.Predicted, s.Precision, s.Recall, s.F1));
            Row("speakers", result.Speakers);
            Row("claims", result.Claims);
            Row("times", result.Times);
            if (parse.GetValue(verbose))
            {
                foreach (var e in result.Errors)
                    Console.Out.WriteLine("  " + e);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
