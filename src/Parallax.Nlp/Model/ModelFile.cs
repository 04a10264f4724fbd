using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Parallax.Nlp.Model;

/// <summary>
/// Container for our binary models: "PLXM" magic, format version, model kind, then a Brotli-compressed payload
/// guarded by an XxHash64 checksum. Readers get a clear <see cref="ModelException"/> naming the file on any mismatch.
/// </summary>
public static class ModelFile
{
    /// <summary>2: POS models carry their settled words, NER models their words never inside a name.</summary>
    public const int FormatVersion = 3;
    private static ReadOnlySpan<byte> Magic => "PLXM"u8;

    public static void Write(string path, string kind, Action<BinaryWriter> writePayload)
    {
        using var raw = new MemoryStream();
        using (var brotli = new BrotliStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(brotli))
            writePayload(writer);
        var payload = raw.ToArray();

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var header = new BinaryWriter(file);
        header.Write(Magic);
        header.Write((ushort)FormatVersion);
        header.Write(kind);
        header.Write(payload.Length);
        header.Write(XxHash64.HashToUInt64(payload));
        header.Write(payload);
    }

    public static T Read<T>(string path, string kind, Func<BinaryReader, T> readPayload)
    {
        if (!File.Exists(path))
            throw new ModelException(path, "model file not found");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new ModelException(path, "cannot read model file: " + ex.Message, ex);
        }

        if (bytes.Length < 16 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            throw new ModelException(path, "not a Parallax model file (bad magic)");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (version != FormatVersion)
            throw new ModelException(path, $"model format version {version}, this build reads version {FormatVersion}");
        using var header = new BinaryReader(new MemoryStream(bytes, 6, bytes.Length - 6));
        try
        {
            var actualKind = header.ReadString();
            if (actualKind != kind)
                throw new ModelException(path, $"model kind is '{actualKind}', expected '{kind}'");
            var length = header.ReadInt32();
            var checksum = header.ReadUInt64();
            var offset = 6 + (int)header.BaseStream.Position;
            if (length < 0 || offset + length != bytes.Length)
                throw new ModelException(path, "model file is truncated or has trailing bytes");
            var payload = bytes.AsSpan(offset, length);
            if (XxHash64.HashToUInt64(payload) != checksum)
                throw new ModelException(path, "model checksum mismatch (file is corrupt)");
            using var brotli = new BrotliStream(new MemoryStream(bytes, offset, length), CompressionMode.Decompress);
            using var reader = new BinaryReader(brotli);
            return readPayload(reader);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or ArgumentException or OverflowException)
        {
            throw new ModelException(path, "model payload is malformed: " + ex.Message, ex);
        }
    }

    public static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        w.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings)
            w.Write(s);
    }

    public static string[] ReadStrings(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        var result = new string[n];
        for (var i = 0; i < n; i++)
            result[i] = string.Intern(r.ReadString());
        return result;
    }

    /// <summary>Rows are written sparsely (class, value) since most features only touch a few classes.</summary>
    public static void WriteTable(BinaryWriter w, QuantizedTable table)
    {
        w.Write((byte)table.BucketBits);
        w.Write7BitEncodedInt(table.Classes);
        w.Write(table.Scale);
        w.Write7BitEncodedInt(table.Buckets.Length);
        var previous = 0;
        for (var r = 0; r < table.Buckets.Length; r++)
        {
            w.Write7BitEncodedInt(table.Buckets[r] - previous);
            previous = table.Buckets[r];
            var row = table.Values.AsSpan(r * table.Classes, table.Classes);
            var nonZero = 0;
            foreach (var v in row)
                nonZero += v != 0 ? 1 : 0;
            w.Write7BitEncodedInt(nonZero);
            for (var k = 0; k < row.Length; k++)
            {
                if (row[k] == 0)
                    continue;
                w.Write7BitEncodedInt(k);
                w.Write(row[k]);
            }
        }
    }

    public static QuantizedTable ReadTable(BinaryReader r)
    {
        var bits = r.ReadByte();
        var classes = r.Read7BitEncodedInt();
        var scale = r.ReadSingle();
        var count = r.Read7BitEncodedInt();
        if (bits is < 8 or > 26 || classes is < 1 or > 4096 || count < 0 || count > 1 << bits)
            throw new InvalidDataException("bad table header");
        var buckets = new int[count];
        var values = new short[count * classes];
        var bucket = 0;
        for (var i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            if ((uint)bucket >= 1u << bits)
                throw new InvalidDataException("bucket out of range");
            buckets[i] = bucket;
            var nonZero = r.Read7BitEncodedInt();
            for (var j = 0; j < nonZero; j++)
            {
                var k = r.Read7BitEncodedInt();
                if ((uint)k >= (uint)classes)
                    throw new InvalidDataException("class out of range");
                values[(i * classes) + k] = r.ReadInt16();
            }
        }

        return new QuantizedTable(bits, classes, scale, buckets, values);
    }
}

/// <summary>A model that cannot be used; the message names the file so the user knows what to fix.</summary>
public sealed class ModelException(string path, string problem, Exception? inner = null)
    : Exception($"{path}: {problem}", inner)
{
    public string ModelPath { get; } = path;
}
