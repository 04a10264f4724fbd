using Parallax.Nlp.Model;
using Parallax.Nlp.Ner;
using Parallax.Nlp.Pos;

namespace Parallax.Nlp.Tests;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("parallax-nlp-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void MissingFileIsNamed()
    {
        var path = Path.Combine(_dir, "pos.bin");
        var ex = Assert.Throws<ModelException>(() => PosTagger.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("not found", ex.Message);
    }

    [Fact]
    public void GarbageIsRejected()
    {
        var path = Path.Combine(_dir, "ner.bin");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
        var ex = Assert.Throws<ModelException>(() => NerModel.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("magic", ex.Message);
    }

    [Fact]
    public void FlippedByteFailsTheChecksum()
    {
        var path = Path.Combine(_dir, "pos.bin");
        Tiny().Save(path);
        Assert.NotNull(PosTagger.Load(path));
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<ModelException>(() => PosTagger.Load(path));
        Assert.Contains("checksum", ex.Message);
    }

    [Fact]
    public void TruncatedFileIsRejected()
    {
        var path = Path.Combine(_dir, "pos.bin");
        Tiny().Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);
        var ex = Assert.Throws<ModelException>(() => PosTagger.Load(path));
        Assert.Contains("truncated", ex.Message);
    }

    [Fact]
    public void WrongKindIsRejected()
    {
        var path = Path.Combine(_dir, "x.bin");
        Tiny().Save(path);
        var ex = Assert.Throws<ModelException>(() => NerModel.Load(path));
        Assert.Contains("expected 'ner'", ex.Message);
    }

    [Fact]
    public void SaveLoadRoundTripKeepsPredictions()
    {
        var path = Path.Combine(_dir, "pos.bin");
        var model = Tiny();
        model.Save(path);
        var loaded = PosTagger.Load(path);
        const string text = "the dog runs";
        var tokens = Text.Tokenizer.Tokenize(text);
        var a = new int[3];
        var b = new int[3];
        model.Tag(text, tokens, a);
        loaded.Tag(text, tokens, b);
        Assert.Equal(a, b);
        Assert.Equal(model.Labels, loaded.Labels);
    }

    private static PosTagger Tiny()
    {
        var sentences = TrainingTests.Synthetic(new Random(3), 60);
        return new PosTrainer { Epochs = 2, BucketBits = 14, MinLabelCount = 1 }.Train(sentences, sentences);
    }
}
