// Admin: each service the server depends on, checked now (GET /api/admin/status).
import { api } from '../api.js';
import { h } from '../dom.js';
import { loadInto } from '../components.js';

export const name = 'admin-status';

export function title() {
  return 'Service status';
}

export function render(main) {
  const controller = new AbortController();
  const body = h('div', { 'aria-live': 'polite' });
  const again = h('button', { type: 'button', class: 'button' }, 'Check again');
  const check = async () => {
    again.disabled = true;
    await loadInto(body, () => api('/api/admin/status', { signal: controller.signal }), statusList,
      { what: 'Service status', loadingLabel: 'Checking each service…' });
    again.disabled = false;
  };
  again.addEventListener('click', check);
  main.append(
    h('p', {}, h('a', { href: '/admin', 'data-nav': true }, '← Admin')),
    h('h1', {}, 'Service status'),
    h('p', { class: 'muted' }, 'What the server is set up with and whether each service answers now.'),
    again, body);
  check();
  return () => controller.abort();
}

function statusList(status) {
  return h('div', {},
    h('ul', { class: 'status-list' }, status.services.map(serviceCard)),
    h('p', { class: 'muted small' }, `Checked ${new Date(status.checkedAt).toLocaleString()}.`));
}

function serviceCard(service) {
  const state = !service.configured ? ['Not set up', 'off'] : service.reachable ? ['Working', 'ok'] : ['Failing', 'failing'];
  const facts = [];
  if (Number.isFinite(service.latencyMs)) facts.push(h('li', {}, `Answered in ${Math.round(service.latencyMs)} ms`));
  if (service.premiumUntil) facts.push(h('li', {}, `Premium until ${new Date(service.premiumUntil).toLocaleDateString()}`));
  if (service.lastError) {
    facts.push(h('li', { class: 'status-last-error' },
      `Last error${service.lastErrorAt ? ` (${new Date(service.lastErrorAt).toLocaleString()})` : ''}: ${service.lastError}`));
  }
  return h('li', { class: `status-card status-${state[1]}` },
    h('h2', {}, service.name, ' ', h('span', { class: `status-state status-${state[1]}` }, state[0])),
    service.detail ? h('p', {}, service.detail) : null,
    facts.length ? h('ul', { class: 'status-facts muted' }, facts) : null);
}
