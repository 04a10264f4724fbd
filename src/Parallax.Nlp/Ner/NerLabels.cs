using Parallax.Annotations;

namespace Parallax.Nlp.Ner;

/// <summary>
/// BILOU labels over the four CoNLL types. Index 0 is O; then for each type t: B=1+4t, I=2+4t, L=3+4t, U=4+4t.
/// BILOU learns sharper boundaries than BIO; output is converted back to BIO for conlleval.
/// </summary>
public static class NerLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public static readonly EntityType[] EntityTypes = [EntityType.PER, EntityType.ORG, EntityType.LOC, EntityType.MISC];
    public const int Count = 17;
    public const int O = 0;
    public const int B = 0, I = 1, L = 2, U = 3;

    public static readonly string[] Names = BuildNames();
    public static readonly string[] BioB = [.. Types.Select(t => "B-" + t)];
    public static readonly string[] BioI = [.. Types.Select(t => "I-" + t)];

    public static int Label(int type, int position) => 1 + (4 * type) + position;
    public static int TypeOf(int label) => (label - 1) / 4;
    public static int PositionOf(int label) => (label - 1) % 4;

    /// <summary>Whether label cur may follow prev (prev = -1 at sentence start).</summary>
    public static bool Allowed(int prev, int cur)
    {
        var open = prev > 0 && PositionOf(prev) is B or I;
        if (open)
            return cur > 0 && TypeOf(cur) == TypeOf(prev) && PositionOf(cur) is I or L;
        return cur == O || PositionOf(cur) is B or U;
    }

    public static bool AllowedLast(int label) => label == O || PositionOf(label) is L or U;

    public static int TypeIndex(ReadOnlySpan<char> type)
    {
        for (var i = 0; i < Types.Length; i++)
        {
            if (type.SequenceEqual(Types[i]))
                return i;
        }

        return -1;
    }

    /// <summary>Converts IOB1 or IOB2 tags (conlleval chunk semantics) to BILOU label indices.</summary>
    public static int[] FromBio(IReadOnlyList<string> tags)
    {
        var labels = new int[tags.Count];
        var t = 0;
        while (t < tags.Count)
        {
            var type = tags[t].Length > 2 ? TypeIndex(tags[t].AsSpan(2)) : -1;
            if (type < 0)
            {
                labels[t++] = O;
                continue;
            }

            var end = t + 1;
            while (end < tags.Count && tags[end].StartsWith("I-", StringComparison.Ordinal) && TypeIndex(tags[end].AsSpan(2)) == type)
                end++;
            if (end - t == 1)
            {
                labels[t] = Label(type, U);
            }
            else
            {
                labels[t] = Label(type, B);
                for (var k = t + 1; k < end - 1; k++)
                    labels[k] = Label(type, I);
                labels[end - 1] = Label(type, L);
            }

            t = end;
        }

        return labels;
    }

    /// <summary>BIO (IOB2) tag for a BILOU label; shared strings, no allocation.</summary>
    public static string ToBio(int label) =>
        label == O ? "O" : PositionOf(label) is B or U ? BioB[TypeOf(label)] : BioI[TypeOf(label)];

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[0] = "O";
        for (var t = 0; t < Types.Length; t++)
        {
            names[Label(t, B)] = "B-" + Types[t];
            names[Label(t, I)] = "I-" + Types[t];
            names[Label(t, L)] = "L-" + Types[t];
            names[Label(t, U)] = "U-" + Types[t];
        }

        return names;
    }
}
