using System.CommandLine;
using System.Globalization;
using Parallax.Nlp;
using Parallax.Nlp.Formats;
using Parallax.Nlp.Ner;

namespace Parallax.Cli.Commands;

/// <summary>`parallax tag ner|pos`: runs our tagger over column files (CoNLL, CoNLL-U) or raw text.</summary>
public static class TagCommand
{
    public static Command Create()
    {
        var command = new Command("tag", "Tag tokens with our models: NER (BIO) or POS (UPOS/XPOS).");
        command.Subcommands.Add(Create("ner", "conll", "Named entities. conll: one token per line (first column), blank line ends a sentence, -DOCSTART- ends a document; writes token TAB tag."));
        command.Subcommands.Add(Create("pos", "conllu", "Parts of speech. conllu: fills UPOS and XPOS of a CoNLL-U file."));
        return command;
    }

    private static Command Create(string name, string defaultFormat, string description)
    {
        var files = new Argument<string[]>("file") { Arity = ArgumentArity.ZeroOrMore, Description = "Input files (standard input when none)." };
        var format = Options.Format(defaultFormat, "conll", "conllu", "text");
        var append = new Option<bool>("--append") { Description = "conll: keep each input line and append the tag (the layout conlleval scores)." };
        var output = Options.Out();
        var score = new Option<bool>("--score")
        {
            Description = "Also score against the input's own tags (conll: last column, conlleval entity F1; conllu: UPOS/XPOS accuracy), printed to standard error.",
        };
        var command = new Command(name, description + " text: raw text is tokenized and split first; writes token, UPOS, XPOS, NER.")
        {
            files, format, append, output, score,
        };
        command.SetAction(async (parse, ct) =>
        {
            var nlp = TrainCommand.LoadModel(NlpStage.LoadDefault);
            var paths = parse.GetValue(files) ?? [];
            var writer = new StringWriter();
            var entities = parse.GetValue(score) ? new EntityScorer() : null;
            var tags = parse.GetValue(score) ? new PosScore() : null;
            foreach (var input in Inputs(paths))
            {
                using var reader = input;
                switch (parse.GetValue(format))
                {
                    case "conll":
                        TagFormats.TagConllNer(reader, writer, nlp, parse.GetValue(append), entities);
                        break;
                    case "conllu":
                        TagFormats.TagConllu(reader, writer, nlp, tags);
                        break;
                    default:
                        TagFormats.TagText(await reader.ReadToEndAsync(ct), writer, nlp);
                        break;
                }
            }

            await Output.WriteAsync(parse.GetValue(output), writer.ToString(), ct);
            if (entities is { Gold: > 0 })
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"entities gold {entities.Gold} predicted {entities.Predicted} correct {entities.Correct}  P {entities.Precision:F4} R {entities.Recall:F4} F1 {entities.F1:F4}"));
            if (tags is { Tokens: > 0 })
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"tokens {tags.Tokens}  UPOS {(double)tags.Upos / tags.Tokens:F4}  XPOS {(double)tags.Xpos / tags.Tokens:F4}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<TextReader> Inputs(string[] paths)
    {
        if (paths.Length == 0)
        {
            yield return Console.In;
            yield break;
        }

        foreach (var path in paths)
            yield return new StreamReader(TrainCommand.Existing(path));
    }
}
