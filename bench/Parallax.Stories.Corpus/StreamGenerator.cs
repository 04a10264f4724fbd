using System.Text;

namespace Parallax.Synthetic;

public sealed record GeneratorOptions
{
    public int Articles { get; init; } = 10_000;
    public int Seed { get; init; } = 1;
    public int ArticlesPerDay { get; init; } = 1_000;
    public int Outlets { get; init; } = 60;
    public int Themes { get; init; } = 200;
    public int Vocabulary { get; init; } = 30_000;
    public int Names { get; init; } = 20_000;

    /// <summary>Share of articles that republish an earlier article of their story (trimmed and lightly edited).</summary>
    public double CopyRate { get; init; } = 0.08;

    /// <summary>Share of articles that are exact copies under another outlet.</summary>
    public double ExactRate { get; init; } = 0.01;

    /// <summary>Share of articles that belong to no story: columns, briefs, one-offs on a theme.</summary>
    public double NoiseRate { get; init; } = 0.05;

    /// <summary>Share of an article's words drawn from its story's own keywords; lower is harder.</summary>
    public double KeywordRate { get; init; } = 0.12;

    /// <summary>Share of words from the story's actors (names shared with other stories by popularity).</summary>
    public double NameRate { get; init; } = 0.05;

    /// <summary>Share of words from the theme the story shares with concurrent stories; higher is harder.</summary>
    public double ThemeRate { get; init; } = 0.08;

    /// <summary>A harder stream: fewer story keywords, more shared theme words and actors.</summary>
    public GeneratorOptions Hard() => this with { KeywordRate = 0.05, NameRate = 0.04, ThemeRate = 0.15 };

    public DateTimeOffset Start { get; init; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
}

/// <summary>One generated article with its gold story label; CopyOf names the article it copies, if any.</summary>
public sealed record SyntheticArticle(string Id, string Title, string Text, DateTimeOffset Published, string Outlet, string Story, string? CopyOf);

/// <summary>
/// Writes synthetic multi-outlet news streams with known story labels. A story has its own keywords and actors, drawn
/// on top of a theme it shares with other stories running at the same time (elections, floods...), and a Zipf
/// background; it runs for hours to days, covered by several outlets. Some articles are wire copies, trimmed and
/// lightly edited, or exact copies; some are noise that belongs to no story. Articles come out in time order, and the
/// same options always give the same stream. Memory holds only the stories still running.
/// </summary>
public sealed class StreamGenerator(GeneratorOptions options)
{
    private const double AngleRate = 0.03;
    private const double MeanSize = 6.5;
    private const int MaxSize = 300;

    private readonly Vocabulary _vocabulary = new(options.Vocabulary, 1.05);

    public IEnumerable<SyntheticArticle> Generate()
    {
        var random = new Random(options.Seed);
        var themes = new int[options.Themes][];
        for (var t = 0; t < themes.Length; t++)
            themes[t] = Draw(random, 30, 300, options.Vocabulary);

        var pending = new PriorityQueue<(StoryPlan Story, int Index), (long, long)>();
        var scheduled = 0;
        var emitted = 0;
        var storyCount = 0;
        long sequence = 0;
        for (var day = 0; emitted < options.Articles; day++)
        {
            var dayStart = options.Start.AddDays(day);
            var newStories = (int)Math.Ceiling(options.ArticlesPerDay / MeanSize);
            for (var s = 0; s < newStories && scheduled < options.Articles; s++)
            {
                var plan = NewStory(random, themes, storyCount++, dayStart);
                plan.Size = Math.Min(plan.Size, options.Articles - scheduled);
                scheduled += plan.Size;
                for (var k = 0; k < plan.Size; k++)
                    pending.Enqueue((plan, k), (plan.Times[k].UtcTicks, sequence++));
            }

            var dayEnd = dayStart.AddDays(1).UtcTicks;
            while (pending.TryPeek(out _, out var key) && (key.Item1 < dayEnd || scheduled >= options.Articles))
            {
                var (plan, index) = pending.Dequeue();
                yield return Write(random, plan, index, emitted++);
            }
        }
    }

    private StoryPlan NewStory(Random random, int[][] themes, int number, DateTimeOffset dayStart)
    {
        // Noise is a share of articles; as stories of one article, it is a larger share of stories.
        var noise = random.NextDouble() < options.NoiseRate * MeanSize / (1 + options.NoiseRate * (MeanSize - 1));
        var size = noise ? 1 : Math.Max(1, Math.Min(MaxSize, (int)Math.Floor(1.5 / Math.Pow(1 - random.NextDouble(), 1 / 1.1))));
        var plan = new StoryPlan
        {
            Label = $"g{options.Seed}-story{number}",
            Theme = themes[random.Next(themes.Length)],
            Keywords = noise ? [] : Draw(random, 10, 1000, options.Vocabulary),
            Names = noise ? [] : [PopularName(random), PopularName(random), random.Next(options.Names), random.Next(options.Names)],
            Size = size,
        };
        var start = dayStart.AddSeconds(random.Next(86_400));
        var scale = TimeSpan.FromHours(6 + random.NextDouble() * 42);
        plan.Times = new DateTimeOffset[size];
        plan.Times[0] = start;
        for (var k = 1; k < size; k++)
        {
            var offset = Math.Min(-Math.Log(1 - random.NextDouble()) * scale.TotalSeconds, TimeSpan.FromDays(5).TotalSeconds);
            plan.Times[k] = start.AddSeconds(offset);
        }

        Array.Sort(plan.Times);
        return plan;
    }

