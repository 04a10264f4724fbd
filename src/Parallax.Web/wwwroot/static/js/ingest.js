import { h, api, clear, paths, plural } from './dom.js';

const TOKEN_KEY = 'parallax-token';

export async function ingestPage(main) {
  const info = await api('/api/info');
  document.title = 'Add articles · Parallax';
  const token = h('input', { type: 'password', id: 'token', autocomplete: 'off', value: sessionStorage.getItem(TOKEN_KEY) || '' });
  const out = h('div', { class: 'ingest-results', id: 'ingest-results', 'aria-live': 'polite' });

  const title = h('input', { id: 'paste-title', name: 'title' });
  const outlet = h('input', { id: 'paste-outlet', name: 'outlet' });
  const text = h('textarea', { id: 'paste-text', rows: 10, required: true });
  const isHtml = h('input', { type: 'checkbox', id: 'paste-html' });
  const paste = h('form', { class: 'card', id: 'paste-form' },
    h('h2', { text: 'Paste an article' }),
    field('Title (optional for HTML)', title), field('Outlet', outlet), field('Text or HTML', text),
    h('label', { class: 'check' }, isHtml, ' This is the page’s HTML'),
    h('button', { type: 'submit', text: 'Add article' }));
  paste.addEventListener('submit', ev => {
    ev.preventDefault();
    const item = { title: title.value || null, outlet: outlet.value || null };
    item[isHtml.checked ? 'html' : 'text'] = text.value;
    send(JSON.stringify([item]), 'application/json');
  });

  const url = h('input', { type: 'url', id: 'url', required: true, placeholder: 'https://…' });
  const byUrl = h('form', { class: 'card', id: 'url-form' }, h('h2', { text: 'From a URL' }), field('Article URL', url),
    info.urlIngest ? null : h('p', { class: 'muted', text: 'This build cannot fetch pages yet; the server will say so. Paste the page’s HTML instead.' }),
    h('button', { type: 'submit', text: 'Fetch and add' }));
  byUrl.addEventListener('submit', ev => { ev.preventDefault(); send(JSON.stringify([{ url: url.value }]), 'application/json'); });

  const files = h('input', { type: 'file', id: 'files', multiple: true, accept: '.html,.htm,.txt,text/html,text/plain', required: true });
  const upOutlet = h('input', { id: 'upload-outlet' });
  const progress = h('progress', { id: 'upload-progress', max: 100, value: 0, hidden: true });
  const upload = h('form', { class: 'card', id: 'upload-form' }, h('h2', { text: 'Upload files' }),
    field('HTML or text files', files), field('Outlet (optional, for all files)', upOutlet), progress,
    h('button', { type: 'submit', text: 'Upload' }));
  upload.addEventListener('submit', ev => {
    ev.preventDefault();
    const form = new FormData();
    for (const f of files.files) form.append('files', f, f.name);
    if (upOutlet.value) form.append('outlet', upOutlet.value);
    send(form, null, progress);
  });

  clear(main).append(
    h('div', { class: 'page-head' }, h('h1', { text: 'Add articles' }),
      h('p', { class: 'muted', text: `Articles are cleaned, analyzed and filed into stories. The store holds ${plural(info.articles, 'article')}.` })),
    info.tokenRequired ? h('div', { class: 'card' }, field('API token (this server requires one for writes)', token)) : null,
    h('div', { class: 'ingest-grid' }, paste, byUrl, upload), out);

  // XMLHttpRequest rather than fetch: it reports upload progress for large files.
  function send(body, type, bar) {
    sessionStorage.setItem(TOKEN_KEY, token.value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/articles');
    xhr.setRequestHeader('Accept', 'application/json');
    if (type) xhr.setRequestHeader('Content-Type', type);
    if (token.value) xhr.setRequestHeader('Authorization', 'Bearer ' + token.value);
    if (bar) {
      bar.hidden = false;
      bar.value = 0;
      xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); });
    }
    clear(out).append(h('p', { class: 'muted', role: 'status', text: 'Working…' }));
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: reported below */ }
      if (bar) bar.value = 100;
      if (xhr.status >= 200 && xhr.status < 300 && body) showResult(body);
      else showError(body && (body.detail || body.title) || `HTTP ${xhr.status}`);
    });
    xhr.addEventListener('error', () => showError('The server could not be reached.'));
    xhr.send(body);
  }

  function showError(message) {
    clear(out).append(h('p', { class: 'error', role: 'alert', text: message }));
  }

  function showResult(r) {
    clear(out).append(
      h('p', { role: 'status', text: `${plural(r.added, 'article')} added, ${r.duplicates} already stored, ${r.failed} failed.` }),
      h('ul', null, r.items.map(i => h('li', { class: 'status-' + i.status },
        h('span', { class: 'tag', text: i.status }), ' ', i.source, ' ',
        i.id ? h('a', { href: paths.article(i.id), text: 'article' }) : null, ' ',
        i.story ? h('a', { href: paths.story(i.story), text: 'story' }) : null,
        i.error ? h('span', { class: 'error-text', text: ' ' + i.error }) : null))));
  }
}

function field(label, input) {
  return h('label', { class: 'field' }, h('span', { text: label }), input);
}
