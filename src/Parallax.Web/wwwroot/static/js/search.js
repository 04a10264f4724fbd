import { h, api, clear, date, plural, paths, empty } from './dom.js';

export async function searchPage(main) {
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  document.title = (q ? `${q} · ` : '') + 'Search · Parallax';
  const form = h('form', { class: 'search-form', method: 'get', action: '/search', role: 'search' },
    h('label', { class: 'grow' }, h('span', { text: 'Search articles' }),
      h('input', { type: 'search', name: 'q', id: 'search-q', value: q, placeholder: 'words, "a phrase", or prefix*', required: true })),
    ['outlet', 'entity', 'from', 'to'].filter(k => params.get(k)).map(k => h('input', { type: 'hidden', name: k, value: params.get(k) })),
    h('button', { type: 'submit', text: 'Search' }));
  clear(main).append(h('div', { class: 'page-head' }, h('h1', { text: 'Search' })), form);
  if (!q.trim()) {
    main.append(empty('All words must match. Put a phrase in double quotes; end a word with * to match its beginning.'));
    return;
  }
  const results = h('ol', { class: 'results', id: 'results' });
  const more = h('button', { type: 'button', class: 'more', hidden: true, text: 'More results' });
  const facets = h('aside', { class: 'facets', 'aria-label': 'Refine' });
  const summary = h('p', { class: 'muted', role: 'status' });
  main.append(summary, h('div', { class: 'search-layout' }, h('div', null, results, more), facets));
  let cursor = null;
  async function load() {
    const query = new URLSearchParams(params);
    query.set('limit', '20');
    if (cursor) query.set('cursor', cursor);
    const r = await api('/api/search?' + query);
    if (!cursor) {
      summary.textContent = `${plural(r.total, 'article')} match.`
        + (r.ranked < r.total ? ` Best matches among the ${r.ranked.toLocaleString('en-US')} most recent.` : '')
        + (r.facets.counted < r.total ? ` Refinements count the ${r.facets.counted.toLocaleString('en-US')} most recent.` : '');
      renderFacets(facets, r.facets, params);
    }
    for (const item of r.items) results.append(hit(item));
    if (!r.total) results.replaceWith(empty('Nothing matches. Try fewer words.'));
    cursor = r.next;
    more.hidden = !cursor;
  }
  more.addEventListener('click', () => load());
  await load();
}

function hit(item) {
  const snippet = h('p', { class: 'snippet' });
  let at = 0;
  for (const hl of item.highlights) {
    snippet.append(item.snippet.slice(at, hl.start), h('mark', { text: item.snippet.slice(hl.start, hl.start + hl.length) }));
    at = hl.start + hl.length;
  }
  snippet.append(item.snippet.slice(at));
  return h('li', { class: 'result' },
    h('a', { href: paths.article(item.article), class: 'result-title', text: item.title || '(untitled)' }),
    h('div', { class: 'meta' }, h('span', { class: 'tag', text: item.outlet || 'unknown outlet' }), h('span', { text: date(item.published) }),
      h('a', { href: paths.story(item.story), text: 'story' })),
    snippet);
}

function renderFacets(el, facets, params) {
  const block = (title, key, items, label) => items.length ? h('section', null, h('h2', { text: title }), h('ul', null, items.map(f => {
    const next = new URLSearchParams(params);
    if (key === 'date') { next.set('from', f.value.length === 7 ? f.value + '-01' : f.value); next.set('to', f.value.length === 7 ? monthEnd(f.value) : f.value); }
    else next.set(key, f.value);
    return h('li', null, h('a', { href: '/search?' + next, text: label(f) }), h('span', { class: 'count', text: String(f.n) }));
  }))) : null;
  const active = ['outlet', 'entity', 'from', 'to'].filter(k => params.get(k));
  const reset = new URLSearchParams({ q: params.get('q') });
  el.append(
    active.length ? h('p', null, h('a', { href: '/search?' + reset, text: 'Clear filters' })) : null,
    block('Outlets', 'outlet', facets.outlets.filter(f => f.value), f => f.value),
    block('Entities', 'entity', facets.entities, f => f.label || f.value),
    block('Dates', 'date', facets.dates, f => f.value));
}

function monthEnd(ym) {
  const [y, m] = ym.split('-').map(Number);
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
