// Search films and shows (TMDB), with paging; the query lives in the URL so Back works.
import { api, query } from '../api.js';
import { h } from '../dom.js';
import { emptyNotice, loadInto, titleCard } from '../components.js';

export const name = 'search';

export function title() {
  return 'Search';
}

const types = [
  { value: 'multi', label: 'Films and shows' },
  { value: 'movie', label: 'Films' },
  { value: 'tv', label: 'Shows' },
];

export function render(main, { search, navigate }) {
  const text = (search.get('q') ?? '').trim();
  const type = types.some(t => t.value === search.get('type')) ? search.get('type') : 'multi';
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const controller = new AbortController();

  const input = h('input', { id: 'search-query', name: 'q', type: 'search', value: text, placeholder: 'e.g. Dune', autocomplete: 'off', required: true });
  const select = h('select', { id: 'search-type', name: 'type' },
    types.map(t => h('option', { value: t.value, selected: t.value === type }, t.label)));
  const form = h('form', { class: 'search-form', role: 'search' },
    h('div', { class: 'field grow' }, h('label', { for: 'search-query' }, 'Title'), input),
    h('div', { class: 'field' }, h('label', { for: 'search-type' }, 'Kind'), select),
    h('button', { type: 'submit', class: 'button primary' }, 'Search'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) navigate(`/search${query({ q: value, type: select.value === 'multi' ? undefined : select.value })}`);
  });

  const results = h('div', { class: 'search-results', 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Search'), form, results);

  if (!text) {
    results.append(emptyNotice('Type a title and press Search.'));
    input.focus();
    return () => controller.abort();
  }

  loadInto(results, () => api(`/api/catalog/search${query({ query: text, type, page })}`, { signal: controller.signal }), data => {
    if (!data.results.length) return emptyNotice(`Nothing found for “${text}”.`);
    return h('div', {},
      h('p', { class: 'muted' }, `${data.totalResults} result${data.totalResults === 1 ? '' : 's'} for “${text}”`),
      h('ul', { class: 'grid-cards' }, data.results.map(item => titleCard({
        type: item.type, id: item.id, title: item.title, posterUrl: item.posterUrl,
        meta: [item.year, item.type === 'tv' ? 'Show' : 'Film'].filter(Boolean).join(' · '),
      }))),
      pager(data, p => `/search${query({ q: text, type: type === 'multi' ? undefined : type, page: p === 1 ? undefined : p })}`));
  }, { what: 'Search' });

  return () => controller.abort();
}

function pager(data, hrefFor) {
  if (data.totalPages <= 1) return null;
  const last = Math.min(data.totalPages, 500);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    data.page > 1 ? h('a', { class: 'button subtle', href: hrefFor(data.page - 1), 'data-nav': true, rel: 'prev' }, '← Previous') : h('span'),
    h('span', { class: 'muted' }, `Page ${data.page} of ${last}`),
    data.page < last ? h('a', { class: 'button subtle', href: hrefFor(data.page + 1), 'data-nav': true, rel: 'next' }, 'Next →') : h('span'));
}
