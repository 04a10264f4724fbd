using System.Reflection;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Kb;

/// <summary>
/// The built-in knowledge base (countries, cities, seats of government, organizations, armed groups, roles),
/// optionally extended by user files. Loaded once; every lookup is a hash lookup on the normalized alias.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> BuiltIn = new(() => Load([]));

    private readonly Dictionary<string, AliasHit[]> _aliases;
    private readonly Dictionary<string, AliasHit[]>.AlternateLookup<ReadOnlySpan<char>> _aliasLookup;
    private readonly Dictionary<string, RoleEntry>.AlternateLookup<ReadOnlySpan<char>> _roleLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _honorificLookup;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _anaphorLookup;
    private readonly Dictionary<string, KbEntry> _byId;
    private readonly Dictionary<string, RoleEntry> _roles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nominalStarts;

    private KnowledgeBase(KnowledgeBaseBuilder b)
    {
        Entries = [.. b.Entries];
        _byId = b.ById;
        _aliases = new Dictionary<string, AliasHit[]>(b.Aliases.Count, StringComparer.Ordinal);
        foreach (var (key, hits) in b.Aliases)
        {
            _aliases[key] = [.. hits];
            MaxAliasWords = Math.Max(MaxAliasWords, Words(key));
        }

        _roles = b.Roles;
        foreach (var key in b.Roles.Keys)
            MaxRoleWords = Math.Max(MaxRoleWords, Words(key));
        _aliasLookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleLookup = b.Roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _honorificLookup = b.Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
        _anaphorLookup = b.Anaphors.GetAlternateLookup<ReadOnlySpan<char>>();
        AliasCount = _aliases.Count;
        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in b.Roles.Keys)
            starts.Add(FirstWord(key));
        foreach (var key in b.Anaphors.Keys)
            starts.Add(FirstWord(key));
        _nominalStarts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static string FirstWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    /// <summary>True when a normalized word can begin a role or a nominal phrase ("secretary", "group"): a cheap first filter.</summary>
    public bool IsNominalStart(ReadOnlySpan<char> normalizedWord) => _nominalStarts.Contains(normalizedWord);

    /// <summary>The built-in knowledge base, loaded on first use.</summary>
    public static KnowledgeBase Default => BuiltIn.Value;

    public IReadOnlyList<KbEntry> Entries { get; }
    public int AliasCount { get; }
    public int RoleCount => _roles.Count;
    public int MaxAliasWords { get; }
    public int MaxRoleWords { get; }

    /// <summary>Loads the built-in data and then each user file (see docs/knowledge-base.md for the format).</summary>
    public static KnowledgeBase Load(IEnumerable<string> userFiles)
    {
        var builder = new KnowledgeBaseBuilder();
        var assembly = typeof(KnowledgeBase).Assembly;
        Builtin(builder, assembly, "countries.tsv", "country");
        Builtin(builder, assembly, "orgs.tsv", "org");
        Builtin(builder, assembly, "groups.tsv", "group");
        Builtin(builder, assembly, "roles.tsv", "role");
        Builtin(builder, assembly, "honorifics.txt", "honorific");
        Builtin(builder, assembly, "anaphora.tsv", "anaphor");
        foreach (var path in userFiles)
        {
            using var reader = new StreamReader(path);
            KbParser.ParseUserFile(builder, reader, Path.GetFileName(path));
        }

        return new KnowledgeBase(builder);
    }

    /// <summary>Builds a knowledge base from the built-in data plus user text, for tests and embedding.</summary>
    public static KnowledgeBase LoadWith(string userText)
    {
        var builder = new KnowledgeBaseBuilder();
        var assembly = typeof(KnowledgeBase).Assembly;
        Builtin(builder, assembly, "countries.tsv", "country");
        Builtin(builder, assembly, "orgs.tsv", "org");
        Builtin(builder, assembly, "groups.tsv", "group");
        Builtin(builder, assembly, "roles.tsv", "role");
        Builtin(builder, assembly, "honorifics.txt", "honorific");
        Builtin(builder, assembly, "anaphora.tsv", "anaphor");
        KbParser.ParseUserFile(builder, new StringReader(userText), "(user)");
        return new KnowledgeBase(builder);
    }

    public KbEntry? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// Every knowledge-base reading of a surface form as written in the text; capitals-only aliases are skipped
    /// when the surface has lower-case letters. Names come before adjectives.
    /// </summary>
    public ReadOnlySpan<AliasHit> Find(ReadOnlySpan<char> surface)
    {
        surface = NameText.TrimPossessive(surface.Trim());
        if (surface.Length > 4 && surface[..4] is "the " or "The ")
            surface = surface[4..];
        if (surface.IsEmpty)
            return default;
        Span<char> buffer = surface.Length <= 128 ? stackalloc char[128] : new char[surface.Length];
        var n = NameText.Normalize(surface, buffer);
        if (n == 0 || !_aliasLookup.TryGetValue(buffer[..n], out var hits))
            return FindBracketed(surface);
        if (!NameText.IsAllCaps(surface))
        {
            foreach (var h in hits)
            {
                if (h.CapsOnly)
                    return FilterCaps(hits);
            }
        }

        return hits;
    }

    /// <summary>"Daesh (Islamic State)" unknown as a whole: the name before the bracket, else the one inside.</summary>
    private ReadOnlySpan<AliasHit> FindBracketed(ReadOnlySpan<char> surface)
    {
        if (!NameText.SplitBracket(surface, out var outer, out var inner))
            return default;
        var hits = Find(surface[outer]);
        return hits.IsEmpty ? Find(surface[inner]) : hits;
    }

    public bool TryFind(ReadOnlySpan<char> surface, out AliasHit hit)
    {
        var hits = Find(surface);
        hit = hits.IsEmpty ? default : hits[0];
        return !hits.IsEmpty;
    }

    /// <summary>Finds the country a surface names or describes ("Iraq", "Iraqi", "the U.S.", "Britain's").</summary>
    public KbEntry? FindCountry(ReadOnlySpan<char> surface)
    {
        foreach (var h in Find(surface))
        {
            if (h.Entry.Kind == KbKind.Country)
                return h.Entry;
        }

        return null;
    }

    /// <summary>Looks up an already normalized role phrase ("foreign minister", "secretary general").</summary>
    public bool TryFindRole(ReadOnlySpan<char> normalized, out RoleEntry role) =>
        _roleLookup.TryGetValue(normalized, out role!);

    public RoleEntry? FindRole(string text)
    {
        var key = NameText.Normalize(text);
        return _roles.GetValueOrDefault(key);
    }

    public bool IsHonorific(ReadOnlySpan<char> normalized) => _honorificLookup.Contains(normalized);

    public bool TryFindAnaphor(ReadOnlySpan<char> normalized, out string[] kinds) =>
        _anaphorLookup.TryGetValue(normalized, out kinds!);

    private static AliasHit[] FilterCaps(AliasHit[] hits)
    {
        var kept = new List<AliasHit>(hits.Length);
        foreach (var h in hits)
        {
            if (!h.CapsOnly)
                kept.Add(h);
        }

        return [.. kept];
    }

    private static int Words(string key)
    {
        var n = 1;
        foreach (var c in key)
        {
            if (c == ' ')
                n++;
        }

        return n;
    }

    private static void Builtin(KnowledgeBaseBuilder builder, Assembly assembly, string file, string kind)
    {
        using var stream = assembly.GetManifestResourceStream("Parallax.Knowledge.Data." + file)
            ?? throw new InvalidOperationException($"built-in knowledge file {file} is missing from the assembly");
        using var reader = new StreamReader(stream);
        KbParser.ParseFile(builder, kind, reader, file);
    }
}
