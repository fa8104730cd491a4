// The signed-in account: the access token lives in memory and in sessionStorage (this tab only,
// gone when the tab closes); never in localStorage.
const storageKey = 'prostream.accessToken';
const listeners = new Set();

let token = sessionStorage.getItem(storageKey);
let user = null;

export const session = {
  get token() { return token; },
  get user() { return user; },
  get isAdmin() { return Boolean(user?.roles?.includes('admin')); },

  signIn(accessToken) {
    token = accessToken;
    sessionStorage.setItem(storageKey, accessToken);
    notify();
  },

  setUser(account) {
    user = account;
    notify();
  },

  /** Forget the token (sign out, or the server answered 401). */
  signOut() {
    token = null;
    user = null;
    sessionStorage.removeItem(storageKey);
    notify();
  },

  onChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function notify() {
  for (const listener of listeners) listener(session);
}
