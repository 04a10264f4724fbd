using System.Collections.Frozen;

namespace Parallax.Facts;

/// <summary>Common given names whose gender is usual enough to resolve "he" and "she"; anything else stays unknown.</summary>
internal static class GivenNames
{
    private const string MaleNames =
        "john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark " +
        "donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary " +
        "nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond " +
        "jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith " +
        "christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert " +
        "willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny " +
        "barack bill vladimir sergei sergey dmitry mikhail boris ivan igor viktor volodymyr emmanuel francois " +
        "nicolas jacques pierre jean laurent olaf gerhard helmut wolfgang fritz hans klaus jurgen recep ahmet mehmet " +
        "mohammed muhammad mohammad ahmed ahmad ali hassan hussein ibrahim abdullah khalid omar yusuf mustafa mahmoud bashar " +
        "hamid hamad salman fouad haider nouri javad hassan mahmoud benjamin yitzhak ehud shimon ariel naftali yair xi li " +
        "wang hu deng narendra rahul shinzo fumio yoshihide kim moon anders jens rasmus lars sven mario matteo giuseppe " +
        "silvio sergio pedro luiz jair carlos miguel luis antonio manuel andres gustavo javier alberto felipe fernando " +
        "tony gordon keir rishi nigel liam kofi ban antonio jose abdel abdul tayyip joachim ursula charles harry " +
        "mike pete ted chuck rand marco lindsey jim tom dick ben sam max leo hugo felix oscar otto karl franz heinz " +
        "philippe dominique ibrahim youssef tariq faisal nasser saddam moshe avi yosef ahmet emre hakan kemal " +
        "rodrigo ferdinand joko jacinda malcolm kevin scott anthony justin stephen brian enrique andres juan";

    private const string FemaleNames =
        "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley " +
        "kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia " +
        "kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel " +
        "catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren " +
        "joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice " +
        "jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie " +
        "diana brittany natalie isabella charlotte rose alexis kayla hillary condoleezza madeleine nancy marine segolene " +
        "theresa liz margaret ursula christine federica mette sanna jacinda kamala nikki elise samantha jen jennifer " +
        "tsai yulia svetlana natalia olga irina tatiana aung benazir indira sonia golda tzipi ayelet fatima aisha " +
        "amina leila layla mariam maryam yasmin nadia rania noor zainab ana lucia carmen isabel sofia elena giorgia " +
        "annalena sahra ilhan alexandria elizabeth hanna ingrid astrid kristin erna birgit petra monika claudia sabine " +
        "anne sylvie catherine nathalie valerie agnes brigitte ségolène dilma michelle cristina claudia";

    private static readonly FrozenDictionary<string, WordClass> Names = Build();
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Male, Female, or None when the name is unknown or used for both.</summary>
    public static WordClass Gender(ReadOnlySpan<char> name) =>
        Lookup.TryGetValue(name, out var g) ? g : WordClass.None;

    private static FrozenDictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in MaleNames.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            d[n] = WordClass.Male;
        foreach (var n in FemaleNames.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            d[n] = d.TryGetValue(n, out var g) && g == WordClass.Male ? WordClass.None : WordClass.Female;
        foreach (var (k, v) in d.Where(kv => kv.Value == WordClass.None).ToList())
            d.Remove(k);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
