// Plain SVG charts for the story page. Every mark links to its evidence; each chart has a text list beside it for
// screen readers and keyboards.
import { h, s, paths, date, empty } from './dom.js';


function scaleTime(values, x0, x1) {
  const t = values.map(v => Date.parse(v)).filter(v => !isNaN(v));
  let lo = Math.min(...t), hi = Math.max(...t);
  if (!isFinite(lo)) return () => x0;
  if (hi === lo) { lo -= 43200000; hi += 43200000; }
  return v => x0 + (Date.parse(v) - lo) / (hi - lo) * (x1 - x0);
}

export function timeline(story, W) {
  const points = [];
  for (const t of story.timeline) points.push({ lane: 0, date: t.date, text: t.text, article: t.article, start: t.start, length: t.length });
  for (const e of story.events) if (e.date) points.push({ lane: 1, date: e.date, text: `${e.source.text || e.source.code || '?'} → ${e.target.text || e.target.code || '?'} (${e.cameo})`, article: e.article, start: e.start, length: e.length });
  for (const t of story.times) if (t.date) points.push({ lane: 2, date: t.date, text: t.text, article: t.article, start: t.start, length: t.length });
  if (!points.length) return empty('No dated events or time expressions in this story yet.');
  const lanes = ['Comparison', 'Events', 'Dates in text'];
  const used = lanes.map((_, i) => points.some(p => p.lane === i));
  const laneY = [];
  let y = 24;
  for (let i = 0; i < lanes.length; i++) if (used[i]) { laneY[i] = y; y += 34; }
  const left = W < 420 ? 96 : 130;
  const x = scaleTime(points.map(p => p.date), left, W - 40);
  const dates = [...new Set(points.map(p => p.date))].sort();
  const svg = s('svg', { viewBox: `0 0 ${W} ${y + 20}`, class: 'chart', role: 'img', 'aria-label': 'Timeline of dated items' },
    lanes.map((name, i) => used[i] ? [
      s('text', { x: 0, y: laneY[i] + 4, class: 'axis-label', text: name }),
      s('line', { x1: left, x2: W - 24, y1: laneY[i], y2: laneY[i], class: 'lane' })] : null),
    [dates[0], dates[dates.length - 1]].filter((d, i, a) => a.indexOf(d) === i).map((d, i, a) =>
      s('text', { x: x(d), y: y + 12, class: 'tick', 'text-anchor': a.length === 1 ? 'middle' : i === 0 ? 'start' : 'end', text: date(d) })),
    points.map(p => s('a', { href: paths.article(p.article, p.start, p.length) },
      s('circle', { cx: x(p.date), cy: laneY[p.lane], r: 6, class: 'dot lane-' + p.lane }, s('title', { text: `${date(p.date)}: ${p.text}` })))));
  const list = h('ol', { class: 'chart-list' }, points.sort((a, b) => a.date.localeCompare(b.date)).map(p =>
    h('li', null, h('span', { class: 'tag', text: date(p.date) }), ' ', h('a', { href: paths.article(p.article, p.start, p.length), text: p.text }))));
  return h('div', null, svg, h('details', null, h('summary', { text: 'As a list' }), list));
}

