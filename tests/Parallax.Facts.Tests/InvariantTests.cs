using Parallax.Facts.Evaluation;
using Parallax.Testing;

namespace Parallax.Facts.Tests;

public sealed class InvariantTests
{
    private const string Alphabet = "abcdeSTUV 019,.;:!?-\n\n“”\"'‘’«»„$%";

    private static readonly string[] Pieces =
        ["said", "he", "she", "“", "”", "\"", " Kerry", " the secretary", ", ", ". ", "\n\n", "Monday", " last week", " 40 nations", " $3 million a day", "between 5 and", " according to", " that", "It"];

    [Fact]
    public void Random_text_never_throws_and_offsets_stay_in_range_and_in_order()
    {
        var rng = new Random(6);
        for (var n = 0; n < 3000; n++)
        {
            var sb = new System.Text.StringBuilder();
            var len = rng.Next(1, 60);
            for (var i = 0; i < len; i++)
            {
                if (rng.Next(3) == 0)
                    sb.Append(Pieces[rng.Next(Pieces.Length)]);
                else
                    sb.Append(Alphabet[rng.Next(Alphabet.Length)]);
            }

            var text = sb.ToString();
            var d = Run.Facts(text, n % 2 == 0 ? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) : null);
            var lastQuote = -1;
            foreach (var q in d.Quotes)
            {
                Assert.InRange(q.Start, 0, text.Length);
                Assert.InRange(q.Start + q.Length, q.Start, text.Length);
                Assert.True(q.Start >= lastQuote, text);
                lastQuote = q.Start;
                foreach (var r in new[] { q.Speaker, q.Cue, q.Second })
                {
                    if (!r.IsNone)
                        Assert.InRange(r.End, r.Start, text.Length);
                }
            }

            var last = -1;
            foreach (var c in d.Claims)
            {
                Assert.InRange(c.Start, last, text.Length);
                Assert.InRange(c.Start + c.Length, c.Start, text.Length);
                last = c.Start + c.Length;
            }

            last = -1;
            foreach (var t in d.Times)
            {
                Assert.InRange(t.Start, last, text.Length);
                Assert.InRange(t.Start + t.Length, t.Start, text.Length);
                last = t.Start + t.Length;
            }
        }
    }

    [Fact]
    public void Development_set_speaker_f1_meets_the_bar()
    {
        var dir = Path.Combine(Repo.Root, "tests", "Parallax.Facts.Tests", "DevSet");
        var passages = DevSet.Read(dir);
        Assert.True(passages.Count >= 40, $"{passages.Count} passages");
        var result = FactsEvaluator.Evaluate(passages);
        Assert.True(result.Speakers.F1 >= 0.90, $"speaker F1 {result.Speakers.F1:0.000}\n" + string.Join('\n', result.Errors));
    }
}
