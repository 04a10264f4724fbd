using System.CommandLine;
using Parallax.Nlp.Data;
using Parallax.Nlp.Model;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Pos;

namespace Parallax.Cli.Commands;

/// <summary>`parallax train pos|ner`: trains our own models, printing dev scores after every epoch.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a tagger model (reproducible: fixed seed, same data gives the same model).");
        command.Subcommands.Add(Pos());
        command.Subcommands.Add(Ner());
        return command;
    }

    private static Command Pos()
    {
        var (train, dev, output, epochs, seed) = Common(ModelLocator.PosFile, 12);
        var command = new Command("pos", "Train the POS tagger on CoNLL-U (UPOS and XPOS).") { train, dev, output, epochs, seed };
        command.SetAction(parse =>
        {
            var trainer = new PosTrainer { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Log = Console.Out };
            var model = trainer.Train(ConlluReader.Read(Existing(parse.GetValue(train)!)), ConlluReader.Read(Existing(parse.GetValue(dev)!)));
            model.Save(parse.GetValue(output)!);
            Console.Out.WriteLine($"wrote {parse.GetValue(output)} ({new FileInfo(parse.GetValue(output)!).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Ner()
    {
        var (train, dev, output, epochs, seed) = Common(ModelLocator.NerFile, 10);
        var pos = new Option<string>("--pos-model")
        {
            Description = "POS model whose tags become NER features (default: the installed pos.bin).",
            DefaultValueFactory = _ => ModelLocator.PathOf(ModelLocator.PosFile),
        };
        var command = new Command("ner", "Train the named-entity recognizer on CoNLL-2003 format (token POS chunk NER).")
        {
            train, dev, output, epochs, seed, pos,
        };
        command.SetAction(parse =>
        {
            var tagger = LoadModel(() => PosTagger.Load(parse.GetValue(pos)!));
            var trainer = new NerTrainer(tagger) { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Log = Console.Out };
            var model = trainer.Train(Conll2003Reader.Read(Existing(parse.GetValue(train)!)), Conll2003Reader.Read(Existing(parse.GetValue(dev)!)));
            model.Save(parse.GetValue(output)!);
            Console.Out.WriteLine($"wrote {parse.GetValue(output)} ({new FileInfo(parse.GetValue(output)!).Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static (Option<string> Train, Option<string> Dev, Option<string> Out, Option<int> Epochs, Option<int> Seed) Common(string file, int epochs)
    {
        var train = new Option<string>("--train") { Description = "Training file.", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development file used to pick the best epoch.", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Model file to write.", DefaultValueFactory = _ => Path.Combine("models", file) };
        var epochOption = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => epochs };
        var seed = new Option<int>("--seed") { Description = "Random seed for the sentence order.", DefaultValueFactory = _ => 17 };
        return (train, dev, output, epochOption, seed);
    }

    internal static string Existing(string path) => File.Exists(path) ? path : throw new FatalException($"no such file: {path}");

    internal static T LoadModel<T>(Func<T> load)
    {
        try
        {
            return load();
        }
        catch (ModelException ex)
        {
            throw new FatalException(ex.Message, ex);
        }
    }
}
