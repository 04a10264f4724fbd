namespace Parallax.Stories.Comparison;

/// <summary>
/// Stance cues a headline or lede uses to frame a story, each with the signal it carries. Longer phrases are tried
/// first, so "won't rule out" reads as openness and not as a refusal.
/// </summary>
internal static class FrameCues
{
    public static readonly (string Words, string Signal)[] All = Build(
        ("without", "exclusion"), ("excluded", "exclusion"), ("excludes", "exclusion"), ("left out", "exclusion"), ("shut out", "exclusion"),
        ("sidelined", "exclusion"), ("snub", "exclusion"), ("snubs", "exclusion"), ("absent", "exclusion"), ("not among", "exclusion"), ("not invited", "exclusion"),
        ("won't rule out", "openness"), ("will not rule out", "openness"), ("not rule out", "openness"), ("open to", "openness"),
        ("won't shut the door", "openness"), ("leaves door open", "openness"), ("door open", "openness"), ("considers", "openness"), ("weighs", "openness"),
        ("rejects", "refusal"), ("rejected", "refusal"), ("refuses", "refusal"), ("refused", "refusal"), ("denies", "refusal"), ("denied", "refusal"),
        ("won't", "refusal"), ("will not", "refusal"), ("rules out", "refusal"), ("opposes", "refusal"), ("opposed", "refusal"),
        ("tackle", "conflict"), ("fight", "conflict"), ("fights", "conflict"), ("battle", "conflict"), ("attack", "conflict"), ("strikes", "conflict"),
        ("airstrikes", "conflict"), ("war", "conflict"), ("spar", "conflict"), ("clash", "conflict"), ("row", "conflict"), ("dispute", "conflict"),
        ("accuse", "conflict"), ("accuses", "conflict"), ("blame", "conflict"), ("blames", "conflict"), ("against", "conflict"), ("threat", "conflict"),
        ("working with", "cooperation"), ("work with", "cooperation"), ("works with", "cooperation"), ("cooperate", "cooperation"),
        ("coordination", "cooperation"), ("join", "cooperation"), ("joins", "cooperation"), ("ally", "cooperation"), ("allies", "cooperation"),
        ("partner", "cooperation"), ("agree", "cooperation"), ("agrees", "cooperation"), ("pledge", "cooperation"), ("pledges", "cooperation"),
        ("aid", "cooperation"), ("help", "cooperation"), ("support", "cooperation"), ("talks", "cooperation"),
        ("urges", "appeal"), ("calls for", "appeal"), ("asks", "appeal"), ("seeks", "appeal"), ("appeal", "appeal"),
        ("warns", "warning"), ("warning", "warning"), ("fears", "warning"), ("crisis", "warning"), ("deadly", "warning"));

    private static (string, string)[] Build(params (string Words, string Signal)[] cues) =>
        [.. cues.OrderByDescending(c => c.Words.Length).ThenBy(c => c.Words, StringComparer.Ordinal)];
}
