// Staying signed in: the server keeps a rotating refresh token in an HttpOnly cookie scoped to /api/auth
// (no script can read it). A tab without an access token, or whose token was refused, asks for a new one.
// Each refresh replaces the cookie and presenting a replaced one ends the sign-in everywhere, so tabs
// take turns (Web Locks, where the browser has them): the second tab then sends the cookie the first got.
import { session } from './session.js';
import { toUrl } from './base.js';

// Not a secret: only whether this browser signed in and has not signed out since, so that a browser
// that never signed in does not ask (and get a 401) on every start.
const markerKey = 'prostream.signedIn';
let pending = null;

session.onChange(current => {
  if (current.token) localStorage.setItem(markerKey, '1');
  else localStorage.removeItem(markerKey);
});

/** A fresh access token into the session; false when the browser holds no live sign-in. */
export function refreshSession() {
  if (!session.token && !localStorage.getItem(markerKey)) return Promise.resolve(false);
  pending ??= exchange().finally(() => { pending = null; });
  return pending;
}

/** Ends this browser's sign-in on the server too (the cookie is revoked and cleared). */
export async function signOutHere() {
  try {
    await fetch(toUrl('/api/auth/logout'), { method: 'POST', credentials: 'same-origin' });
  } catch {
    // Offline: the access token is still forgotten below; the cookie expires on its own.
  }
  session.signOut();
}

async function exchange() {
  const run = async () => {
    let response;
    try {
      response = await fetch(toUrl('/api/auth/refresh'), { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch {
      return false;
    }
    if (!response.ok) return false;
    const token = await response.json();
    session.signIn(token.accessToken);
    return true;
  };
  return navigator.locks ? navigator.locks.request('prostream-refresh', run) : run();
}
