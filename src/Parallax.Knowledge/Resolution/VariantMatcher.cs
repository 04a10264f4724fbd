using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>The verdict on two person names from different articles: merge or not, and why.</summary>
public readonly record struct MatchResult(bool Merge, string Rule, string Detail, int Score)
{
    public static readonly MatchResult No = new(false, string.Empty, string.Empty, 0);
}

/// <summary>What is known about a person besides the name: country, organization and roles.</summary>
public readonly record struct PersonContext(string? Country, string? Org, IReadOnlyList<RoleFact> Roles);

/// <summary>
/// Decides whether two people named in different articles are the same actor. Names must agree (surname exactly or as a
/// transliteration variant; given names exactly, as variants, initials or nicknames, with middle names allowed on one side),
/// and context must not conflict (country, organization, role sector). Weaker name evidence needs positive context:
/// a bare surname merges only with a shared country, organization or role.
/// </summary>
public static class VariantMatcher
{
    /// <summary>The verdict with its evidence written out; use Score first when comparing many candidates.</summary>
    public static MatchResult Match(PersonName a, PersonContext ca, PersonName b, PersonContext cb)
    {
        var score = Score(a, ca, b, cb, out var given, out var surnameExact, out var positives);
        return score < 0 ? MatchResult.No : Explain(a, b, given, surnameExact, positives, ca, score);
    }

    /// <summary>-1 when the two must not merge; otherwise a score, higher for stronger evidence. Allocates nothing.</summary>
    public static int Score(PersonName a, PersonContext ca, PersonName b, PersonContext cb, out GivenMatch given, out bool surnameExact, out Positives positives)
    {
        given = GivenMatch.Conflict;
        positives = default;
        surnameExact = a.SurnameKey == b.SurnameKey;

        // The cheap context conflicts first: among many same-surname candidates most fail on them, and the order
        // of the checks does not change the verdict.
        if (a.Generation != b.Generation)
            return -1;
        if (ca.Country is { } x && cb.Country is { } y && x != y)
            return -1;
        if (ca.Org is { } oa && cb.Org is { } ob && oa != ob)
            return -1;
        if (!surnameExact && !NameMatcher.IsVariant(a.SurnameKey, b.SurnameKey))
            return -1;
        given = NameMatcher.CompareGiven(a.Given, b.Given);
        if (given == GivenMatch.Conflict)
            return -1;
        string? sharedRole = null;
        var rolesA = ca.Roles;
        var rolesB = cb.Roles;
        if (rolesA.Count > 0 && rolesB.Count > 0)
        {
            // Index loops: foreach over the interface would allocate an enumerator for every candidate compared.
            var sameSector = false;
            for (var i = 0; i < rolesA.Count; i++)
            {
                var ra = rolesA[i];
                for (var j = 0; j < rolesB.Count; j++)
                {
                    var rb = rolesB[j];
                    sameSector |= ra.Sector == rb.Sector;
                    if (ra.Role == rb.Role)
                        sharedRole ??= ra.Role;
                }
            }

            if (!sameSector)
                return -1;
        }

        positives = new Positives(ca.Country is not null && ca.Country == cb.Country, ca.Org is not null && ca.Org == cb.Org, sharedRole);
        var needed = given switch
        {
            GivenMatch.Missing => surnameExact ? 1 : 2,
            GivenMatch.Exact => 0,
            GivenMatch.Variant => surnameExact ? 0 : 1,
            GivenMatch.Nickname => surnameExact ? 0 : 1,
            GivenMatch.Partial => surnameExact ? 1 : 2,
            _ => 1,
        };
        if (positives.Count < needed)
            return -1;
        return positives.Count * 10 + (given == GivenMatch.Exact ? 5 : given == GivenMatch.Missing ? 0 : 2) + (surnameExact ? 3 : 0);
    }

    private static MatchResult Explain(PersonName a, PersonName b, GivenMatch given, bool surnameExact, Positives positives, PersonContext ca, int score)
    {
        var rule = given switch
        {
            GivenMatch.Missing => "surname+context",
            GivenMatch.Initial => "initial",
            GivenMatch.Nickname => "nickname",
            GivenMatch.Partial => "middle-name",
            GivenMatch.Variant => "transliteration",
            _ when !surnameExact => "transliteration",
            _ when a.Given.Length != b.Given.Length => "middle-name",
            _ => "same-name",
        };
        var name = given switch
        {
            GivenMatch.Missing => $"surname {b.Display.Split(' ')[^1]} with no given name on one side",
            GivenMatch.Initial => "given name and initial agree",
            GivenMatch.Nickname => "given name is a nickname of the other",
            GivenMatch.Partial => "one side leaves out a given name",
            GivenMatch.Variant => "given names are spelling variants",
            _ when a.Given.Length != b.Given.Length => "same first name, a middle name on one side only",
            _ => "same given names",
        };
        if (rule == "same-name" && NameText.Normalize(a.Display) != NameText.Normalize(b.Display))
        {
            // Equal keys from different letters: one name in two romanizations (Sergey/Sergei, Fouad/Fuad).
            rule = "transliteration";
            name = "given names are one name in two spellings";
        }

        var surname = surnameExact ? (a.Surname == b.Surname ? "same surname" : "surname in two spellings") : "surnames are spelling variants";
        var context = positives.Count == 0 ? "no conflicting country, organization or role" : positives.Describe(ca);
        var detail = $"'{a.Display}' and '{b.Display}': {name}, {surname}; context: {context}";
        return new MatchResult(true, rule, detail, score);
    }

    /// <summary>The context two people share: country, organization, role.</summary>
    public readonly record struct Positives(bool Country, bool Org, string? Role)
    {
        public int Count => (Country ? 1 : 0) + (Org ? 1 : 0) + (Role is null ? 0 : 1);

        public string Describe(PersonContext c)
        {
            var parts = new List<string>(3);
            if (Country)
                parts.Add("same country " + c.Country);
            if (Org)
                parts.Add("same organization " + c.Org);
            if (Role is not null)
                parts.Add("same role " + Role);
            return string.Join(", ", parts);
        }
    }
}
