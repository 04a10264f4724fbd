using System.Reflection;

namespace Parallax.Events;

public enum PatternKind : byte
{
    Verb,
    Noun,
}

/// <summary>What a modality word says about the event after it.</summary>
[Flags]
public enum CueKind : byte
{
    None = 0,
    Negation = 1,
    Intent = 2,
    Demand = 4,
    Hypothetical = 8,
    Condition = 16,

    /// <summary>A verb whose gerund object does not happen: "ruled out coordinating".</summary>
    Refusal = 32,

    /// <summary>A noun whose "of" + gerund is only possible: "the possibility of working with Iran".</summary>
    Prospect = 64,
}

/// <summary>
/// One trigger pattern. Segments[0] holds the head alternatives; later segments hold word alternatives
/// (an empty segment is a gap of up to four words). Alternatives may join words with '_'.
/// </summary>
public sealed record EventPattern(
    string Code, PatternKind Kind, string[][] Segments, string[] TargetPreps, bool Mutual, bool Strict, string Origin)
{
    public int Weight
    {
        get
        {
            var w = 0;
            foreach (var s in Segments)
                w += s.Length == 0 ? 0 : 2;
            return w + (TargetPreps.Length > 0 ? 1 : 0);
        }
    }
}

/// <summary>An unnamed actor phrase ("officials", "the group") and the role or actor code it stands for.</summary>
public sealed record ActorPhrase(string Code, string[] Words, bool Anaphor, string Origin);

public sealed record ModalityCue(CueKind Kind, string[] Words);

/// <summary>
/// The verb-phrase dictionary: trigger patterns, unnamed actors, modality cues, speech verbs and irregular forms.
/// The built-in file is embedded; a user file in the same format is added to it (docs/events.md).
/// </summary>
public sealed class EventDictionary
{
    public List<EventPattern> Patterns { get; } = [];
    public List<ActorPhrase> Actors { get; } = [];
    public List<ModalityCue> Cues { get; } = [];
    public List<string> SpeechVerbs { get; } = [];
    public Dictionary<string, List<string>> Forms { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static EventDictionary Default { get; } = LoadDefault();

    /// <summary>The built-in dictionary plus the entries of a user file.</summary>
    public static EventDictionary LoadWith(string path)
    {
        using var reader = new StreamReader(path);
        var user = Parse(reader, Path.GetFileName(path));
        var merged = Parse(new StringReader(string.Empty), "(empty)");
        merged.Add(Default);
        merged.Add(user);
        return merged;
    }

    public void Add(EventDictionary other)
    {
        Patterns.AddRange(other.Patterns);
        Actors.AddRange(other.Actors);
        Cues.AddRange(other.Cues);
        SpeechVerbs.AddRange(other.SpeechVerbs);
        foreach (var (lemma, forms) in other.Forms)
        {
            if (!Forms.TryGetValue(lemma, out var list))
                Forms[lemma] = list = [];
            list.AddRange(forms);
        }
    }

    public static EventDictionary Parse(TextReader reader, string name, Codebook? codebook = null)
    {
        codebook ??= Codebook.Default;
        var dict = new EventDictionary();
        var section = string.Empty;
        var lineNo = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
                continue;
            var origin = $"{name}:{lineNo}";
            if (line[0] == '[')
            {
                section = line.Trim('[', ']').Trim().ToLowerInvariant();
                if (section is not ("verbs" or "nouns" or "actors" or "modality" or "forms"))
                    throw new FormatException($"{origin}: unknown section [{section}]");
                continue;
            }

            switch (section)
            {
                case "verbs":
                    dict.Patterns.Add(ParsePattern(line, PatternKind.Verb, origin, codebook));
                    break;
                case "nouns":
                    dict.Patterns.Add(ParsePattern(line, PatternKind.Noun, origin, codebook));
                    break;
                case "actors":
                    dict.Actors.AddRange(ParseActors(line, origin));
                    break;
                case "modality":
                    ParseModality(dict, line, origin);
                    break;
                case "forms":
                    var words = Words(line);
                    if (words.Length < 2)
                        throw new FormatException($"{origin}: a [forms] line is a lemma followed by its irregular forms");
                    if (!dict.Forms.TryGetValue(words[0], out var list))
                        dict.Forms[words[0]] = list = [];
                    list.AddRange(words[1..]);
                    break;
                default:
                    throw new FormatException($"{origin}: entry outside a section");
            }
        }

        return dict;
    }

