// Admin: accounts (role, delete), open registration, invitation links, API keys and database backups.
import { api } from '../api.js';
import { session } from '../session.js';
import { formatBytes, h } from '../dom.js';
import { errorNotice, loadInto, onSubmit, toast } from '../components.js';
import { allKeysPanel } from './api-keys.js';

export const name = 'admin';

export function title() {
  return 'Admin';
}

export function render(main) {
  const controller = new AbortController();
  const registration = h('div', { class: 'panel' });
  const invitations = h('div', { class: 'panel invitations' });
  const users = h('div', { class: 'panel' });
  main.append(h('h1', {}, 'Admin'),
    h('p', {}, h('a', { href: '/admin/status', 'data-nav': true }, 'Service status'), ': is each service set up and answering?'),
    registration, invitations, users, allKeysPanel(controller.signal), backupPanel());
  showRegistration(registration, controller.signal);
  showInvitations(invitations, controller.signal);
  showUsers(users, controller.signal);
  return () => controller.abort();
}

async function showRegistration(panel, signal) {
  const toggle = h('input', { type: 'checkbox', id: 'allow-registration', disabled: true });
  const state = h('span', { class: 'muted' });
  panel.replaceChildren(h('h2', {}, 'Registration'),
    h('label', { class: 'checkbox', for: 'allow-registration' }, toggle, ' Anyone may create an account'), ' ', state);
  const show = open => {
    toggle.checked = open;
    state.textContent = open ? '(open)' : '(closed)';
  };
  try {
    show((await api('/api/settings/registration', { signal })).allowRegistration);
    toggle.disabled = false;
  } catch (error) {
    if (error.name !== 'AbortError') panel.append(errorNotice(error));
    return;
  }
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      show((await api('/api/settings/registration', { method: 'PUT', body: { allowRegistration: toggle.checked } })).allowRegistration);
      toast(toggle.checked ? 'Registration is open.' : 'Registration is closed.');
    } catch (error) {
      toggle.checked = !toggle.checked;
      toast(error.message, 'error');
    } finally {
      toggle.disabled = false;
    }
  });
}

// One-time sign-up links naming a role; the link is shown once, when created.
function showInvitations(panel, signal) {
  const role = h('select', { id: 'invitation-role', name: 'role' }, ['user', 'admin'].map(r => h('option', { value: r }, r)));
  const hours = h('input', { id: 'invitation-hours', name: 'validForHours', type: 'number', min: 1, max: 2160, placeholder: 'default' });
  const create = h('button', { type: 'submit', class: 'button primary small' }, 'Create invitation link');
  const created = h('div', { class: 'invitation-created', 'aria-live': 'polite' });
  const list = h('div');
  const form = h('form', { class: 'invitation-form' },
    h('label', { for: 'invitation-role' }, 'Role '), role, ' ',
    h('label', { for: 'invitation-hours' }, 'Valid for (hours) '), hours, ' ', create);
  panel.replaceChildren(h('h2', {}, 'Invitations'),
    h('p', { class: 'muted' }, 'Each link creates one account, even while registration is closed.'), form, created, list);
  const reload = () => loadInto(list, () => api('/api/admin/invitations', { signal }), items => invitationTable(items, reload), { what: 'Invitations' });
  onSubmit(form, create, async () => {
    const body = { role: role.value };
    if (hours.value) body.validForHours = Number(hours.value);
    const invitation = await api('/api/admin/invitations', { method: 'POST', body });
    const link = new URL(invitation.link, location.origin).href;
    const field = h('input', { type: 'text', readonly: true, value: link, class: 'invitation-link', 'aria-label': 'Invitation link' });
    created.replaceChildren(h('p', {}, `Send this link (${invitation.role}, valid until ${new Date(invitation.expiresAt).toLocaleString()}); it is shown only now:`), field);
    field.select();
    reload();
  });
  reload();
}

