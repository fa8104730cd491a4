// The one place that turns the server's problems (RFC 9457) into sentences for a viewer. The server's
// `detail` is written for whoever runs the server; a viewer is told what happened and what to do.
import { session } from './session.js';

/**
 * @param {number} status HTTP status (0: the server could not be reached)
 * @param {object} problem the ProblemDetails body ({} when there was none)
 * @param {number|null} retryAfter seconds from the Retry-After header
 * @returns {{ text: string, kind: 'error'|'warning', notConfigured: boolean }}
 */
export function describeProblem(status, problem = {}, retryAfter = null) {
  const upstream = problem.upstream;
  const who = upstream ?? 'The server';
  const wait = retryAfter ? ` Try again in ${formatWait(retryAfter)}.` : ' Try again in a moment.';

  if (status === 0) return warning('The server could not be reached. Check your connection and try again.');
  if (status === 503 && Array.isArray(problem.settings)) {
    const text = session.isAdmin
      ? `${upstream ?? 'A service'} is not set up yet. Set ${list(problem.settings)} in the server's environment, then restart it.`
      : `${upstream ?? 'A service'} is not set up on this server yet; ask your admin.`;
    return { text, kind: 'warning', notConfigured: true };
  }
  if (status === 429) return warning(`You are going a little fast.${wait}`);
  if (status === 503) {
    const busy = upstream === 'TMDB' ? 'The catalogue (TMDB) is busy right now.' : `${who} is busy or unavailable right now.`;
    return warning(`${busy}${wait}`);
  }
  if (status === 504) return warning(`${who} took too long to answer.${wait}`);
  if (status === 502) return warning(`${who} is having trouble answering: ${problem.detail ?? 'an unexpected answer'}.`.replace(/\.\.$/, '.'));
  if (status === 401) return error(problem.detail ?? 'Your sign-in has ended; sign in again.');
  if (status === 400 && problem.errors && !problem.detail) return error('Some fields need a change; see below.');
  if (problem.detail) return error(problem.detail);
  if (problem.title) return error(problem.title);
  return error(status >= 500 ? 'Something went wrong on the server; try again later.' : `The server refused this (${status}).`);
}

/**
 * A field's validation messages in plain words. ASP.NET's data-annotation sentences name the C#
 * property ("The DisplayName field is required."); next to the field, the field needs no naming.
 */
export function plainFieldMessage(message) {
  const text = String(message);
  const length = text.match(/minimum length of '?(\d+)'?(?: and a maximum length of '?(\d+)'?)?/i)
    ?? text.match(/maximum length of '?(\d+)'?/i);
  if (/field is required/i.test(text)) return 'This cannot be empty.';
  if (/not a valid e-?mail/i.test(text)) return 'Enter an email address such as name@example.com.';
  if (length && /minimum/i.test(text)) return length[2] ? `Use ${length[1]} to ${length[2]} characters.` : `Use at least ${length[1]} characters.`;
  if (length) return `Use at most ${length[1]} characters.`;
  if (/ISO 639-1/i.test(text)) return 'Pick languages from the list.';
  return text;
}

function formatWait(seconds) {
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}

function list(items) {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function warning(text) { return { text, kind: 'warning', notConfigured: false }; }

function error(text) { return { text, kind: 'error', notConfigured: false }; }
