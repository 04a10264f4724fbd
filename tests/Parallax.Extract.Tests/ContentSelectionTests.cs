using System.Text;
using Parallax.Model;

namespace Parallax.Extract.Tests;

/// <summary>Which container wins on page shapes seen in the wild, written here as small pages of our own.</summary>
public sealed class ContentSelectionTests
{
    private const string P1 = "The river rose for three days, and the water reached the second floor of the old mill by Friday night, and the lower town, with its shops and two churches, had to be cleared.";
    private const string P2 = "Volunteers, many of them students, filled sandbags along the quay while the council opened two schools, a sports hall and the library as shelters for the night.";
    private const string P3 = "By Sunday the level had fallen, but the bridge, closed since Thursday, stayed shut for an inspection, and traffic, including the buses, went around by the ring road.";
    private const string P4 = "Engineers said the repairs, paid for by the region, would take until the end of the summer to finish.";
    private const string Side = "Our readers also liked this story about a bakery, a parade, and a new bus timetable for the old town.";

    private static readonly string Nav = "<nav><a href='/a'>Home</a> <a href='/b'>News</a> <a href='/c'>Sport</a></nav>";

    [Theory]

    // The body split into columns that each wrap their paragraphs one level deeper.
    [InlineData("<section><div class='col'><div class='in'><p>{1}</p><p>{2}</p></div></div><div class='ad'>Buy our mugs now</div><div class='col'><div class='in'><p>{3}</p><p>{4}</p></div></div></section><div class='aside-box'><p>{5}</p></div>")]

    // A state class ("promoted") on the article element itself.
    [InlineData("<article class='node node--promoted'><div class='content'><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p></div></article><div class='aside-box'><p>{5}</p></div>")]

    // "entry__content" names the body, even inside a paywall wrapper class.
    [InlineData("<div class='entry__content steady-paywall-container'><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p></div><div class='aside-box'><p>{5}</p></div>")]

    // An author box inside the article element, named by a two-word class.
    [InlineData("<article><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><div class='entry-author-info'><p>{5}</p></div></article>")]

    // Unchanged: a "related" block after the article stays out.
    [InlineData("<article><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p></article><div class='related'><p>{5}</p></div>")]
    public void The_whole_body_is_kept_and_the_side_box_is_not(string body)
    {
        var text = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, body, null, P1, P2, P3, P4, Side));
        foreach (var p in new[] { P1, P2, P3, P4 })
            Assert.Contains(p, text, StringComparison.Ordinal);
        Assert.DoesNotContain("mugs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A wrapper around the whole page whose class reads as furniture ("above-footer"): everything inside it counted
    /// as boilerplate, so a box outside it won. The wrapper is a layout wrapper when the content named inside it holds
    /// most of the page's prose, or when it holds nearly all of it.
    /// </summary>
    [Theory]
    [InlineData("<div class='post-content'>{0}</div>", "<section class='disclosure-body'><p>Offers on this site come from partners who pay us, which may affect how, where and in what order they appear.</p><p>Opinions are the writer's alone, and no bank, card issuer, airline or hotel has reviewed, approved or endorsed them.</p></section>")]
    [InlineData("<div class='x'>{0}</div>", "<div class='note'><p>Prices, times, dates, names, and offers change, so check.</p></div>")]
    public void A_page_wide_wrapper_named_like_furniture_is_not_furniture(string inner, string outside)
    {
        var body = $"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p>";
        var text = Extract("<div class='above-footer'>" + inner.Replace("{0}", body, StringComparison.Ordinal) + "</div>" + outside);
        foreach (var p in new[] { P1, P2, P3, P4 })
            Assert.Contains(p, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offers on this site", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// "&lt;!--" and then "&lt;script" inside a script put the standard tokenizer in a state where "&lt;/script&gt;"
    /// does not end the script, so the rest of the page becomes script text (browsers agree; such pages draw their
    /// body from script data). The extractor parses such an empty result again without the scripts.
    /// </summary>
    [Fact]
    public void A_script_that_swallows_the_page_is_parsed_around()
    {
        var text = Extract($"<script>var t = '<!--<script>';</script><article><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article>");
        foreach (var p in new[] { P1, P2, P3, P4 })
            Assert.Contains(p, text, StringComparison.Ordinal);
        Assert.DoesNotContain("var t", text, StringComparison.Ordinal);
    }

    /// <summary>Tags written inside a script (HTML in JSON) must not count toward the nesting limit and cost the script its end tag.</summary>
    [Fact]
    public void Markup_inside_a_script_does_not_count_toward_the_nesting_limit()
    {
        var json = string.Concat(Enumerable.Repeat("<div><section>", 300));
        var text = Extract($"<script>window.page = {{\"html\": \"{json}\"}};</script><article><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article>");
        foreach (var p in new[] { P1, P2, P3, P4 })
            Assert.Contains(p, text, StringComparison.Ordinal);
    }

    /// <summary>A body drawn by a script, with a copy in &lt;noscript&gt; for readers without scripts, is read from that copy.</summary>
    [Fact]
    public void A_body_given_only_in_noscript_is_read_from_it()
    {
        var text = Extract($"<div class='post-body'><script>draw('post')</script><noscript><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></noscript></div>");
        foreach (var p in new[] { P1, P2, P3, P4 })
            Assert.Contains(p, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Noscript_notices_stay_out_of_a_page_with_a_body()
    {
        var text = Extract($"<noscript><p>Please turn on JavaScript, which this site needs for its comments and maps.</p></noscript><article><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></article>");
        Assert.Contains(P4, text, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript", text, StringComparison.Ordinal);
    }

    private static string Extract(string body)
    {
        var html = "<html><head><title>Flood</title></head><body>" + Nav + body + "</body></html>";
        var raw = new RawDocument(new SourceInfo("page.html", null, null), Encoding.UTF8.GetBytes(html), RawFormat.Html);
        return new ArticleExtractor().Extract(raw, default).Text;
    }
}
