// Building DOM from data: text always goes in as text (textContent / text nodes), never as HTML.
import { toUrl } from './base.js';

/** h('a', { href, class: 'x', onclick }, 'text', child); a root-relative href or src is an app path (base.js). */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'text') element.textContent = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'href' || name === 'src') element.setAttribute(name, safeUrl(toUrl(value)));
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  appendChildren(element, children);
  return element;
}

export function appendChildren(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only http(s), relative and blob: URLs reach href/src; anything else (javascript:, data:text/html…) becomes '#'. */
export function safeUrl(value) {
  const text = String(value);
  try {
    const url = new URL(text, location.origin);
    return ['http:', 'https:', 'blob:'].includes(url.protocol) ? text : '#';
  } catch {
    return '#';
  }
}

export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes <= 0) return '';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const power = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), units.length - 1);
  const value = bytes / 1024 ** power;
  return `${value.toFixed(value >= 10 || power === 0 ? 0 : 1)} ${units[power]}`;
}

export function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.floor(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  const two = n => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(secs)}` : `${minutes}:${two(secs)}`;
}

/** Sets the page title and moves focus to the new view's heading, for screen readers and keyboards. */
export function announceView(main, title) {
  document.title = title ? `${title} · ProStream` : 'ProStream';
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}