    private int PopularName(Random random) => (int)Math.Min(options.Names - 1, Math.Floor(Math.Pow(options.Names, random.NextDouble())) - 1);

    private SyntheticArticle Write(Random random, StoryPlan plan, int index, int ordinal)
    {
        var id = $"g{options.Seed}-{ordinal:D7}";
        var time = plan.Times[index];
        var roll = random.NextDouble();
        if (plan.Original is { } original && roll < options.ExactRate)
            return original with { Id = id, Published = time, Outlet = Outlet(random.Next(options.Outlets)), CopyOf = original.Id };
        if (plan.Original is { } source && roll < options.ExactRate + options.CopyRate)
            return Copy(random, source, id, time);

        var angle = Draw(random, 3, 500, options.Vocabulary);
        var title = new StringBuilder();
        var titleWords = 6 + random.Next(4);
        for (var i = 0; i < titleWords; i++)
        {
            var w = i < 2 && plan.Keywords.Length > 0 ? _vocabulary[plan.Keywords[random.Next(plan.Keywords.Length)]]
                : i == 2 && plan.Names.Length > 0 ? Vocabulary.Name(plan.Names[random.Next(plan.Names.Length)])
                : Word(random, plan, angle);
            title.Append(i == 0 ? Vocabulary.Capitalize(w) : w).Append(i + 1 < titleWords ? " " : string.Empty);
        }

        var text = new StringBuilder();
        var paragraphs = 4 + random.Next(6);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 1 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                var words = 8 + random.Next(17);
                for (var i = 0; i < words; i++)
                {
                    var w = Word(random, plan, angle);
                    text.Append(i == 0 ? Vocabulary.Capitalize(w) : w).Append(i + 1 < words ? " " : ". ");
                }
            }

            text.Length--;
            text.Append("\n\n");
        }

        var article = new SyntheticArticle(id, title.ToString(), text.ToString().TrimEnd(), time, Outlet(random.Next(options.Outlets)), plan.Label, null);
        plan.Original ??= article;
        return article;
    }

    /// <summary>A wire copy: the same paragraphs, maybe trimmed from the end, with a few words changed.</summary>
    private SyntheticArticle Copy(Random random, SyntheticArticle source, string id, DateTimeOffset time)
    {
        var paragraphs = source.Text.Split("\n\n");
        var keep = random.NextDouble() < 0.5 ? paragraphs.Length : Math.Max(2, (int)Math.Ceiling(paragraphs.Length * (0.5 + random.NextDouble() * 0.5)));
        var words = string.Join("\n\n", paragraphs[..Math.Min(keep, paragraphs.Length)]).Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < 0.03)
                words[i] = _vocabulary.Sample(random);
        }

        var title = random.NextDouble() < 0.5 ? source.Title : source.Title + " " + _vocabulary.Sample(random);
        return new SyntheticArticle(id, title, string.Join(' ', words), time, Outlet(random.Next(options.Outlets)), source.Story, source.Id);
    }

    private string Word(Random random, StoryPlan plan, int[] angle)
    {
        var x = random.NextDouble();
        if (plan.Keywords.Length > 0 && (x -= options.KeywordRate) < 0)
            return _vocabulary[plan.Keywords[Zipf(random, plan.Keywords.Length)]];
        if (plan.Names.Length > 0 && (x -= options.NameRate) < 0)
            return Vocabulary.Name(plan.Names[random.Next(plan.Names.Length)]);
        if ((x -= options.ThemeRate) < 0)
            return _vocabulary[plan.Theme[random.Next(plan.Theme.Length)]];
        if ((x -= AngleRate) < 0)
            return _vocabulary[angle[random.Next(angle.Length)]];
        return _vocabulary.Sample(random);
    }

    private static int Zipf(Random random, int n) => Math.Min(n - 1, (int)Math.Floor(Math.Pow(n + 1, random.NextDouble())) - 1);

    private static int[] Draw(Random random, int count, int from, int to)
    {
        var result = new int[count];
        for (var i = 0; i < count; i++)
            result[i] = from + random.Next(to - from);
        return result;
    }

    private static string Outlet(int index) => index < 3 ? $"Wire {(char)('A' + index)}" : $"Outlet {index:D2}";

    private sealed class StoryPlan
    {
        public required string Label { get; init; }
        public required int[] Theme { get; init; }
        public required int[] Keywords { get; init; }
        public required int[] Names { get; init; }
        public int Size { get; set; }
        public DateTimeOffset[] Times { get; set; } = [];
        public SyntheticArticle? Original { get; set; }
    }
}
