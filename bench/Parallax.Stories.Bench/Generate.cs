using System.Text.Json;
using Parallax.Synthetic;

namespace Parallax.Stories.Bench;

/// <summary>Writes a development stream: stream.jsonl in the input format of 'parallax cluster', and gold.jsonl with story labels.</summary>
internal static class Generate
{
    public static int Run(int articles, int seed, string directory, bool hard)
    {
        Directory.CreateDirectory(directory);
        using var stream = File.Create(Path.Combine(directory, "stream.jsonl"));
        using var gold = File.Create(Path.Combine(directory, "gold.jsonl"));
        using var s = new Utf8JsonWriter(stream);
        using var g = new Utf8JsonWriter(gold);
        var count = 0;
        var options = new GeneratorOptions { Articles = articles, Seed = seed };
        foreach (var a in new StreamGenerator(hard ? options.Hard() : options).Generate())
        {
            s.WriteStartObject();
            s.WriteString("id", a.Id);
            s.WriteString("title", a.Title);
            s.WriteString("text", a.Text);
            s.WriteString("published", a.Published);
            s.WriteString("outlet", a.Outlet);
            s.WriteEndObject();
            s.Flush();
            stream.WriteByte((byte)'\n');
            g.WriteStartObject();
            g.WriteString("id", a.Id);
            g.WriteString("story", a.Story);
            if (a.CopyOf is not null)
                g.WriteString("copyOf", a.CopyOf);
            g.WriteEndObject();
            g.Flush();
            gold.WriteByte((byte)'\n');
            s.Reset();
            g.Reset();
            count++;
        }

        Console.Error.WriteLine($"wrote {count} articles to {directory}");
        return 0;
    }
}