const QUAD = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function network(story, W) {
  const { nodes, edges } = story.network;
  if (!edges.length) return empty('No events or quotes between actors in this story yet.');
  const shown = nodes.slice(0, 24);
  const index = new Map(shown.map((n, i) => [n.id, i]));
  const known = new Set(story.entities.map(e => e.id));
  const cx = W / 2, cy = 170, r = Math.min(125, W / 2 - 70);
  const pos = shown.map((_, i) => {
    const a = -Math.PI / 2 + i * 2 * Math.PI / shown.length;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
  const maxW = Math.max(...shown.map(n => n.weight), 1);
  const svg = s('svg', { viewBox: `0 0 ${W} 340`, class: 'chart', role: 'img', 'aria-label': 'Actor network' },
    edges.filter(e => index.has(e.source) && index.has(e.target)).map(e => {
      const [x1, y1] = pos[index.get(e.source)], [x2, y2] = pos[index.get(e.target)];
      const quad = e.quads.indexOf(Math.max(...e.quads));
      const cls = e.kind === 'quote' ? 'edge edge-quote' : 'edge edge-q' + (quad + 1);
      return s('line', { x1, y1, x2, y2, class: cls, 'stroke-width': Math.min(1.5 + e.count, 8) },
        s('title', { text: `${e.kind === 'quote' ? 'quotes about' : 'events'}: ${e.count}` }));
    }),
    shown.map((n, i) => {
      const [x, y] = pos[i];
      const node = [s('circle', { cx: x, cy: y, r: 7 + 9 * n.weight / maxW, class: 'node' }),
        s('text', { x, y: y < cy ? y - 22 : y + 30, 'text-anchor': 'middle', class: 'node-label', text: n.name })];
      return known.has(n.id) ? s('a', { href: paths.entity(n.id) }, node) : s('g', null, node);
    }));
  const name = new Map(nodes.map(n => [n.id, n.name]));
  const list = h('ul', { class: 'chart-list' }, edges.map(e => h('li', { text:
    `${name.get(e.source)} → ${name.get(e.target)}: ${e.count} ${e.kind === 'quote' ? 'quote' : 'event'}${e.count === 1 ? '' : 's'}` +
    (e.kind === 'event' ? ' (' + e.quads.map((c, i) => c ? `${c} ${QUAD[i]}` : null).filter(Boolean).join(', ') + ')' : '') })));
  const legend = h('p', { class: 'legend' }, ['q1', 'q2', 'q3', 'q4'].map((q, i) => h('span', { class: 'swatch swatch-' + q, text: QUAD[i] })),
    h('span', { class: 'swatch swatch-quote', text: 'quote' }));
  return h('div', null, svg, legend, h('details', null, h('summary', { text: 'As a list' }), list));
}

export function coverage(story, W) {
  const outlets = story.outlets.map(o => o.name);
  const dated = story.articles.filter(a => a.published);
  const undated = story.articles.filter(a => !a.published);
  const sortedDates = dated.map(a => a.published).sort();
  const rowH = 30, top = 14, left = W < 420 ? 110 : 170;
  const x = scaleTime(dated.map(a => a.published), left + 10, W - (undated.length ? 90 : 24));
  const height = top + outlets.length * rowH + 26;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img', 'aria-label': 'Articles by outlet and time' },
    outlets.map((o, i) => [
      s('text', { x: 0, y: top + i * rowH + 14, class: 'axis-label', text: o.length > (W < 420 ? 15 : 24) ? o.slice(0, W < 420 ? 14 : 23) + '…' : o }),
      s('line', { x1: left, x2: W - 10, y1: top + i * rowH + 10, y2: top + i * rowH + 10, class: 'lane' })]),
    story.articles.map(a => {
      const row = outlets.indexOf(a.outlet);
      const cx = a.published ? x(a.published) : W - 50;
      return s('a', { href: paths.article(a.id) }, s('rect', { x: cx - 6, y: top + row * rowH + 4, width: 12, height: 12, rx: 3, class: a.published ? 'bar' : 'bar undated' },
        s('title', { text: `${a.outlet}: ${a.title || '(untitled)'} (${date(a.published, true)})` })));
    }),
    dated.length ? [...new Set([sortedDates[0], sortedDates[sortedDates.length - 1]])].map((p, i, a) =>
      s('text', { x: x(p), y: height - 6, class: 'tick', 'text-anchor': a.length === 1 ? 'middle' : i === 0 ? 'start' : 'end', text: date(p) })) : null,
    undated.length ? s('text', { x: W - 50, y: height - 6, class: 'tick', 'text-anchor': 'middle', text: 'undated' }) : null);
  return h('div', null, svg);
}
