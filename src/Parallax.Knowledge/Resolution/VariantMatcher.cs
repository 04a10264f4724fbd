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
    public static MatchResult Match(PersonName a, PersonContext ca, PersonName b, PersonContext cb)
    {
        if (a.Generation != b.Generation)
            return MatchResult.No;
        var surnameExact = a.SurnameKey == b.SurnameKey;
        if (!surnameExact && !NameMatcher.IsVariant(a.SurnameKey, b.SurnameKey))
            return MatchResult.No;
        var given = NameMatcher.CompareGiven(a.Given, b.Given);
        if (given == GivenMatch.Conflict)
            return MatchResult.No;

        if (ca.Country is { } x && cb.Country is { } y && x != y)
            return MatchResult.No;
        if (ca.Org is { } oa && cb.Org is { } ob && oa != ob)
            return MatchResult.No;
        string? sharedRole = null;
        if (ca.Roles.Count > 0 && cb.Roles.Count > 0)
        {
            var sameSector = false;
            foreach (var ra in ca.Roles)
            {
                foreach (var rb in cb.Roles)
                {
                    sameSector |= ra.Sector == rb.Sector;
                    if (ra.Role == rb.Role)
                        sharedRole ??= ra.Role;
                }
            }

            if (!sameSector)
                return MatchResult.No;
        }

        var positives = new List<string>(3);
        if (ca.Country is not null && ca.Country == cb.Country)
            positives.Add("same country " + ca.Country);
        if (ca.Org is not null && ca.Org == cb.Org)
            positives.Add("same organization " + ca.Org);
        if (sharedRole is not null)
            positives.Add("same role " + sharedRole);

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
            return MatchResult.No;

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
        var context = positives.Count == 0 ? "no conflicting country, organization or role" : string.Join(", ", positives);
        var detail = $"'{a.Display}' and '{b.Display}': {name}, {surname}; context: {context}";
        var score = positives.Count * 10 + (given == GivenMatch.Exact ? 5 : given == GivenMatch.Missing ? 0 : 2) + (surnameExact ? 3 : 0);
        return new MatchResult(true, rule, detail, score);
    }
}
