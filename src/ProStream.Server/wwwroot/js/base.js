// The app may live under a sub-path (ProStream__BasePath behind a reverse proxy): the server writes it into
// index.html's <base href>. The app names its pages and the API by root-relative app paths ('/search',
// '/api/me'); these two are the one rule that turns them into the URLs the browser uses, and back.
const basePath = new URL(document.baseURI).pathname.replace(/\/+$/, '');

/** '/api/me' → '/prostream/api/me'; absolute and relative URLs are left as they are. */
export function toUrl(appPath) {
  const text = String(appPath);
  return text.startsWith('/') && !text.startsWith('//') ? basePath + text : text;
}

/** The app path of a same-origin URL path: '/prostream/search' → '/search'. */
export function appPath(pathname = location.pathname) {
  if (!basePath) return pathname;
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
}
