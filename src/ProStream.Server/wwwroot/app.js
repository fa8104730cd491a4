// ProStream's web UI: a small router over views, each a module with render(main, route) → cleanup?.
import { api, onUnauthorized } from './js/api.js';
import { session } from './js/session.js';
import { refreshSession, signOutHere } from './js/refresh.js';
import { appPath, toUrl } from './js/base.js';
import { announceView, h } from './js/dom.js';
import { errorNotice, loading } from './js/components.js';
import * as loginView from './js/views/login.js';
import * as homeView from './js/views/home.js';
import * as searchView from './js/views/search.js';
import * as titleView from './js/views/title.js';
import * as playerView from './js/views/player.js';
import * as profileView from './js/views/profile.js';
import * as adminView from './js/views/admin.js';
import * as adminStatusView from './js/views/admin-status.js';

const routes = [
  { pattern: /^\/login$/, view: loginView, anonymous: true, mode: 'login' },
  { pattern: /^\/register$/, view: loginView, anonymous: true, mode: 'register' },
  { pattern: /^\/$/, view: homeView },
  { pattern: /^\/search$/, view: searchView },
  { pattern: /^\/title\/(?<type>movie|tv)\/(?<id>\d+)$/, view: titleView },
  { pattern: /^\/watch\/(?<type>movie|tv)\/(?<id>\d+)$/, view: playerView },
  { pattern: /^\/profile$/, view: profileView },
  { pattern: /^\/admin$/, view: adminView, admin: true },
  { pattern: /^\/admin\/status$/, view: adminStatusView, admin: true },
];

const main = document.getElementById('main');
const topbar = document.querySelector('.topbar');
let cleanup = null;
let renderCount = 0;
let triedCookie = false;

export function navigate(url, { replace = false } = {}) {
  const target = new URL(toUrl(url), location.origin);
  if (target.origin !== location.origin) {
    location.assign(target);
    return;
  }
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  render();
}

async function render() {
  const current = ++renderCount;
  if (cleanup) {
    const previous = cleanup;
    cleanup = null;
    try {
      await previous();
    } catch {
      // A view's cleanup must never block the next view.
    }
  }

  const path = appPath().replace(/\/+$/, '') || '/';
  const route = routes.find(r => r.pattern.test(path));
  updateNavigation(path);

  if (!route) {
    main.replaceChildren(h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: '/', 'data-nav': true }, 'Go home')));
    announceView(main, 'Not found');
    return;
  }

  // A new tab or a bookmark: the browser may still hold a sign-in (the refresh cookie).
  if (!session.token && !triedCookie) {
    triedCookie = true;
    main.replaceChildren(loading('Signing in…'));
    await refreshSession();
    if (current !== renderCount) return;
  }

  if (!route.anonymous && !session.token) {
    navigate(`/login?next=${encodeURIComponent(appPath() + location.search)}`, { replace: true });
    return;
  }

  if (route.anonymous && session.token) {
    navigate(loginView.safeNext(new URLSearchParams(location.search).get('next')), { replace: true });
    return;
  }

  if (session.token && !session.user) {
    main.replaceChildren(loading('Signing in…'));
    try {
      session.setUser(await api('/api/me'));
    } catch (error) {
      if (!session.token) return; // 401: onUnauthorized already went to the login page.
      main.replaceChildren(errorNotice(error, { what: 'Could not load your account' }));
      return;
    }
    if (current !== renderCount) return;
  }

  if (route.admin && !session.isAdmin) {
    main.replaceChildren(h('h1', {}, 'Admins only'), h('p', {}, 'This page is for the server\'s admins.'));
    announceView(main, 'Admins only');
    return;
  }

  const params = { ...(path.match(route.pattern).groups ?? {}) };
  const search = new URLSearchParams(location.search);
  main.replaceChildren();
  main.dataset.view = route.view.name ?? '';
  try {
    const result = await route.view.render(main, { params, search, mode: route.mode, navigate });
    if (current !== renderCount) {
      await result?.();
      return;
    }
    cleanup = typeof result === 'function' ? result : null;
  } catch (error) {
    main.replaceChildren(errorNotice(error));
  }
  announceView(main, route.view.title?.(params) ?? main.querySelector('h1')?.textContent);
}

function updateNavigation(path) {
  const signedIn = Boolean(session.token);
  topbar.hidden = !signedIn;
  topbar.querySelector('.admin-only').hidden = !session.isAdmin;
  for (const link of topbar.querySelectorAll('.nav-links a')) {
    const href = appPath(link.pathname);
    const active = href === '/' ? path === '/' : path.startsWith(href);
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

// Same-origin links marked data-nav are handled here; modified clicks (new tab…) are left to the browser.
document.addEventListener('click', event => {
  // In-page links (the skip link): <base href> would resolve '#main' to the base page, so they are followed here.
  const fragment = event.target.closest('a[href^="#"]');
  if (fragment && !event.defaultPrevented) {
    event.preventDefault();
    document.getElementById(fragment.getAttribute('href').slice(1))?.focus();
    return;
  }
  const link = event.target.closest('a[data-nav]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(appPath(link.pathname) + link.search);
});

window.addEventListener('popstate', render);

topbar.querySelector('.quick-search').addEventListener('submit', event => {
  event.preventDefault();
  const input = event.currentTarget.elements.q;
  const text = input.value.trim();
  if (text) navigate(`/search?q=${encodeURIComponent(text)}`);
});

topbar.querySelector('.sign-out').addEventListener('click', async () => {
  await signOutHere();
  navigate('/login');
});

onUnauthorized(() => {
  const next = appPath().startsWith('/login') ? '' : `?next=${encodeURIComponent(appPath() + location.search)}`;
  navigate(`/login${next}`, { replace: true });
});

session.onChange(() => updateNavigation(appPath()));

render();
