using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>What a title before a name, or an appositive after it, says about the person.</summary>
public readonly record struct TitleInfo(RoleEntry? Role, KbEntry? Country, KbEntry? Org, int Start, int End, bool Former)
{
    public bool IsEmpty => Role is null && Country is null && Org is null;
}

/// <summary>
/// Reads titles and appositives around a person's name in the raw text: "Iraqi Foreign Minister Ibrahim al-Jaafari",
/// "Iran's Supreme Leader Ayatollah Khamenei", "State Department deputy spokeswoman Marie Harf",
/// "David Haines, a British aid worker". Works on the text alone, so it needs no tokens.
/// </summary>
public sealed class TitleScanner(KnowledgeBase kb)
{
    private const int MaxWords = 10;

    public TitleInfo ScanLeft(string text, int nameStart)
    {
        Span<(int S, int E)> words = stackalloc (int, int)[MaxWords];
        var n = 0;
        var pos = nameStart;
        var commaBeforeName = false;
        while (n < MaxWords && TextWords.Previous(text, pos, out var s, out var e, out var comma))
        {
            if (comma)
            {
                if (n > 0)
                    break;
                commaBeforeName = true;
            }

            words[n++] = (s, e);
            pos = s;
        }

        var i = 0;
        var honorific = false;
        RoleEntry? role = null;
        var start = nameStart;
        while (i < n)
        {
            // "Supreme Leader Ayatollah Khamenei": the honorific next to the name yields to the title before it.
            if (i + 1 < n && IsHonorific(text, words[i]) && MatchRole(text, words, i + 1, n, out var after, out var ka))
            {
                honorific = true;
                role = after;
                i += 1 + ka;
                break;
            }

            if (MatchRole(text, words, i, n, out var r, out var k))
            {
                role = r;
                i += k;
                break;
            }

            if (i < 2 && !commaBeforeName && IsHonorific(text, words[i]))
            {
                honorific = true;
                i++;
                continue;
            }

            break;
        }

        var former = false;
        if (role is not null)
        {
            start = words[i - 1].S;
            while (i < n && Modifier(text.AsSpan(words[i].S, words[i].E - words[i].S)) is { } m)
            {
                former |= m;
                start = words[i].S;
                i++;
            }
        }
        else if (commaBeforeName)
        {
            return default;
        }

        KbEntry? country = null, org = null;
        for (var round = 0; round < 2 && i < n; round++)
        {
            if (!MatchAffiliation(text, words, i, n, out var entry, out var k, out var possessive, out var adjective))
                break;
            if (role is null && !honorific && !possessive && !adjective)
                break;
            if (entry.Kind == KbKind.Country)
                country ??= entry;
            else
                org ??= entry;
            if (entry.Kind != KbKind.Country && entry.Country is { } c)
                country ??= kb.Get(c);
            start = words[i + k - 1].S;
            i += k;
            if (entry.Kind == KbKind.Country)
                break;
        }

        // "Former Egyptian president": the modifier may stand before the country as well.
        while (role is not null && i < n && Modifier(text.AsSpan(words[i].S, words[i].E - words[i].S)) is { } before)
        {
            former |= before;
            start = words[i].S;
            i++;
        }

        var end = role is not null || country is not null || org is not null ? (n > 0 ? words[0].E : nameStart) : nameStart;
        return role is null && country is null && org is null ? default : new TitleInfo(role, country, org, start, end, former);
    }

    public TitleInfo ScanRight(string text, int nameEnd)
    {
        var pos = nameEnd;
        while (pos < text.Length && text[pos] == ' ')
            pos++;
        if (pos >= text.Length || text[pos] != ',')
            return default;
        Span<(int S, int E)> words = stackalloc (int, int)[MaxWords];
        var n = 0;
        pos++;
        while (n < MaxWords && TextWords.Next(text, pos, false, out var s, out var e, out _))
        {
            words[n++] = (s, e);
            pos = e;
        }

        var j = 0;
        var indefinite = false;
        if (j < n && IsDeterminer(text.AsSpan(words[j].S, words[j].E - words[j].S)))
        {
            indefinite = text.AsSpan(words[j].S, words[j].E - words[j].S) is "a" or "an";
            j++;
        }
        KbEntry? country = null, org = null;
        RoleEntry? role = null;
        var skips = 0;
        var end = nameEnd;
        while (j < n)
        {
            if (MatchRoleForward(text, words, j, n, out var r, out var k))
            {
                role = r;
                j += k;
                end = words[j - 1].E;
                if (j + 1 < n && text.AsSpan(words[j].S, words[j].E - words[j].S) is "of" or "for"
                    && MatchAffiliationForward(text, words, j + 1, n, out var entry, out var k2))
                {
                    Assign(entry, ref country, ref org);
                    end = words[j + k2].E;
                }

                break;
            }

            if (MatchAffiliationForward(text, words, j, n, out var e, out var ka))
            {
                Assign(e, ref country, ref org);
                j += ka;
                continue;
            }

            var w = text.AsSpan(words[j].S, words[j].E - words[j].S);
            if (skips < 2 && char.IsLower(w[0]))
            {
                skips++;
                j++;
                continue;
            }

            break;
        }

        // "Michael Jackson, an American singer": a nationality without a known role still places the person.
        if (role is null && indefinite && country is not null && org is null)
            return new TitleInfo(null, country, null, nameEnd, words[Math.Min(j, n - 1)].E, false);
        return role is null ? default : new TitleInfo(role, country, org, nameEnd, end, false);
    }

