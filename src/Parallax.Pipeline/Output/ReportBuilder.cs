using System.Globalization;
using Parallax.Annotations;
using Parallax.Model;

namespace Parallax.Pipeline.Output;

/// <summary>Maps the in-memory model of a run onto the JSON output contract.</summary>
public static class ReportBuilder
{
    public static ReportDto Build(Corpus corpus, IEnumerable<DocumentError> errors)
    {
        var docs = corpus.Documents;
        return new ReportDto(
            Engine.Version,
            docs.Select(d => Article(d.Article)).ToList(),
            corpus.Entities.Select(Entity).ToList(),
            docs.SelectMany(Quotes).ToList(),
            docs.SelectMany(Claims).ToList(),
            docs.SelectMany(Events).ToList(),
            corpus.Stories.Select(Story).ToList(),
            errors.Select(Error).ToList());
    }

    public static ErrorDto Error(DocumentError e) => new(e.Source, e.Stage, e.Message);

    public static ArticleDto Article(Article a)
    {
        var m = a.Metadata;
        return new ArticleDto(
            a.Id,
            new SourceDto(a.Source.Path, a.Source.Url, a.Source.Outlet),
            m.Title,
            m.Dek,
            m.Byline,
            m.Dateline,
            m.Published?.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
            m.Language,
            a.Text,
            [.. a.Captions],
            a.Removed.Select(r => new RemovedDto(r.Start, r.Length, r.Reason)).ToList());
    }

    public static EntityDto Entity(Entity e) => new(
        e.Id,
        e.Type.ToString(),
        e.Name,
        [.. e.Aliases],
        e.Code,
        e.Country,
        [.. e.Roles],
        e.Mentions.Select(m => new MentionDto(m.Article, m.Start, m.Length, m.Text)).ToList(),
        e.Merges.Select(Evidence).ToList(),
        e.Attributions.Select(Evidence).ToList());

    private static EvidenceDto Evidence(EntityEvidence x) => new(x.Rule, x.Detail, x.Article, x.Start, x.Length, x.Text);

    public static IEnumerable<QuoteDto> Quotes(Document d) => d.Quotes.Select(q => new QuoteDto(
        d.Article.Id,
        q.Start,
        q.Length,
        Slice(d.Text, q.Start, q.Length),
        q.Kind.ToString().ToLowerInvariant(),
        q.Speaker.IsNone ? null : new SpeakerDto(q.SpeakerEntity, Slice(d.Text, q.Speaker), q.Speaker.Start, q.Speaker.Length) { Name = q.SpeakerName },
        q.Cue.IsNone ? null : new SpanDto(Slice(d.Text, q.Cue), q.Cue.Start, q.Cue.Length))
    {
        Second = q.Second.IsNone ? null : new SpanDto(Slice(d.Text, q.Second), q.Second.Start, q.Second.Length),
    });

    public static IEnumerable<ClaimDto> Claims(Document d) => d.Claims.Select(c => new ClaimDto(
        d.Article.Id, c.Start, c.Length, Slice(d.Text, c.Start, c.Length), c.Value, c.ValueHigh, c.Unit, c.Counted, c.Frame, c.AssertedBy));

    public static IEnumerable<EventDto> Events(Document d) => d.Events.Select(e => new EventDto(
        d.Article.Id,
        e.Start,
        e.Length,
        Actor(d, e.Source),
        Actor(d, e.Target),
        e.Cameo,
        e.Cameo.Length >= 2 ? e.Cameo[..2] : e.Cameo,
        e.QuadClass,
        e.Goldstein,
        e.Negated,
        e.Modality.ToString().ToLowerInvariant(),
        e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.Location,
        e.Trigger.IsNone ? null : Slice(d.Text, e.Trigger)));

    public static StoryDto Story(Story s) => new(
        s.Id,
        s.Title,
        [.. s.Articles],
        s.Brief.Select(Cite).ToList(),
        s.Conflicts.Select(c => new ConflictDto(c.Kind, c.About, c.Values.Select(Value).ToList())).ToList(),
        s.Agreements.Select(Finding).ToList(),
        s.Unique.Select(Finding).ToList(),
        s.Timeline.Select(t => new TimelineDto(t.Date, t.Text, t.Article, t.Start, t.Length, t.Outlet, t.Cameo)).ToList(),
        s.Articles.Where(a => s.DuplicateOf.ContainsKey(a)).Select(a => Duplicate(a, s.DuplicateOf[a])).ToList(),
        s.Changes.Select(c => new StoryChangeDto(c.Kind, [.. c.Stories], [.. c.Articles], c.At)).ToList(),
        s.NameVariants.Select(v => new NameVariantDto(v.Entity, v.Name, v.Outlets.Select(o => new OutletSpellingDto(o.Outlet, o.Article, [.. o.Forms], Cite(o.First))).ToList())).ToList(),
        s.Framing.Select(f => new FrameDto(f.Outlet, f.Article, f.Headline, f.Lede is null ? null : Cite(f.Lede), [.. f.Actors],
            f.Cues.Select(c => new FrameCueDto(c.Words, c.Signal, c.Actor, c.Where)).ToList(), [.. f.Distinctive])).ToList(),
        s.Events.Select(e => new StoryEventDto(new ActorDto(e.Source.Entity, e.Source.Code, e.Source.Name), new ActorDto(e.Target.Entity, e.Target.Code, e.Target.Name), e.Cameo, e.Cameo[..2], e.QuadClass, e.Goldstein,
            e.Mentions.Select(Cite).ToList(), e.Articles, e.Outlets)).ToList(),
        new NetworkDto(
            s.Nodes.Select(n => new NetworkNodeDto(n.Id, n.Name, n.Type, n.Weight)).ToList(),
            s.Edges.Select(e => new NetworkEdgeDto(e.Source, e.Target, e.Kind, e.Count, [.. e.Quads])).ToList()));

    private static CitedValueDto Value(CitedValue v) =>
        new(v.Value, v.Article, v.Start, v.Length, v.Text, v.Outlet, v.Written, v.WrittenStart < 0 ? null : v.WrittenStart);

    private static DuplicateDto Duplicate(string article, DuplicateLink d) => new(article, d.Of, d.Kind, d.Similarity, d.Containment);

    private static FindingDto Finding(Finding f) => new(f.Kind, f.About, f.Evidence.Select(Cite).ToList());

    private static CitationDto Cite(Citation c) => new(c.Text, c.Article, c.Start, c.Length);

    private static ActorDto Actor(Document d, EventActor a) => new(a.Entity, a.Code, a.Range.IsNone ? null : Slice(d.Text, a.Range));

    private static string Slice(string text, TextRange r) => Slice(text, r.Start, r.Length);

    private static string Slice(string text, int start, int length) =>
        start >= 0 && length >= 0 && start + length <= text.Length ? text.Substring(start, length) : string.Empty;
}
