import { h, api, clear, date, plural, paths, empty } from './dom.js';

const FILTERS = [
  ['q', 'Words', 'search', 'flood aid'],
  ['outlet', 'Outlet', 'text', 'exact outlet name'],
  ['entity', 'Entity id', 'text', 'e.g. from an entity page'],
  ['from', 'From', 'date', ''],
  ['to', 'To', 'date', ''],
];

export async function storyList(main) {
  const params = new URLSearchParams(location.search);
  const [info] = await Promise.all([api('/api/info')]);
  document.title = 'Stories · Parallax';
  const list = h('ol', { class: 'stories', id: 'story-list' });
  const more = h('button', { type: 'button', class: 'more', hidden: true, text: 'Load more stories' });
  const form = h('form', { class: 'filters', method: 'get', action: '/', role: 'search', 'aria-label': 'Filter stories' },
    FILTERS.map(([name, label, type, ph]) => h('label', null, h('span', { text: label }),
      h('input', { name, type, value: params.get(name) || '', placeholder: ph || null }))),
    h('button', { type: 'submit', text: 'Filter' }));
  clear(main).append(
    h('div', { class: 'page-head' },
      h('h1', { text: 'Stories' }),
      h('p', { class: 'muted', text: `${plural(info.articles, 'article')} in ${plural(info.stories, 'story', 'stories')}, newest and most covered first.` })),
    form, list, more);

  let cursor = null;
  async function load() {
    const q = new URLSearchParams();
    for (const [name] of FILTERS) if (params.get(name)) q.set(name, params.get(name));
    q.set('limit', '20');
    if (cursor) q.set('cursor', cursor);
    const page = await api('/api/stories?' + q);
    for (const s of page.items) list.append(storyCard(s));
    if (!list.children.length) list.replaceWith(empty(info.articles ? 'No story matches these filters.' : 'No articles yet. Add some on the “Add articles” page, or run ./parallax ingest.'));
    cursor = page.next;
    more.hidden = !cursor;
  }
  more.addEventListener('click', () => load().catch(e => more.replaceWith(h('p', { class: 'error', text: e.message }))));
  await load();
}

function storyCard(s) {
  const span = s.firstPublished && s.lastPublished && s.firstPublished.slice(0, 10) !== s.lastPublished.slice(0, 10)
    ? `${date(s.firstPublished)} – ${date(s.lastPublished)}` : date(s.lastPublished || s.firstPublished);
  return h('li', { class: 'story-card' },
    h('a', { href: paths.story(s.id), class: 'story-title', text: s.title }),
    h('div', { class: 'meta' },
      h('span', { text: span }),
      h('span', { text: plural(s.articles, 'article') }),
      h('span', { text: plural(s.outlets, 'outlet') })));
}
