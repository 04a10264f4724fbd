// Picks the page for the current path. Every page is a full load of the same shell, so links are plain links.
import { failure } from './dom.js';
import { storyList } from './list.js';
import { storyPage } from './story.js';
import { articlePage } from './article.js';
import { entityPage, entityIndex } from './entity.js';
import { searchPage } from './search.js';
import { ingestPage } from './ingest.js';

const routes = [
  [/^\/$/, storyList],
  [/^\/stories\/([^/]+)$/, storyPage],
  [/^\/articles\/([^/]+)$/, articlePage],
  [/^\/entities$/, entityIndex],
  [/^\/entities\/([^/]+)$/, entityPage],
  [/^\/search$/, searchPage],
  [/^\/ingest$/, ingestPage],
];

async function start() {
  const main = document.getElementById('main');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  for (const a of document.querySelectorAll('header nav a')) {
    const href = a.getAttribute('href');
    if (href === path || (href === '/' && path.startsWith('/stories')) || (href !== '/' && path.startsWith(href))) a.setAttribute('aria-current', 'page');
  }
  for (const [re, page] of routes) {
    const m = re.exec(path);
    if (!m) continue;
    try {
      await page(main, ...m.slice(1).map(decodeURIComponent));
    } catch (err) {
      failure(main, err);
    }
    document.body.dataset.ready = 'true';
    return;
  }
  failure(main, { status: 404, message: 'There is no page here.' });
  document.body.dataset.ready = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
