using System.Globalization;
using System.Reflection;

namespace Parallax.Events;

/// <summary>One CAMEO event code with its standard Goldstein weight.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein)
{
    public string Root => Code[..2];

    public int QuadClass => Codebook.QuadClassOf(Root);
}

/// <summary>The CAMEO event codes we know (embedded Data/cameo-codebook.tsv), keyed by code.</summary>
public sealed class Codebook
{
    private readonly Dictionary<string, CameoCode> _codes;

    private Codebook(Dictionary<string, CameoCode> codes) => _codes = codes;

    public static Codebook Default { get; } = Load();

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    public bool TryGet(string code, out CameoCode entry) => _codes.TryGetValue(code, out entry!);

    public CameoCode this[string code] =>
        _codes.TryGetValue(code, out var c) ? c : throw new KeyNotFoundException($"unknown CAMEO code '{code}'");

    /// <summary>GDELT's four-way grouping of roots: verbal/material cooperation, verbal/material conflict.</summary>
    public static int QuadClassOf(string root)
    {
        var r = int.Parse(root, NumberStyles.None, CultureInfo.InvariantCulture);
        return r switch
        {
            <= 5 => 1,
            <= 8 => 2,
            <= 13 => 3,
            _ => 4,
        };
    }

    public static Codebook Parse(TextReader reader)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiDigit)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein))
                throw new FormatException($"codebook line {lineNo}: expected CODE<TAB>GOLDSTEIN<TAB>NAME");
            codes[parts[0]] = new CameoCode(parts[0], parts[2], goldstein);
        }

        return new Codebook(codes);
    }

    private static Codebook Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Parallax.Events.cameo-codebook.tsv")
            ?? throw new InvalidOperationException("embedded CAMEO codebook missing");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
