using Parallax.Model;

namespace Parallax.Facts.Evaluation;

public sealed record Score(int Gold, int Predicted, int CorrectGold, int CorrectPredicted)
{
    public double Precision => Predicted == 0 ? 0 : (double)CorrectPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)CorrectGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record EvaluationResult(int Passages, Score Speakers, Score Claims, Score Times, List<string> Errors);

/// <summary>
/// Scores the facts stage on the development set. A speaker is right when the predicted quote contains the gold
/// fragment and its resolved speaker name contains the gold speaker key; every predicted quote with a speaker counts
/// toward precision, so spurious quotes cost.
/// </summary>
public static class FactsEvaluator
{
    public static EvaluationResult Evaluate(IReadOnlyList<Passage> passages)
    {
        int sg = 0, sp = 0, sgc = 0, spc = 0, cg = 0, cp = 0, cgc = 0, cpc = 0, tg = 0, tp = 0, tgc = 0, tpc = 0;
        var errors = new List<string>();
        var stage = new FactsStage();
        foreach (var p in passages)
        {
            var doc = new Document(new Article(new SourceInfo(p.Id, null, null), p.Text, p.Text, new ArticleMetadata { Published = p.Published }));
            stage.Process(doc, CancellationToken.None);
            var text = doc.Text;
            var predicted = doc.Quotes.Where(q => !q.Speaker.IsNone).ToList();
            sp += predicted.Count;
            var gold = p.Quotes.Where(g => g.Speaker is not null).ToList();
            sg += gold.Count;
            bool Contains(Annotations.Quote q, string fragment) =>
                text.AsSpan(q.Start, q.Length).Contains(fragment, StringComparison.Ordinal)
                || (!q.Second.IsNone && text.AsSpan(q.Second.Start, q.Second.Length).Contains(fragment, StringComparison.Ordinal));
            bool Right(Annotations.Quote q, GoldQuote g) =>
                Contains(q, g.Fragment) && (q.SpeakerName ?? text.Substring(q.Speaker.Start, q.Speaker.Length)).Contains(g.Speaker!, StringComparison.OrdinalIgnoreCase);
            foreach (var g in gold)
            {
                if (predicted.Any(q => Right(q, g)))
                    sgc++;
                else
                    errors.Add($"{p.Id}: quote '{g.Fragment}' expected {g.Speaker}, got {Describe(text, doc.Quotes.Where(q => Contains(q, g.Fragment)).Select(q => (Annotations.Quote?)q).FirstOrDefault())}");
            }

            foreach (var q in predicted)
            {
                if (gold.Any(g => Right(q, g)))
                    spc++;
                else
                    errors.Add($"{p.Id}: extra or misattributed quote '{Short(text.Substring(q.Start, q.Length))}' by {Describe(text, q)}");
            }

            cg += p.Claims.Count;
            cp += doc.Claims.Length;
            bool ClaimRight(Annotations.Claim c, GoldClaim g) => c.Value == g.Value && (g.Counted is null || c.Counted == g.Counted) && (g.Frame is null || c.Frame == g.Frame);
            foreach (var g in p.Claims)
            {
                if (doc.Claims.Any(c => ClaimRight(c, g)))
                    cgc++;
                else
                    errors.Add($"{p.Id}: claim {g.Value} {g.Counted} [{g.Frame}] missing; got {string.Join(", ", doc.Claims.Select(c => $"{c.Value} {c.Counted} [{c.Frame}]"))}");
            }

            cpc += doc.Claims.Count(c => p.Claims.Any(g => ClaimRight(c, g)));
            tg += p.Times.Count;
            tp += doc.Times.Length;
            bool TimeRight(Annotations.TimeExpression t, GoldTime g) => text.AsSpan(t.Start, t.Length).Contains(g.Fragment, StringComparison.Ordinal) && t.Date == g.Date;
            foreach (var g in p.Times)
            {
                if (doc.Times.Any(t => TimeRight(t, g)))
                    tgc++;
                else
                    errors.Add($"{p.Id}: time '{g.Fragment}' expected {g.Date?.ToString() ?? "undated"}");
            }

            tpc += doc.Times.Count(t => p.Times.Any(g => TimeRight(t, g)));
        }

        return new EvaluationResult(passages.Count, new Score(sg, sp, sgc, spc), new Score(cg, cp, cgc, cpc), new Score(tg, tp, tgc, tpc), errors);
    }

    private static string Describe(string text, Annotations.Quote? q) => q is not { } x ? "no quote"
        : x.Speaker.IsNone ? "no speaker" : $"{x.SpeakerName ?? text.Substring(x.Speaker.Start, x.Speaker.Length)}";

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