function invitationTable(items, reload) {
  if (items.length === 0) return h('p', { class: 'empty muted' }, 'No invitations yet.');
  return h('table', { class: 'users invitation-list' },
    h('caption', { class: 'visually-hidden' }, 'Invitations, newest first'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Role'), h('th', { scope: 'col' }, 'State'),
      h('th', { scope: 'col' }, 'Expires'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, items.map(invitation => {
      const state = String(invitation.state).toLowerCase();
      const revoke = h('button', { type: 'button', class: 'button danger small' }, 'Revoke');
      revoke.addEventListener('click', async () => {
        revoke.disabled = true;
        try {
          await api(`/api/admin/invitations/${invitation.id}`, { method: 'DELETE' });
          toast('The invitation was revoked.');
          reload();
        } catch (error) {
          toast(error.message, 'error');
          revoke.disabled = false;
        }
      });
      return h('tr', { 'data-state': state },
        h('td', {}, invitation.role),
        h('td', {}, state),
        h('td', {}, new Date(invitation.expiresAt).toLocaleString()),
        h('td', {}, state === 'pending' ? revoke : null));
    })));
}

function showUsers(panel, signal) {
  const body = h('div');
  panel.replaceChildren(h('h2', {}, 'Accounts'), body);
  loadInto(body, () => api('/api/users', { signal }), list => h('table', { class: 'users' },
    h('caption', { class: 'visually-hidden' }, 'Accounts, oldest first'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Email'), h('th', { scope: 'col' }, 'Role'),
      h('th', { scope: 'col' }, 'Since'), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
    h('tbody', {}, list.map(user => userRow(user, () => showUsers(panel, signal))))), { what: 'Accounts' });
}

function userRow(user, reload) {
  const role = user.roles[0] ?? 'user';
  const isMe = user.id === session.user?.id;
  const roleSelect = h('select', { 'aria-label': `Role of ${user.displayName}` },
    ['user', 'admin'].map(r => h('option', { value: r, selected: r === role }, r)));
  roleSelect.addEventListener('change', async () => {
    roleSelect.disabled = true;
    try {
      await api(`/api/users/${user.id}`, { method: 'PATCH', body: { role: roleSelect.value } });
      toast(`${user.displayName} is now ${roleSelect.value}.`);
    } catch (error) {
      roleSelect.value = role;
      toast(error.message, 'error');
    } finally {
      roleSelect.disabled = false;
    }
  });
  const remove = h('button', { type: 'button', class: 'button danger small', 'aria-label': `Delete ${user.displayName}` }, 'Delete');
  remove.addEventListener('click', async () => {
    if (!confirm(`Delete ${user.displayName} (${user.email}) with their watchlist and history?`)) return;
    remove.disabled = true;
    try {
      await api(`/api/users/${user.id}`, { method: 'DELETE' });
      toast(`${user.displayName} was deleted.`);
      reload();
    } catch (error) {
      toast(error.message, 'error');
      remove.disabled = false;
    }
  });
  return h('tr', {},
    h('td', {}, user.displayName, isMe ? h('span', { class: 'muted' }, ' (you)') : null),
    h('td', {}, user.email),
    h('td', {}, roleSelect),
    h('td', {}, new Date(user.createdAt).toLocaleDateString()),
    h('td', {}, remove));
}

// A consistent copy of the SQLite database into the server's backup directory (PostgreSQL: pg_dump).
function backupPanel() {
  const run = h('button', { type: 'button', class: 'button small' }, 'Back up the database now');
  const result = h('p', { class: 'muted', 'aria-live': 'polite' });
  run.addEventListener('click', async () => {
    run.disabled = true;
    try {
      const backup = await api('/api/admin/backup', { method: 'POST' });
      result.textContent = `Written: ${backup.name} (${formatBytes(backup.sizeBytes)}) in the server's backup directory.`;
    } catch (error) {
      result.textContent = '';
      toast(error.message, 'error');
    } finally {
      run.disabled = false;
    }
  });
  return h('div', { class: 'panel backup' }, h('h2', {}, 'Backup'),
    h('p', { class: 'muted' }, 'Copies the embedded database while the server runs. Restoring is described in docs/operations.md.'), run, result);
}
