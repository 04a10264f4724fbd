import { h, api, clear, date, plural, paths, section, empty } from './dom.js';
import { timeline, network, coverage } from './charts.js';

export async function storyPage(main, id) {
  const story = await api(`/api/stories/${encodeURIComponent(id)}`);
  document.title = `${story.title} · Parallax`;
  const outletOf = new Map(story.articles.map(a => [a.id, a.outlet]));
  const columns = story.outlets.map(o => o.name);
  // Charts are drawn at the width they will be shown at, so their text stays at reading size on a phone too.
  const full = Math.max(280, Math.min(1140, main.clientWidth) - 44);
  const half = window.innerWidth > 900 ? Math.floor((full - 20) / 2) : full;

  clear(main).append(
    h('div', { class: 'page-head' },
      h('p', { class: 'kicker' }, h('a', { href: '/', text: 'Stories' })),
      h('h1', { text: story.title }),
      h('p', { class: 'muted', text: [
        story.firstPublished ? `${date(story.firstPublished)}${story.lastPublished && story.lastPublished !== story.firstPublished ? ' – ' + date(story.lastPublished) : ''}` : 'undated',
        plural(story.articles.length, 'article'), plural(columns.length, 'outlet')].join(' · ') })),
    brief(story, outletOf),
    facts(story, columns, outletOf),
    framing(story),
    variants(story, columns),
    quotes(story, outletOf),
    h('div', { class: 'grid2' },
      section('Timeline', 'h-timeline', timeline(story, half)),
      section('Actor network', 'h-network', network(story, half))),
    section('Coverage by outlet and time', 'h-coverage', coverage(story, full)),
    articles(story));
}

function cite(article, start, length, label, cls) {
  return h('a', { href: paths.article(article, start, length), class: cls || 'cite', text: label });
}

function brief(story, outletOf) {
  if (!story.brief.length)
    return section('Brief', 'h-brief', empty(story.compared ? 'The comparison has no brief.' : 'No brief yet: no comparison has been stored for this story.'));
  return section('Brief', 'h-brief', h('ol', { class: 'brief' }, story.brief.map(b =>
    h('li', null, cite(b.article, b.start, b.length, b.text, 'cite brief-sentence'), ' ', h('span', { class: 'tag', text: outletOf.get(b.article) || b.article })))));
}

// Outlets as columns, facts as rows. Each cell holds what that outlet says, linked to its sentence.
function facts(story, columns, outletOf) {
  const rows = [];
  for (const c of story.conflicts) rows.push({ mark: 'conflict', label: 'Conflict', kind: c.kind, about: c.about,
    cells: c.values.map(v => ({ article: v.article, start: v.start, length: v.length, text: v.value, title: v.text })) });
  for (const f of story.agreements) rows.push({ mark: 'agree', label: 'Agreement', kind: f.kind, about: f.about,
    cells: f.evidence.map(e => ({ article: e.article, start: e.start, length: e.length, text: '✓ ' + e.text, title: e.text })) });
  for (const f of story.unique) rows.push({ mark: 'unique', label: 'Only one outlet', kind: f.kind, about: f.about,
    cells: f.evidence.map(e => ({ article: e.article, start: e.start, length: e.length, text: e.text, title: e.text })) });

  if (!rows.length) {
    const children = [empty(story.compared ? 'The comparison found no facts to line up.' : 'No cross-outlet comparison has been stored for this story yet.')];
    if (story.claims.length) children.push(h('h3', { text: 'Numbers each outlet reports' }), claimTable(story, columns, outletOf));
    return section('Facts across outlets', 'h-facts', ...children);
  }

  const table = h('table', { class: 'facts', id: 'facts' },
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Fact' }), columns.map(c => h('th', { scope: 'col', text: c })))),
    h('tbody', null, rows.map(r => h('tr', { class: 'row-' + r.mark },
      h('th', { scope: 'row' }, h('span', { class: 'mark mark-' + r.mark, text: r.label }), h('span', { class: 'about', text: r.about }), h('span', { class: 'kind', text: r.kind })),
      columns.map(col => {
        const mine = r.cells.filter(c => outletOf.get(c.article) === col);
        return h('td', { 'data-outlet': col }, mine.length ? mine.map(c => h('a', { href: paths.article(c.article, c.start, c.length), class: 'cell cell-' + r.mark, title: c.title, text: c.text })) : h('span', { class: 'none', 'aria-label': 'not reported', text: '—' }));
      })))));
  const legend = h('p', { class: 'legend' },
    h('span', { class: 'mark mark-conflict', text: 'Conflict' }), ' outlets give different values · ',
    h('span', { class: 'mark mark-agree', text: 'Agreement' }), ' two or more outlets report it · ',
    h('span', { class: 'mark mark-unique', text: 'Only one outlet' }), ' Select a value to read its sentence.');
  return section('Facts across outlets', 'h-facts', legend, h('div', { class: 'scroll' }, table));
}

