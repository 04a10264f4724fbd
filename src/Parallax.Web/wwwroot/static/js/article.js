import { h, api, clear, date, paths, empty } from './dom.js';

// The article text with one span highlighted: /articles/ID#s=START-LENGTH, offsets in UTF-16 units into the text,
// exactly as every annotation and citation gives them.
export async function articlePage(main, id) {
  const view = await api(`/api/articles/${encodeURIComponent(id)}`);
  const a = view.article;
  document.title = `${a.title || '(untitled)'} · Parallax`;
  const body = h('div', { class: 'article-text', id: 'article-text', lang: a.language || null });
  const source = a.source.url || a.source.path;
  clear(main).append(
    h('div', { class: 'article-layout' },
      h('article', { class: 'reader' },
        h('p', { class: 'kicker' }, h('a', { href: paths.story(view.storyId), text: view.storyTitle ? 'Story: ' + view.storyTitle : 'Story' })),
        h('h1', { id: 'article-title', text: a.title || '(untitled)' }),
        a.dek ? h('p', { class: 'dek', text: a.dek }) : null,
        h('p', { class: 'meta' },
          h('span', { class: 'tag', text: a.source.outlet || 'unknown outlet' }),
          a.byline ? h('span', { text: a.byline }) : null,
          h('span', { text: date(a.published, true) }),
          source ? (/^https?:\/\//i.test(source) ? h('a', { href: source, rel: 'noopener noreferrer nofollow', text: 'source' }) : h('span', { class: 'muted', text: source })) : null),
        body),
      h('aside', { class: 'layers', 'aria-label': 'Annotations' }, layers(view))));
  render(body, a.text);
  window.addEventListener('hashchange', () => render(body, a.text));
}

function span() {
  const m = /^#s=(\d+)-(\d+)$/.exec(location.hash);
  return m ? { start: +m[1], length: +m[2] } : null;
}

function render(body, text) {
  clear(body);
  const hl = span();
  const valid = hl && hl.start + hl.length <= text.length && hl.length > 0;
  let mark = null;
  // Paragraphs are separated by blank lines; each is split around the highlighted span.
  let at = 0;
  for (const para of text.split('\n\n')) {
    const start = at, end = at + para.length;
    at = end + 2;
    const p = h('p');
    if (valid && hl.start < end && hl.start + hl.length > start) {
      const a = Math.max(hl.start, start) - start, b = Math.min(hl.start + hl.length, end) - start;
      const m = h('mark', { class: 'hl', text: para.slice(a, b) });
      p.append(para.slice(0, a), m, para.slice(b));
      if (!mark) { mark = m; m.id = 'highlight'; m.tabIndex = -1; }
    } else {
      p.append(para);
    }
    body.append(p);
  }
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  } else if (hl) {
    body.prepend(h('p', { class: 'error', role: 'status', text: 'The linked passage is outside this article’s text.' }));
  }
}

function layers(view) {
  const link = (start, length, label, extra) => h('li', null, h('a', { href: `#s=${start}-${length}`, text: label }), extra ? h('span', { class: 'muted', text: ' ' + extra }) : null);
  const group = (title, items) => h('section', { class: 'layer' },
    h('h2', null, title, ' ', h('span', { class: 'count', text: String(items.length) })),
    items.length ? h('ul', null, items) : empty('None found.'));
  const entities = new Map();
  for (const m of view.mentions) {
    const key = m.entity || m.text.toLowerCase();
    if (!entities.has(key)) entities.set(key, { m, n: 0 });
    entities.get(key).n++;
  }
  return [
    group('Quotes', view.quotes.map(q => link(q.start, q.length, q.text, q.speaker ? '— ' + q.speaker.text : '(unattributed)'))),
    group('Numbers', view.claims.map(c => link(c.start, c.length, c.text, c.counted ? `(${c.counted})` : null))),
    group('Events', view.events.map(e => link(e.start, e.length, `${e.source.text || e.source.code || '?'} → ${e.target.text || e.target.code || '?'}`, `CAMEO ${e.cameo}${e.negated ? ', negated' : ''}`))),
    group('Dates', view.times.map(t => link(t.start, t.length, t.text, t.date || t.relative))),
    group('Names', [...entities.values()].map(({ m, n }) => h('li', null,
      h('a', { href: `#s=${m.start}-${m.length}`, text: m.text }), h('span', { class: 'muted', text: ` ${m.type}${n > 1 ? ' ×' + n : ''} ` }),
      m.entity ? h('a', { href: paths.entity(m.entity), class: 'small', text: 'entity' }) : null))),
  ];
}
