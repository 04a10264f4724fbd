using System.Globalization;
using System.Text;
using Parallax.Annotations;

namespace Parallax.Events.Evaluation;

/// <summary>One gold event: code, source and target actor codes (null for none), negation and modality.</summary>
public sealed record GoldEvent(string Code, string? Source, string? Target, bool Negated, Modality Modality)
{
    public string Root => Code[..2];

    public override string ToString() =>
        $"{Code} {Source ?? "-"} {Target ?? "-"}{(Negated ? " neg" : "")}{(Modality != Modality.Happened ? " " + Modality.ToString().ToLowerInvariant() : "")}";
}

/// <summary>One development item: id, annotated text (see AnnotatedText) and the gold events.</summary>
public sealed record DevItem(string Id, string Annotated, IReadOnlyList<GoldEvent> Gold, int Line);

/// <summary>
/// The development-set file: "id TAB annotated text TAB gold", gold being events separated by ';',
/// each "CODE SOURCE TARGET [neg] [intent|demand|hypothetical]" with '-' for a missing actor, or "none".
/// </summary>
public static class DevSet
{
    public static List<DevItem> Load(string path) => Parse(File.ReadAllLines(path), Path.GetFileName(path));

    public static List<DevItem> Parse(IEnumerable<string> lines, string name)
    {
        var items = new List<DevItem>();
        var lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            if (raw.Length == 0 || raw[0] == '#')
                continue;
            var parts = raw.Split('\t');
            if (parts.Length != 3)
                throw new FormatException($"{name}:{lineNo}: expected id<TAB>text<TAB>gold");
            items.Add(new DevItem(parts[0], parts[1], ParseGold(parts[2], $"{name}:{lineNo}"), lineNo));
        }

        return items;
    }

    private static List<GoldEvent> ParseGold(string gold, string where)
    {
        var list = new List<GoldEvent>();
        if (gold.Trim() == "none")
            return list;
        foreach (var ev in gold.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var f = ev.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 3 || !Codebook.Default.TryGet(f[0], out _))
                throw new FormatException($"{where}: bad gold event '{ev}'");
            var negated = false;
            var modality = Modality.Happened;
            foreach (var flag in f[3..])
            {
                if (flag == "neg")
                    negated = true;
                else if (!Enum.TryParse(flag, true, out modality))
                    throw new FormatException($"{where}: unknown flag '{flag}'");
            }

            list.Add(new GoldEvent(f[0], f[1] == "-" ? null : f[1], f[2] == "-" ? null : f[2], negated, modality));
        }

        return list;
    }
}

/// <summary>Scores the coder on a development set: an event is right when root, source code and target code all match.</summary>
public sealed class DevSetScore
{
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int Matched { get; private set; }
    public int ExactCode { get; private set; }
    public int FlagsRight { get; private set; }
    public List<string> Errors { get; } = [];

    /// <summary>Matched over gold plus predicted minus matched: every miss and every spurious event counts against it.</summary>
    public double Accuracy => Gold + Predicted - Matched == 0 ? 1 : (double)Matched / (Gold + Predicted - Matched);
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public static DevSetScore Run(EventCoder coder, IEnumerable<DevItem> items)
    {
        var score = new DevSetScore();
        foreach (var item in items)
        {
            var doc = AnnotatedText.Parse(item.Annotated, new DateOnly(2014, 9, 15));
            var predicted = coder.Code(doc).ToList();
            score.Gold += item.Gold.Count;
            score.Predicted += predicted.Count;
            var missed = new List<GoldEvent>();
            foreach (var g in item.Gold)
            {
                var i = predicted.FindIndex(p => p.Cameo[..2] == g.Root && p.Source.Code == g.Source && p.Target.Code == g.Target);
                if (i < 0)
                {
                    missed.Add(g);
                    continue;
                }

                var p = predicted[i];
                score.Matched++;
                if (p.Cameo == g.Code)
                    score.ExactCode++;
                if (p.Negated == g.Negated && p.Modality == g.Modality)
                    score.FlagsRight++;
                else
                    score.Errors.Add($"{item.Id}: flags: gold {g}, got {Describe(p)}");
                predicted.RemoveAt(i);
            }

            foreach (var g in missed)
                score.Errors.Add($"{item.Id}: missed {g}");
            foreach (var p in predicted)
                score.Errors.Add($"{item.Id}: spurious {Describe(p)}");
        }

        return score;
    }

    public static string Describe(CodedEvent e) =>
        $"{e.Cameo} {e.Source.Code ?? "-"} {e.Target.Code ?? "-"}{(e.Negated ? " neg" : "")}{(e.Modality != Modality.Happened ? " " + e.Modality.ToString().ToLowerInvariant() : "")}";

    public string Report(int items)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"items {items}, gold events {Gold}, predicted {Predicted}, matched {Matched}\n");
        sb.Append(inv, $"accuracy (root+source+target) {Accuracy:0.000}  precision {Precision:0.000}  recall {Recall:0.000}\n");
        sb.Append(inv, $"full code right on matched {(Matched == 0 ? 0 : (double)ExactCode / Matched):0.000}  negation+modality right on matched {(Matched == 0 ? 0 : (double)FlagsRight / Matched):0.000}\n");
        return sb.ToString();
    }
}
