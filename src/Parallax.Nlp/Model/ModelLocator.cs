namespace Parallax.Nlp.Model;

/// <summary>Finds model files: PARALLAX_MODELS when set, otherwise the models folder next to the running program.</summary>
public static class ModelLocator
{
    public const string EnvironmentVariable = "PARALLAX_MODELS";
    public const string PosFile = "pos.bin";
    public const string NerFile = "ner.bin";

    public static string Directory =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "models");

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);
}
