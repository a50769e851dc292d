// The contest attempt's service worker: keeps the attempt page usable when the phone loses the
// network. It is registered only by the attempt page, with the scope /contests/ (the server allows
// no wider one), so the home page, /play and the staff pages never go through it.
//
// What it keeps: the page shell (index.html) and the hashed files the attempt page needs, in a cache
// named after this build. What it never keeps: anything under /api/ (answers, personal data), the
// game socket, any other page. The shell is asked of the network first and taken from the cache
// only when the network fails, so a deploy's new page is used as soon as the phone is online; the
// new worker (a new VERSION) then replaces this one and drops its cache.
const VERSION = '__VERSION__';
const SHELL = '/index.html';
const ASSETS = __ASSETS__;
const CACHE = 'luatvui-attempt-' + VERSION;
const ATTEMPT_PAGE = /^\/contests\/\d+\/attempts\/\d+\/?$/;
const KEPT = new Set(ASSETS);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([SHELL].concat(ASSETS)))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('luatvui-attempt-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (!ATTEMPT_PAGE.test(url.pathname)) return;
    event.respondWith(fetch(request).catch(() => fromCache(SHELL).then((page) => page || Response.error())));
    return;
  }
  if (KEPT.has(url.pathname)) {
    event.respondWith(fromCache(url.pathname).then((kept) => kept || fetch(request)));
  }
  // Everything else (the API above all) goes to the network as if there were no worker.
});

function fromCache(path) {
  return caches.open(CACHE).then((cache) => cache.match(path, { ignoreSearch: true, ignoreVary: true }));
}
