// Sign in, or create an account (the server makes the first account admin).
import { api } from '../api.js';
import { session } from '../session.js';
import { appPath } from '../base.js';
import { h } from '../dom.js';
import { clearFormErrors, field, showFormErrors } from '../components.js';

export const name = 'login';

export function title() {
  return appPath() === '/register' ? 'Create an account' : 'Sign in';
}

export function render(main, { mode, search, navigate }) {
  const registering = mode === 'register';
  const next = safeNext(search.get('next'));
  // An admin's invitation link (/register?invite=…): it lets this sign-up through while registration is closed.
  const invitation = registering ? search.get('invite') : null;
  const submit = h('button', { type: 'submit', class: 'button primary' }, registering ? 'Create account' : 'Sign in');
  const form = h('form', { class: 'auth-form', novalidate: true },
    h('p', { class: 'form-error notice error', role: 'alert', hidden: true }),
    registering ? field({ label: 'Display name', name: 'displayName', autocomplete: 'nickname', required: true, maxlength: 100 }) : null,
    field({ label: 'Email', name: 'email', type: 'email', autocomplete: 'username', required: true }),
    field({
      label: 'Password', name: 'password', type: 'password', required: true,
      autocomplete: registering ? 'new-password' : 'current-password',
      hint: registering ? 'At least 8 characters.' : null,
    }),
    submit);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearFormErrors(form);
    const values = Object.fromEntries(new FormData(form));
    submit.disabled = true;
    submit.textContent = registering ? 'Creating…' : 'Signing in…';
    try {
      if (registering) {
        await api('/api/auth/register', { method: 'POST', body: invitation ? { ...values, invitation } : values });
      }
      const token = await api('/api/auth/login', { method: 'POST', body: { email: values.email, password: values.password } });
      session.signIn(token.accessToken);
      session.setUser(await api('/api/me'));
      navigate(next, { replace: true });
    } catch (error) {
      showFormErrors(form, error);
      submit.disabled = false;
      submit.textContent = registering ? 'Create account' : 'Sign in';
    }
  });

  const other = registering
    ? h('p', {}, 'Already have an account? ', h('a', { href: withNext('/login', next), 'data-nav': true }, 'Sign in'))
    : h('p', {}, 'New here? ', h('a', { href: withNext('/register', next), 'data-nav': true }, 'Create an account'));

  main.append(h('section', { class: 'auth' },
    h('p', { class: 'brand big' }, 'ProStream'),
    h('h1', {}, registering ? 'Create an account' : 'Sign in'),
    registering ? h('p', { class: 'muted' }, invitation
      ? 'You were invited: this link creates one account.'
      : 'The first account on a new server becomes its admin; after that, ask the admin for an invitation link.') : null,
    form,
    other));
  form.querySelector('input').focus();
}

// Only paths of this app: never another origin ('//host' and '/\host' both leave it).
export function safeNext(next) {
  return next && /^\/(?![/\\])/.test(next) && !next.startsWith('/login') && !next.startsWith('/register') ? next : '/';
}

function withNext(path, next) {
  return next === '/' ? path : `${path}?next=${encodeURIComponent(next)}`;
}