// How each outlet's headline frames the story: who comes first and which stance words bear on whom.
function framing(story) {
  if (!story.framing.length) return section('Headline framing', 'h-framing', empty(story.compared ? 'No headlines to compare.' : 'No comparison has been stored for this story yet.'));
  return section('Headline framing', 'h-framing', h('div', { class: 'frames' }, story.framing.map(f =>
    h('div', { class: 'frame' },
      h('p', { class: 'tag', text: f.outlet }),
      h('p', { class: 'frame-headline' }, h('a', { href: paths.article(f.article), text: f.headline })),
      f.actors.length ? h('p', { class: 'muted', text: 'Puts first: ' + f.actors.slice(0, 3).join(', ') }) : null,
      f.cues.length ? h('ul', { class: 'cues' }, f.cues.map(c => h('li', { class: 'cue cue-' + c.signal, title: c.where,
        text: `${c.words} · ${c.signal}${c.actor ? ' → ' + c.actor : ''}` }))) : null))));
}

// Shared actors whose names the outlets write differently.
function variants(story, columns) {
  if (!story.nameVariants.length) return null;
  return section('Name variants', 'h-variants', h('div', { class: 'scroll' }, h('table', { class: 'facts variants' },
    h('thead', null, h('tr', null, h('th', { scope: 'col', text: 'Actor' }), columns.map(c => h('th', { scope: 'col', text: c })))),
    h('tbody', null, story.nameVariants.map(v => h('tr', null,
      h('th', { scope: 'row' }, h('a', { href: paths.entity(v.entity), text: v.name })),
      columns.map(col => {
        const o = v.outlets.find(x => x.outlet === col);
        return h('td', null, o ? h('a', { href: paths.article(o.first.article, o.first.start, o.first.length), class: 'cell', text: o.forms.join(', ') }) : h('span', { class: 'none', 'aria-label': 'not named', text: '—' }));
      })))))));
}

function claimTable(story, columns, outletOf) {
  return h('div', { class: 'scroll' }, h('table', { class: 'facts' },
    h('thead', null, h('tr', null, columns.map(c => h('th', { scope: 'col', text: c })))),
    h('tbody', null, h('tr', null, columns.map(col => h('td', null,
      story.claims.filter(c => outletOf.get(c.article) === col).map(c =>
        h('a', { href: paths.article(c.article, c.start, c.length), class: 'cell', text: c.text + (c.counted ? ` (${c.counted})` : '') }))))))));
}

function quotes(story, outletOf) {
  if (!story.quotes.length) return section('Quotes by speaker', 'h-quotes', empty('No quotes have been extracted for this story.'));
  const groups = new Map();
  for (const q of story.quotes) {
    const name = q.speaker ? q.speaker.text : 'Unattributed';
    const key = q.speaker ? (q.speaker.entity || name.toLowerCase()) : '';
    if (!groups.has(key)) groups.set(key, { name, entity: q.speaker && q.speaker.entity, items: [] });
    const g = groups.get(key);
    if (name.length > g.name.length && key) g.name = name;
    g.items.push(q);
  }
  const sorted = [...groups.values()].sort((a, b) => b.items.length - a.items.length);
  return section('Quotes by speaker', 'h-quotes', h('div', { class: 'quote-groups' }, sorted.map(g =>
    h('div', { class: 'quote-group' },
      h('h3', null, g.entity ? h('a', { href: paths.entity(g.entity), text: g.name }) : g.name, ' ', h('span', { class: 'count', text: String(g.items.length) })),
      h('ul', null, g.items.map(q => h('li', null,
        cite(q.article, q.start, q.length, q.text, 'cite quote'), ' ',
        h('span', { class: 'tag', text: `${outletOf.get(q.article) || q.article} · ${q.kind}` }))))))));
}

function articles(story) {
  return section('Articles', 'h-articles', h('ul', { class: 'article-list' }, story.articles.map(a =>
    h('li', null, h('span', { class: 'tag', text: a.outlet }), ' ', h('a', { href: paths.article(a.id), text: a.title || '(untitled)' }),
      h('span', { class: 'muted', text: ` · ${date(a.published)}${a.byline ? ' · ' + a.byline : ''}` })))));
}
