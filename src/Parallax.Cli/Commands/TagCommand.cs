using System.CommandLine;
using Parallax.Nlp;
using Parallax.Nlp.Formats;

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
        var command = new Command(name, description + " text: raw text is tokenized and split first; writes token, UPOS, XPOS, NER.")
        {
            files, format, append, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var nlp = TrainCommand.LoadModel(NlpStage.LoadDefault);
            var paths = parse.GetValue(files) ?? [];
            var writer = new StringWriter();
            foreach (var input in Inputs(paths))
            {
                using var reader = input;
                switch (parse.GetValue(format))
                {
                    case "conll":
                        TagFormats.TagConllNer(reader, writer, nlp, parse.GetValue(append));
                        break;
                    case "conllu":
                        TagFormats.TagConllu(reader, writer, nlp);
                        break;
                    default:
                        TagFormats.TagText(await reader.ReadToEndAsync(ct), writer, nlp);
                        break;
                }
            }

            await Output.WriteAsync(parse.GetValue(output), writer.ToString(), ct);
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
