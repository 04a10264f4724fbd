using Parallax.Nlp.Model;

namespace Parallax.Nlp.Bench;

/// <summary>"coverage FILE": share of the text's tokens that the tagger settles and the recognizer labels O unscored.</summary>
public static class Coverage
{
    public static void Run(string text)
    {
        var stage = NlpStage.LoadDefault();
        var outside = stage.Ner.Outside.ToHashSet(StringComparer.Ordinal);
        // Only words of the cached vocabulary are looked up for this, see WordBlocks.
        var nerCached = stage.Ner.Vocabulary.Take(WordBlocks.MaxCachedWords).ToHashSet(StringComparer.Ordinal);
        var posCached = stage.Pos.Vocabulary.Take(WordBlocks.MaxCachedWords).ToHashSet(StringComparer.Ordinal);
        long tokens = 0, settled = 0, plain = 0;
        foreach (var d in NewsText.Documents(text))
        {
            foreach (var t in Text.Tokenizer.Tokenize(d))
            {
                var w = d.Substring(t.Start, t.Length);
                tokens++;
                settled += stage.Pos.Settled.ContainsKey(w) && posCached.Contains(w) ? 1 : 0;
                plain += outside.Contains(w) && nerCached.Contains(w) ? 1 : 0;
            }
        }

        Console.WriteLine($"tokens {tokens}; POS settled {(double)settled / tokens:P1} ({stage.Pos.Settled.Count} words); "
            + $"NER plain-O before the gazetteer check {(double)plain / tokens:P1} ({outside.Count} words)");
    }
}
