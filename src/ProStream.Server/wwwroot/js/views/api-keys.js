// API keys for scripts: the signed-in user's own (Profile) and everyone's (Admin). A new key's
// secret is shown once, when created.
import { api } from '../api.js';
import { h } from '../dom.js';
import { loadInto, onSubmit, toast } from '../components.js';

const when = time => (time ? new Date(time).toLocaleString() : 'never');

/** Profile: create a named key (shown once, with a copy button), list and revoke one's keys. */
export function ownKeysPanel(signal) {
  const name = h('input', { id: 'api-key-name', name: 'name', type: 'text', maxlength: 100, required: true, placeholder: 'e.g. nightly sync' });
  const create = h('button', { type: 'submit', class: 'button primary small' }, 'Create key');
  const created = h('div', { class: 'api-key-created', 'aria-live': 'polite' });
  const list = h('div');
  const form = h('form', { class: 'invitation-form api-key-form' }, h('label', { for: 'api-key-name' }, 'Name '), name, ' ', create);
  const panel = h('section', { class: 'panel api-keys' }, h('h2', {}, 'API keys'),
    h('p', { class: 'muted' }, 'Scripts send a key in the X-Api-Key header and act as you. Revoke a key you no longer use.'),
    form, created, list);
  const reload = () => loadInto(list, () => api('/api/me/api-keys', { signal }), keys => keyTable(keys, {
    caption: 'Your API keys, newest first',
    empty: 'No API keys yet.',
    revokePath: key => `/api/me/api-keys/${key.id}`,
    reload,
  }), { what: 'API keys' });
  onSubmit(form, create, async () => {
    if (!name.value.trim()) {
      name.focus();
      return;
    }
    const key = await api('/api/me/api-keys', { method: 'POST', body: { name: name.value.trim() } });
    created.replaceChildren(...shownOnce(key));
    form.reset();
    reload();
  });
  reload();
  return panel;
}

/** Admin: every user's keys with their owner; any can be revoked. */
export function allKeysPanel(signal) {
  const list = h('div');
  const panel = h('div', { class: 'panel api-keys' }, h('h2', {}, 'API keys'), list);
  const reload = () => loadInto(list, () => api('/api/admin/api-keys', { signal }), keys => keyTable(keys, {
    caption: 'Every API key, newest first',
    empty: 'Nobody has an API key.',
    revokePath: key => `/api/admin/api-keys/${key.id}`,
    owner: true,
    reload,
  }), { what: 'API keys' });
  reload();
  return panel;
}

function shownOnce(key) {
  const secret = h('input', { type: 'text', readonly: true, value: key.key, class: 'invitation-link api-key-secret', 'aria-label': `API key ${key.name}` });
  const copy = h('button', { type: 'button', class: 'button small' }, 'Copy');
  copy.addEventListener('click', async () => {
    secret.select();
    try {
      await navigator.clipboard.writeText(key.key);
      toast('The key was copied.');
    } catch {
      // No clipboard access (plain http): the key is selected for Ctrl+C.
      toast('Press Ctrl+C to copy the selected key.');
    }
  });
  queueMicrotask(() => secret.select());
  return [h('p', {}, `Your new key "${key.name}". Copy it now: it is shown only this once.`), h('div', { class: 'api-key-copy' }, secret, ' ', copy)];
}

function keyTable(keys, { caption, empty, revokePath, owner = false, reload }) {
  if (keys.length === 0) return h('p', { class: 'empty muted' }, empty);
  return h('table', { class: 'users api-key-list' },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Name'),
      owner ? h('th', { scope: 'col' }, 'Owner') : null,
      h('th', { scope: 'col' }, 'Key'),
      h('th', { scope: 'col' }, 'Created'),
      h('th', { scope: 'col' }, 'Last used'),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, keys.map(key => {
      const revoke = h('button', { type: 'button', class: 'button danger small', 'aria-label': `Revoke ${key.name}` }, 'Revoke');
      revoke.addEventListener('click', async () => {
        if (!confirm(`Revoke the key "${key.name}"? Scripts using it stop working at once.`)) return;
        revoke.disabled = true;
        try {
          await api(revokePath(key), { method: 'DELETE' });
          toast(`The key "${key.name}" was revoked.`);
          reload();
        } catch (error) {
          toast(error.message, 'error');
          revoke.disabled = false;
        }
      });
      return h('tr', {},
        h('td', {}, key.name),
        owner ? h('td', {}, key.userDisplayName, h('span', { class: 'muted' }, ` ${key.userEmail}`)) : null,
        h('td', {}, h('code', {}, `${key.prefix}…`)),
        h('td', {}, when(key.createdAt)),
        h('td', {}, when(key.lastUsedAt)),
        h('td', {}, revoke));
    })));
}