    private static EventPattern ParsePattern(string line, PatternKind kind, string origin, Codebook codebook)
    {
        var options = string.Empty;
        var semi = line.IndexOf(';', StringComparison.Ordinal);
        if (semi >= 0)
        {
            options = line[(semi + 1)..];
            line = line[..semi];
        }

        string[] preps = [];
        var gt = line.IndexOf('>', StringComparison.Ordinal);
        if (gt >= 0)
        {
            preps = Alternatives(line[(gt + 1)..].Trim(), origin);
            line = line[..gt];
        }

        var words = Words(line);
        if (words.Length < 2)
            throw new FormatException($"{origin}: a pattern is CODE followed by at least a head word");
        var code = words[0];
        if (!codebook.TryGet(code, out _))
            throw new FormatException($"{origin}: '{code}' is not a CAMEO code in the codebook");
        var segments = new string[words.Length - 1][];
        for (var i = 1; i < words.Length; i++)
            segments[i - 1] = words[i] == "..." ? (i == 1 ? throw new FormatException($"{origin}: a pattern cannot start with '...'") : []) : Alternatives(words[i], origin);
        var mutual = false;
        var strict = false;
        foreach (var opt in Words(options))
        {
            switch (opt.ToLowerInvariant())
            {
                case "mutual":
                    mutual = true;
                    break;
                case "strict":
                    strict = true;
                    break;
                default:
                    throw new FormatException($"{origin}: unknown option '{opt}' (mutual, strict)");
            }
        }

        if (strict && preps.Length == 0)
            throw new FormatException($"{origin}: 'strict' needs target prepositions after '>'");
        return new EventPattern(code, kind, segments, preps, mutual, strict, origin);
    }

    private static IEnumerable<ActorPhrase> ParseActors(string line, string origin)
    {
        var anaphor = false;
        var semi = line.IndexOf(';', StringComparison.Ordinal);
        if (semi >= 0)
        {
            var opt = line[(semi + 1)..].Trim();
            if (opt != "anaphor")
                throw new FormatException($"{origin}: unknown actor option '{opt}' (anaphor)");
            anaphor = true;
            line = line[..semi];
        }

        var words = Words(line);
        if (words.Length < 2 || !words[0].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            throw new FormatException($"{origin}: an actor line is CODE (capitals) followed by phrase|phrase");
        var code = words[0];
        var rest = line.Trim()[code.Length..];
        foreach (var phrase in rest.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return new ActorPhrase(code, Words(phrase.ToLowerInvariant()), anaphor, origin);
    }

    private static void ParseModality(EventDictionary dict, string line, string origin)
    {
        var words = Words(line);
        if (words.Length < 2)
            throw new FormatException($"{origin}: a modality line is KIND followed by phrase|phrase");
        var kind = words[0].ToLowerInvariant();
        var rest = line.Trim()[words[0].Length..];
        var phrases = rest.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (kind == "speech")
        {
            dict.SpeechVerbs.AddRange(phrases);
            return;
        }

        var cue = kind switch
        {
            "negation" => CueKind.Negation,
            "intent" => CueKind.Intent,
            "demand" => CueKind.Demand,
            "hypothetical" => CueKind.Hypothetical,
            "condition" => CueKind.Condition,
            "refusal" => CueKind.Refusal,
            "prospect" => CueKind.Prospect,
            _ => throw new FormatException($"{origin}: unknown modality kind '{kind}' (negation, intent, demand, hypothetical, condition, refusal, prospect, speech)"),
        };
        foreach (var p in phrases)
            dict.Cues.Add(new ModalityCue(cue, Words(p.ToLowerInvariant())));
    }

    private static string[] Alternatives(string word, string origin)
    {
        var alts = word.ToLowerInvariant().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return alts.Length > 0 ? alts : throw new FormatException($"{origin}: empty alternative list");
    }

    private static string[] Words(string s) => s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }

    private static EventDictionary LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parallax.Events.events-dictionary.txt")
            ?? throw new InvalidOperationException("embedded events dictionary missing");
        using var reader = new StreamReader(stream);
        return Parse(reader, "events-dictionary.txt");
    }
}
