using Parallax.Nlp.Model;

namespace Parallax.Nlp.Tests;

/// <summary>The committed models, loaded once for the test run (they are copied next to the test assembly).</summary>
internal static class Models
{
    private static readonly Lazy<NlpStage?> Loaded = new(() =>
        File.Exists(ModelLocator.PathOf(ModelLocator.PosFile)) && File.Exists(ModelLocator.PathOf(ModelLocator.NerFile)) ? NlpStage.LoadDefault() : null);

    public static NlpStage? Stage => Loaded.Value;

    public static NlpStage Required => Stage ?? throw new InvalidOperationException("models/pos.bin and models/ner.bin must be built into the test output");
}
