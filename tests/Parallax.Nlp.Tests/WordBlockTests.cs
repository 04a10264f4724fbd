using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

/// <summary>Blocks of training words past the eagerly summed ones are filled on first use and must equal a direct sum.</summary>
public sealed class WordBlockTests
{
    [Fact]
    public void Lazily_filled_blocks_equal_direct_sums_even_when_threads_race_to_fill_them()
    {
        var pos = Models.Required.Pos;
        var late = pos.Vocabulary.Skip(WordBlocks.MaxCachedWords).Take(400).ToArray();
        Assert.NotEmpty(late);
        var table = pos.Weights.ToWeightTable();

        // A fresh instance, so every late word is still unfilled when the threads start.
        var blocks = new WordBlocks(table, pos.Vocabulary, pos.Features.Window);
        using var start = new Barrier(4);
        var found = new int[4][];
        var threads = Enumerable.Range(0, 4).Select(k => new Thread(() =>
        {
            start.SignalAndWait();
            found[k] = [.. late.Select(w => blocks.Find(w))];
        })).ToArray();
        foreach (var t in threads)
            t.Start();
        foreach (var t in threads)
            t.Join();

        var expected = new float[blocks.Width];
        for (var i = 0; i < late.Length; i++)
        {
            Assert.All(found, f => Assert.Equal(found[0][i], f[i]));
            Assert.True(found[0][i] >= 0, late[i]);
            blocks.Compute(late[i], expected);
            Assert.Equal(expected, blocks.Cached(found[0][i]).ToArray());
        }
    }

    [Fact]
    public void Words_outside_the_vocabulary_are_not_found()
    {
        var pos = Models.Required.Pos;
        var blocks = new WordBlocks(pos.Weights.ToWeightTable(), pos.Vocabulary, pos.Features.Window);
        Assert.Equal(-1, blocks.Find("Qzxvbnmwlk"));
        Assert.True(blocks.Find(pos.Vocabulary[0]) >= 0);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(400, true)]
    public void Window_sums_equal_the_five_block_parts_added_in_offset_order(int madeUp, bool split)
    {
        var pos = Models.Required.Pos;
        var blocks = new WordBlocks(pos.Weights.ToWeightTable(), pos.Vocabulary, pos.Features.Window, split: split ? pos.Features.Split : null);
        // Made-up words, some repeated, many more than one batch of pending weight rows and the arena's first size.
        var random = new Random(madeUp);
        var words = Enumerable.Range(0, madeUp).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)('a' + random.Next(26)))]));
        var text = "Officials in Qzxvbnm said 1,234 people were evacuated on Tuesday " + string.Join(' ', words) + " Qzxvbnm .";
        var tokens = Text.Tokenizer.Tokenize(text);
        var n = tokens.Length;
        var where = new int[n];
        blocks.Locate(text, tokens, where);
        var c = blocks.Classes;
        var scores = new float[n * c];
        blocks.Sum(where, n, scores, new int[n].Select(_ => -1).ToArray());

        var own = new float[n][];
        for (var t = 0; t < n; t++)
        {
            own[t] = new float[blocks.Width];
            blocks.Compute(text.AsSpan(tokens[t].Start, tokens[t].Length), own[t]);
        }

        for (var t = 0; t < n; t++)
        {
            for (var k = 0; k < c; k++)
            {
                var sum = 0f;
                for (var o = -WordBlocks.Window; o <= WordBlocks.Window; o++)
                {
                    var p = t + o;
                    var block = p < 0 ? blocks.LeftPadBlock.Span : p >= n ? blocks.RightPadBlock.Span : own[p];
                    sum += block[((o + WordBlocks.Window) * c) + k];
                }

                Assert.Equal(sum, scores[(t * c) + k]);
            }
        }
    }
}
