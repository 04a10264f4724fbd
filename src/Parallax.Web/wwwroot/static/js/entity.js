import { h, api, clear, date, plural, paths, section, empty } from './dom.js';

export async function entityIndex(main) {
  const q = new URLSearchParams(location.search).get('q') || '';
  document.title = 'Entities · Parallax';
  const list = h('ul', { class: 'entity-list', id: 'entity-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true, text: 'Load more' });
  clear(main).append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Entities' }),
      h('p', { class: 'muted', text: 'People, organizations and places named in the stored articles. Names not yet resolved to one actor are marked unresolved.' })),
    h('form', { class: 'filters', method: 'get', action: '/entities', role: 'search' },
      h('label', null, h('span', { text: 'Name contains' }), h('input', { type: 'search', name: 'q', value: q })),
      h('button', { type: 'submit', text: 'Find' })),
    list, more);
  let cursor = null;
  async function load() {
    const page = await api(`/api/entities?limit=50&q=${encodeURIComponent(q)}${cursor ? '&cursor=' + cursor : ''}`);
    for (const e of page.items) list.append(h('li', null, h('a', { href: paths.entity(e.id), text: e.name }),
      h('span', { class: 'tag', text: e.type }), e.resolved ? null : h('span', { class: 'tag tag-weak', text: 'unresolved' }),
      h('span', { class: 'muted', text: ` ${plural(e.articles, 'article')}, ${plural(e.mentions, 'mention')}` })));
    if (!list.children.length) list.replaceWith(empty(q ? 'No entity matches this name.' : 'No entities yet: none of the stored articles has named entities.'));
    cursor = page.next;
    more.hidden = !cursor;
  }
  more.addEventListener('click', () => load());
  await load();
}

export async function entityPage(main, id) {
  const view = await api(`/api/entities/${encodeURIComponent(id)}?limit=50`);
  const e = view.entity;
  document.title = `${e.name} · Parallax`;
  const mentions = h('ul', { class: 'mentions' });
  const more = h('button', { type: 'button', class: 'more', hidden: !view.nextMentions, text: 'More mentions' });
  const add = items => mentions.append(...items.map(m => h('li', null,
    h('a', { href: paths.article(m.article, m.start, m.length), text: m.text }), ' in ',
    h('a', { href: paths.article(m.article), text: m.title || '(untitled)' }),
    h('span', { class: 'muted', text: ` · ${m.outlet || 'unknown outlet'} · ${date(m.published)}` }))));
  add(view.mentions);
  let cursor = view.nextMentions;
  more.addEventListener('click', async () => {
    const next = await api(`/api/entities/${encodeURIComponent(id)}?limit=50&cursor=${cursor}`);
    add(next.mentions);
    cursor = next.nextMentions;
    more.hidden = !cursor;
  });
  clear(main).append(
    h('div', { class: 'page-head' },
      h('p', { class: 'kicker' }, h('a', { href: '/entities', text: 'Entities' })),
      h('h1', { text: e.name }),
      h('p', { class: 'muted' }, h('span', { class: 'tag', text: e.type }), e.resolved ? ` ${e.id}` : ' unresolved name (not yet linked to a canonical actor)',
        ` · ${plural(e.articles, 'article')}, ${plural(e.mentions, 'mention')}`)),
    h('div', { class: 'grid2' },
      section('Written as', 'h-names', h('ul', { class: 'names' }, view.names.map(n => h('li', null, n.value, h('span', { class: 'count', text: String(n.n) }))))),
      section('Stories', 'h-stories', view.stories.length ? h('ul', null, view.stories.map(s => h('li', null, h('a', { href: paths.story(s.value), text: s.label || s.value }), h('span', { class: 'count', text: String(s.n) })))) : empty('None.'))),
    section('Quotes', 'h-quotes', view.quotes.length ? h('ul', null, view.quotes.map(q => h('li', null,
      h('a', { href: paths.article(q.article, q.start, q.length), text: q.text }), h('span', { class: 'muted', text: ` (${q.kind})` })))) : empty('No quotes attributed to this entity.')),
    section('Events', 'h-events', view.events.length ? h('ul', null, view.events.map(ev => h('li', null,
      h('a', { href: paths.article(ev.article, ev.start, ev.length), text: `${ev.source.text || ev.source.code || '?'} → ${ev.target.text || ev.target.code || '?'}` }),
      h('span', { class: 'muted', text: ` CAMEO ${ev.cameo}${ev.date ? ' · ' + ev.date : ''}${ev.negated ? ' · negated' : ''}` })))) : empty('No events involving this entity.')),
    section('Mentions', 'h-mentions', view.mentions.length ? mentions : empty('No mentions.'), more));
}
