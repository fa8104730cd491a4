// Home: continue watching, watchlist, popular films, trending.
import { api } from '../api.js';
import { h } from '../dom.js';
import { emptyNotice, loadInto, row, titleCard } from '../components.js';

export const name = 'home';

export function title() {
  return 'Home';
}

export function render(main) {
  const controller = new AbortController();
  const { signal } = controller;
  main.append(h('h1', { class: 'visually-hidden' }, 'Home'));

  const continueRow = row('Continue watching', { id: 'row-continue' });
  const watchlistRow = row('Your watchlist', { id: 'row-watchlist' });
  const popularRow = row('Popular films', { id: 'row-popular' });
  const trendingRow = row('Trending this week', { id: 'row-trending' });
  main.append(continueRow.section, watchlistRow.section, popularRow.section, trendingRow.section);

  loadInto(continueRow.body, () => api('/api/history?unfinished=true', { signal }), entries => entries.length
    ? cards(entries.map(e => ({
      type: e.type, id: e.tmdbId, title: e.title ?? `${e.type === 'tv' ? 'Show' : 'Film'} ${e.tmdbId}`, posterUrl: posterFromPath(e.posterPath),
      meta: continueMeta(e), progress: e.percent,
    })))
    : emptyNotice('Nothing in progress. Press Play on a title and it will wait for you here.'), { what: 'Continue watching' });

  loadInto(watchlistRow.body, () => api('/api/watchlist', { signal }), items => items.length
    ? cards(items.map(i => ({ type: i.type, id: i.tmdbId, title: i.title ?? `Title ${i.tmdbId}`, posterUrl: posterFromPath(i.posterPath) })))
    : emptyNotice('Your watchlist is empty. Add titles from their page.'), { what: 'Watchlist' });

  loadInto(popularRow.body, () => api('/api/catalog/movies/popular', { signal }), page => catalogCards(page), { what: 'Popular films' });
  loadInto(trendingRow.body, () => api('/api/catalog/trending/all/week', { signal }), page => catalogCards(page), { what: 'Trending' });

  return () => controller.abort();
}

function cards(items) {
  return h('ul', { class: 'row-cards' }, items.map(titleCard));
}

function catalogCards(page) {
  return page.results.length
    ? cards(page.results.map(item => ({ type: item.type, id: item.id, title: item.title, posterUrl: item.posterUrl, year: item.year })))
    : emptyNotice('Nothing here right now.');
}

function continueMeta(entry) {
  const episode = entry.type === 'tv' && entry.season != null && entry.episode != null ? `S${entry.season}·E${entry.episode} · ` : '';
  return `${episode}${Math.round(entry.percent)}% watched`;
}

/** Watchlist and history keep what the client sent: a full URL (this UI sends posterUrl) or TMDB's path. */
export function posterFromPath(path) {
  if (!path) return null;
  return /^https?:\/\//.test(path) ? path : `https://image.tmdb.org/t/p/w342${path.startsWith('/') ? '' : '/'}${path}`;
}
