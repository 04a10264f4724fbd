using Parallax.Annotations;
using Parallax.Knowledge.Kb;
using Parallax.Knowledge.Text;

namespace Parallax.Knowledge.Resolution;

/// <summary>
/// The CAMEO-style actor code of an entity: the knowledge-base code when linked, a country for demonyms and places,
/// an organization's code for its people, else country plus the sector of the first known role (USA + GOV).
/// One rule for the per-document layer and the corpus entities, so events and entities always agree.
/// </summary>
public static class ActorCode
{
    public static string? For(KbEntry? kb, KbEntry? demonym, EntityType type, KbEntry? org, string? country, IReadOnlyList<RoleFact> roles, StringPool? pool = null)
    {
        if (kb is not null)
            return kb.Code;
        if (demonym is not null)
            return demonym.Id;
        if (type != EntityType.PER)
            return country;
        if (org?.Code is { } orgCode)
            return orgCode;
        if (country is null)
            return null;
        if (roles.Count == 0)
            return country;
        return pool is null ? country + roles[0].Sector : pool.Format($"{country}{roles[0].Sector}");
    }
}
