// Pieces several views share: notices, loading states, title cards and rows, quality badges.
import { h, formatBytes } from './dom.js';

export function loading(label = 'Loading…') {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
}

/** An error shown where the content would have been, in the words of js/messages.js. */
export function errorNotice(error, { what } = {}) {
  return h('div', { class: `notice ${error?.kind === 'warning' ? 'warning' : 'error'}`, role: 'alert' },
    what ? h('strong', {}, `${what}: `) : null, error?.message ?? String(error));
}

export function emptyNotice(text) {
  return h('p', { class: 'empty muted' }, text);
}

/** Fills a container with a loading state, then what render() returns, or the error. */
export async function loadInto(container, load, render, { what, loadingLabel } = {}) {
  container.replaceChildren(loading(loadingLabel));
  try {
    const data = await load();
    container.replaceChildren(render(data) ?? '');
    return data;
  } catch (error) {
    if (error?.name === 'AbortError') return undefined;
    container.replaceChildren(errorNotice(error, { what }));
    return undefined;
  }
}

export function titleHref(type, id) {
  return `/title/${type}/${id}`;
}

/** A poster linking to a title page; `meta` is a line under the title (year, progress…). */
export function titleCard({ type, id, title, posterUrl, year, meta, progress }) {
  const poster = posterUrl
    ? h('img', { src: posterUrl, alt: '', loading: 'lazy', onerror: event => event.target.replaceWith(posterPlaceholder(title)) })
    : posterPlaceholder(title);
  const bar = Number.isFinite(progress)
    ? h('span', { class: 'progress', role: 'progressbar', 'aria-label': 'Watched', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(Math.round(progress)) })
    : null;
  if (bar) bar.style.setProperty('--percent', `${Math.max(0, Math.min(100, progress))}%`);
  return h('li', { class: 'card' },
    h('a', { href: titleHref(type, id), 'data-nav': true, class: 'card-link' },
      h('span', { class: 'poster' }, poster, bar),
      h('span', { class: 'card-title' }, title || 'Untitled'),
      h('span', { class: 'card-meta muted' }, meta ?? (year ? String(year) : '')),
    ));
}

export function posterPlaceholder(title) {
  const initial = (title ?? '').match(/[\p{L}\p{N}]/u)?.[0] ?? '?';
  return h('span', { class: 'poster-placeholder', 'aria-hidden': 'true' }, initial.toUpperCase());
}

/** A titled, horizontally scrolling row of cards. */
export function row(heading, { id } = {}) {
  const list = h('ul', { class: 'row-cards' });
  const body = h('div', { class: 'row-body' });
  const section = h('section', { class: 'row', 'aria-labelledby': id }, h('h2', { id }, heading), body);
  return { section, body, list };
}

/** Quality badges for a parsed release (ReleaseDto or PlayReleaseDto). */
export function qualityBadges(release) {
  const quality = release.quality ?? {};
  const badges = [];
  if (quality.resolution) badges.push(badge(quality.resolution >= 2160 ? '4K' : `${quality.resolution}p`, 'resolution'));
  if (quality.source) badges.push(badge(quality.source, 'source'));
  if (quality.videoCodec) badges.push(badge(quality.videoCodec, 'codec'));
  for (const hdr of quality.hdr ?? []) badges.push(badge(hdr === 'DV' ? 'Dolby Vision' : hdr, 'hdr'));
  for (const audio of quality.audio ?? []) badges.push(badge(audio, 'audio'));
  if (release.multi) badges.push(badge('MULTi', 'language'));
  for (const language of release.languages ?? []) badges.push(badge(language, 'language'));
  for (const subtitle of release.subtitles ?? []) badges.push(badge(`Subs ${subtitle}`, 'language'));
  if (release.proper) badges.push(badge('PROPER', 'flag'));
  if (release.repack) badges.push(badge('REPACK', 'flag'));
  return h('ul', { class: 'badges', 'aria-label': 'Quality' }, badges.map(b => h('li', {}, b)));
}

function badge(text, kind) {
  return h('span', { class: `badge badge-${kind}` }, text);
}

export function sizeAndSeeders(release) {
  const parts = [];
  const size = formatBytes(release.size);
  if (size) parts.push(size);
  if (Number.isFinite(release.seeders)) parts.push(`${release.seeders} seeders`);
  if (release.indexer) parts.push(release.indexer);
  return parts.join(' · ');
}

/** A short message at the bottom of the screen. */
export function toast(text, kind = 'info') {
  const container = document.querySelector('.toasts');
  const item = h('div', { class: `toast ${kind}` }, text);
  container.append(item);
  setTimeout(() => item.remove(), 5000);
}

/** Shows a server problem's messages next to a form: the detail, and field errors under their inputs. */
export function showFormErrors(form, error) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const summary = form.querySelector('.form-error');
  const unplaced = [];
  for (const [field, messages] of Object.entries(error?.errors ?? {})) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) {
      unplaced.push(...messages);
      continue;
    }
    const id = `${input.id || field}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.after(h('p', { class: 'field-error', id }, messages.join(' ')));
  }
  if (summary) {
    const detail = unplaced.length ? unplaced.join(' ') : (Object.keys(error?.errors ?? {}).length ? null : error?.message);
    summary.textContent = detail ?? 'Please correct the fields below.';
    summary.hidden = false;
  }
}

export function clearFormErrors(form) {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const summary = form.querySelector('.form-error');
  if (summary) {
    summary.textContent = '';
    summary.hidden = true;
  }
}

/**
 * A form's submit: `action` runs with the form's values and the button disabled meanwhile; a failure goes to
 * `onError` (a toast unless the form shows it next to its fields).
 */
export function onSubmit(form, button, action, onError = error => toast(error.message, 'error')) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearFormErrors(form);
    button.disabled = true;
    try {
      await action(Object.fromEntries(new FormData(form)));
    } catch (error) {
      onError(error);
    } finally {
      button.disabled = false;
    }
  });
}

/** A labelled input: label + input (+ optional hint). */
export function field({ label, name, type = 'text', value = '', required = false, autocomplete, hint, ...rest }) {
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : null;
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name, type, value, required, autocomplete, 'aria-describedby': hintId, ...rest }),
    hint ? h('p', { class: 'hint muted', id: hintId }, hint) : null);
}
