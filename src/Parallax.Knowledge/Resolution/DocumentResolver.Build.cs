using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>Span cleaning, the per-call state, and assembling the analysis of one document.</summary>
public sealed partial class DocumentResolver
{
    /// <summary>Trims what recognizers often leave on a span: a leading "the", a possessive, quotes and punctuation.</summary>
    internal static (int Start, int Length) Clean(string text, int start, int length)
    {
        var s = start;
        var e = start + length;
        while (s < e && !char.IsLetterOrDigit(text[s]))
            s++;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]) && text[e - 1] != '.')
            e--;
        if (e - s > 4 && text.AsSpan(s, 4) is "the " or "The ")
            s += 4;
        var trimmed = NameText.TrimPossessive(text.AsSpan(s, e - s));
        e = s + trimmed.Length;
        while (e > s && !char.IsLetterOrDigit(text[e - 1]) && !(text[e - 1] == '.' && TextWords.IsAbbreviation(text.AsSpan(s, e - s))))
            e--;
        return (s, e - s);
    }

    private static DocumentAnalysis Build(State state, List<EntityMention> names, LocalEntity?[] owners, List<(EntityMention Mention, LocalEntity Entity)> extra, Token[] tokens)
    {
        var all = new List<(EntityMention Mention, LocalEntity? Entity, bool Derived)>(names.Count + extra.Count);
        for (var i = 0; i < names.Count; i++)
            all.Add((names[i], owners[i]?.Root(), false));
        foreach (var (m, e) in extra)
            all.Add((WithTokens(m, tokens), e.Root(), true));
        all.Sort((a, b) => a.Mention.Start != b.Mention.Start ? a.Mention.Start.CompareTo(b.Mention.Start) : b.Mention.Length.CompareTo(a.Mention.Length));

        var entities = new List<LocalEntity>();
        foreach (var e in state.Entities)
        {
            if (e.MergedInto is not null)
                continue;
            e.Index = entities.Count;
            e.FirstMention = -1;

            e.DropSurfaces();
            entities.Add(e);
        }

        var mentions = new EntityMention[all.Count];
        var owner = new int[all.Count];
        var derived = new bool[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var (m, e, d) = all[i];
            derived[i] = d;
            mentions[i] = e is not null && m.Type == EntityType.LOC && e.Type == EntityType.GPE ? m with { Type = EntityType.GPE } : m;
            owner[i] = e?.Index ?? -1;
            if (e is not null && e.FirstMention < 0)
                e.FirstMention = i;
        }

        return new DocumentAnalysis { Mentions = mentions, MentionEntity = owner, Entities = entities, Derived = derived };
    }

    private static EntityMention WithTokens(EntityMention m, Token[] tokens)
    {
        if (tokens.Length == 0)
            return m;
        int lo = 0, hi = tokens.Length - 1, first = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= m.Start)
                lo = mid + 1;
            else
            {
                first = mid;
                hi = mid - 1;
            }
        }

        if (first < 0)
            return m;
        var count = 0;
        while (first + count < tokens.Length && tokens[first + count].Start < m.End)
            count++;
        return m with { FirstToken = first, TokenCount = count };
    }

    private sealed class State
    {
        private readonly PersonCache _persons;

        public State(string text, StringPool strings, PersonCache persons)
        {
            Text = text;
            Strings = strings;
            _persons = persons;
            SurfaceLookup = BySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string Text { get; }
        public StringPool Strings { get; }

        /// <summary>Entities of names outside the knowledge base, by the exact surface, so repeats cost one lookup.</summary>
        public Dictionary<string, LocalEntity> BySurface { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, LocalEntity>.AlternateLookup<ReadOnlySpan<char>> SurfaceLookup { get; }

        public PersonName? ParsePerson(ReadOnlySpan<char> written, KnowledgeBase kb) => _persons.Parse(written, kb);

        public List<LocalEntity> Entities { get; } = [];
        /// <summary>Entities of other names by normalized name, and by the acronym of a multi-word name.</summary>
        public Dictionary<string, LocalEntity> ByName { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, LocalEntity> ByAcronym { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<LocalEntity>> BySurname { get; } = new(StringComparer.Ordinal);
        public Dictionary<KbEntry, LocalEntity> ByEntry { get; } = [];
        public Dictionary<KbEntry, LocalEntity> ByDemonym { get; } = [];

        public LocalEntity Add(EntityType type, string name, string key, KbEntry? kb, KbEntry? demonym = null)
        {
            var e = new LocalEntity { Index = Entities.Count, Type = type, Name = name, Key = key, Kb = kb, Demonym = demonym };
            Entities.Add(e);
            return e;
        }
    }
}
