// DOM helpers. Untrusted text only ever goes through textContent or text nodes: never innerHTML.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'href' && !safeHref(String(v))) continue;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

// Links are to this site's own paths, or to http(s) pages; nothing else (javascript:, data:) ever becomes a link.
export function safeHref(href) {
  return href.startsWith('/') && !href.startsWith('//') || href.startsWith('#') || /^https?:\/\//i.test(href);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export const enc = encodeURIComponent;

export const paths = {
  story: id => `/stories/${enc(id)}`,
  article: (id, start, length) => `/articles/${enc(id)}` + (start === undefined ? '' : `#s=${start}-${length}`),
  entity: id => `/entities/${enc(id)}`,
  search: q => `/search?q=${enc(q)}`,
};

export function date(iso, withTime) {
  if (!iso) return 'undated';
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  const opts = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  if (withTime) Object.assign(opts, { hour: '2-digit', minute: '2-digit' });
  return d.toLocaleString('en-GB', opts) + (withTime ? ' UTC' : '');
}

export function plural(n, one, many) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : (many || one + 's')}`;
}

export function section(title, id, ...children) {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id, text: title }), ...children);
}

export function empty(text) {
  return h('p', { class: 'empty', text });
}

// Shows an error from the API (a problem document) or the network in place of the page.
export function failure(main, err) {
  clear(main).append(h('div', { class: 'error', role: 'alert' },
    h('h1', { text: err.status === 404 ? 'Not found' : 'Something went wrong' }),
    h('p', { text: err.message || String(err) }),
    h('p', null, h('a', { href: '/', text: 'Back to stories' }))));
}

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export async function api(path, init) {
  let res;
  try {
    res = await fetch(path, Object.assign({ headers: { Accept: 'application/json' } }, init));
  } catch (e) {
    throw new ApiError(0, 'The server could not be reached.');
  }
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const detail = typeof body === 'object' && body ? (body.detail || body.title) : body;
    throw new ApiError(res.status, detail || `HTTP ${res.status}`);
  }
  return body;
}
