using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

/// <summary>The committed models, loaded once for the test run (they are copied next to the test assembly).</summary>
internal static class Models
{
    private static readonly Lazy<NlpStage?> Loaded = new(() =>
        File.Exists(ModelLocator.PathOf(ModelLocator.PosFile)) && File.Exists(ModelLocator.PathOf(ModelLocator.NerFile)) ? NlpStage.LoadDefault() : null);

    public static NlpStage? Stage => Loaded.Value;

    public static NlpStage Required => Stage ?? throw new InvalidOperationException("models/pos.bin and models/ner.bin must be built into the test output");

    /// <summary>The recognizer's view of a text: tokens, sentences and POS tags from the committed models.</summary>
    public static Ner.NerContext NerContext(string text)
    {
        var stage = Required;
        var tokens = Text.Tokenizer.Tokenize(text);
        var sentences = Text.SentenceSplitter.Split(text, tokens);
        var pos = new int[tokens.Length];
        foreach (var s in sentences)
            stage.Pos.Tag(text, tokens.AsSpan(s.FirstToken, s.TokenCount), pos.AsSpan(s.FirstToken, s.TokenCount));
        return stage.Ner.CreateContext(new Ner.NerDocument(text, tokens, sentences, null), pos);
    }
}