    /// <summary>
    /// Where the name itself starts inside a mention that also covers its title ("President Fouad Massoum" when the
    /// recognizer took the title in): leading role, honorific and country or organization words are passed over.
    /// </summary>
    public int SkipTitle(string text, int start, int end)
    {
        Span<(int S, int E)> words = stackalloc (int, int)[MaxWords];
        var n = 0;
        var pos = start;
        while (n < MaxWords && pos < end && TextWords.Next(text, pos, false, out var s, out var e, out _) && e <= end)
        {
            words[n++] = (s, e);
            pos = e;
        }

        var j = 0;
        while (j < n - 1)
        {
            if (MatchRoleForward(text, words[..(n - 1)], j, n - 1, out _, out var k)
                || MatchAffiliationForward(text, words[..(n - 1)], j, n - 1, out _, out k))
            {
                j += k;
                continue;
            }

            if (IsHonorific(text, words[j]))
            {
                j++;
                continue;
            }

            break;
        }

        return j == 0 || j >= n ? start : words[j].S;
    }

    private void Assign(KbEntry entry, ref KbEntry? country, ref KbEntry? org)
    {
        if (entry.Kind == KbKind.Country)
        {
            country ??= entry;
            return;
        }

        org ??= entry;
        if (entry.Country is { } c)
            country ??= kb.Get(c);
    }

    /// <summary>Longest role phrase that ends at word i (words run right to left).</summary>
    private bool MatchRole(string text, ReadOnlySpan<(int S, int E)> words, int i, int n, out RoleEntry role, out int length)
    {
        for (var k = Math.Min(kb.MaxRoleWords, n - i); k >= 1; k--)
        {
            if (TryRole(text, words[i + k - 1].S, words[i].E, out role))
            {
                length = k;
                return true;
            }
        }

        role = null!;
        length = 0;
        return false;
    }

    private bool MatchRoleForward(string text, ReadOnlySpan<(int S, int E)> words, int j, int n, out RoleEntry role, out int length)
    {
        for (var k = Math.Min(kb.MaxRoleWords, n - j); k >= 1; k--)
        {
            if (TryRole(text, words[j].S, words[j + k - 1].E, out role))
            {
                length = k;
                return true;
            }
        }

        role = null!;
        length = 0;
        return false;
    }

    /// <summary>The role named by text[start..end], normalized; phrases over 128 characters are never roles.</summary>
    private bool TryRole(string text, int start, int end, out RoleEntry role)
    {
        role = null!;
        if (end - start > 128)
            return false;
        Span<char> buffer = stackalloc char[128];
        return kb.TryFindRole(buffer[..NameText.Normalize(text.AsSpan(start, end - start), buffer)], out role!);
    }

    /// <summary>Longest country or organization phrase ending at word i, written with a capital.</summary>
    private bool MatchAffiliation(string text, ReadOnlySpan<(int S, int E)> words, int i, int n, out KbEntry entry, out int length, out bool possessive, out bool adjective)
    {
        for (var k = Math.Min(Math.Max(kb.MaxAliasWords, 1), Math.Min(6, n - i)); k >= 1; k--)
        {
            var span = text.AsSpan(words[i + k - 1].S, words[i].E - words[i + k - 1].S);
            if (!char.IsUpper(span[0]))
                continue;
            foreach (var hit in kb.Find(span))
            {
                if (hit.Entry.Kind is KbKind.Country or KbKind.Organization or KbKind.Seat)
                {
                    entry = hit.Entry;
                    length = k;
                    possessive = NameText.TrimPossessive(span).Length != span.Length;
                    adjective = hit.Kind == AliasKind.Adjective;
                    return true;
                }
            }
        }

        entry = null!;
        length = 0;
        possessive = adjective = false;
        return false;
    }

    private bool MatchAffiliationForward(string text, ReadOnlySpan<(int S, int E)> words, int j, int n, out KbEntry entry, out int length)
    {
        for (var k = Math.Min(6, n - j); k >= 1; k--)
        {
            var span = text.AsSpan(words[j].S, words[j + k - 1].E - words[j].S);
            if (!char.IsUpper(span[0]))
                continue;
            foreach (var hit in kb.Find(span))
            {
                if (hit.Entry.Kind is KbKind.Country or KbKind.Organization or KbKind.Seat)
                {
                    entry = hit.Entry;
                    length = k;
                    return true;
                }
            }
        }

        entry = null!;
        length = 0;
        return false;
    }

    private bool IsHonorific(string text, (int S, int E) word)
    {
        var span = text.AsSpan(word.S, word.E - word.S);
        if (span.Length > 63 || !char.IsUpper(span[0]))
            return false;
        Span<char> buffer = stackalloc char[64];
        return kb.IsHonorific(buffer[..NameText.Normalize(span, buffer)]);
    }

    /// <summary>True for words that make a title past ("former"), false for ones that keep it current, null otherwise.</summary>
    private static bool? Modifier(ReadOnlySpan<char> w) => w switch
    {
        "former" or "Former" or "ex" or "Ex" or "late" or "then" or "then-" => true,
        "acting" or "Acting" or "interim" or "Interim" or "outgoing" or "Outgoing" or "new" or "New" or "current" => false,
        _ => null,
    };

    private static bool IsDeterminer(ReadOnlySpan<char> w) => w is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "our" or "The";
}
