// The server's JSON API: bearer token when signed in, RFC 9457 problems turned into ApiError.
import { session } from './session.js';
import { toUrl } from './base.js';
import { refreshSession } from './refresh.js';
import { describeProblem, plainFieldMessage } from './messages.js';

export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    const described = describeProblem(status, problem, retryAfter);
    super(described.text);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
    this.kind = described.kind;
    this.notConfigured = described.notConfigured;
  }

  /** Field errors (validation problems), camelCase field → messages in plain words. */
  get errors() {
    return Object.fromEntries(Object.entries(this.problem?.errors ?? {}).map(([field, messages]) => [field, messages.map(plainFieldMessage)]));
  }
}

const unauthorizedListeners = new Set();

/** Called when a signed-in request gets 401 (expired or revoked token). */
export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener);
}

export async function api(path, options = {}) {
  let response = await send(path, options);
  // An expired or refused access token: one refresh from the cookie, then the same request once more.
  if (response.status === 401 && !path.startsWith('/api/auth/') && await refreshSession()) {
    response = await send(path, options);
  }

  if (response.status === 401 && session.token && !path.startsWith('/api/auth/')) {
    session.signOut();
    for (const listener of unauthorizedListeners) listener();
  }

  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // Not JSON (a proxy's page): the status says enough.
    }
    const wait = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    throw new ApiError(response.status, problem, Number.isFinite(wait) && wait > 0 ? wait : null);
  }

  if (response.status === 204) return null;
  return (response.headers.get('Content-Type') ?? '').includes('json') ? response.json() : null;
}

// keepalive: the request outlives the page (a last progress report as the tab closes).
async function send(path, { method = 'GET', body, signal, keepalive = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = session.token;
  if (token) headers.Authorization = `Bearer ${token}`;

  try {
    return await fetch(toUrl(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal, keepalive });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached. Check your connection.' });
  }
}

/** Query string from an object, skipping empty values. */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
