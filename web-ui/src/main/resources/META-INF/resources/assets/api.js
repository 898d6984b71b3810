// Talking to CareerGPT from a page: the access token (kept in localStorage, refreshed before it expires), JSON
// and multipart requests with Authorization: Bearer, problem+json answers turned into sentences, and server-sent
// events read from fetch() (EventSource cannot send an Authorization header).

const TOKEN_KEY = 'careergpt.token';
const REFRESH_MARGIN_MS = 60000;
const listeners = new Set();
let refreshTimer = null;
let refreshing = null;

/** The saved token while it is valid: {token, expiresAt, state, userId, role}. */
export function savedToken() {
  let saved = null;
  try {
    saved = JSON.parse(localStorage.getItem(TOKEN_KEY) || 'null');
  } catch (corrupt) {
    localStorage.removeItem(TOKEN_KEY);
  }
  return saved && saved.token && new Date(saved.expiresAt) > new Date() ? saved : null;
}

/** Whether a token was kept, even an expired one (its refresh cookie may still work). */
export function hadToken() {
  return localStorage.getItem(TOKEN_KEY) !== null;
}

export function saveToken(issued) {
  const saved = { token: issued.token, expiresAt: issued.expiresAt, state: issued.state, userId: issued.userId,
    role: issued.role };
  localStorage.setItem(TOKEN_KEY, JSON.stringify(saved));
  scheduleRefresh();
  listeners.forEach((listener) => listener(saved));
}

export function clearToken() {
  localStorage.removeItem(TOKEN_KEY);
  clearTimeout(refreshTimer);
  listeners.forEach((listener) => listener(null));
}

/** Called with the new token (or null) whenever it changes. */
export function onTokenChange(listener) {
  listeners.add(listener);
}

/** Renews the access token a minute before it expires (the refresh_token cookie is HttpOnly, path /auth). */
export function scheduleRefresh() {
  clearTimeout(refreshTimer);
  const saved = savedToken();
  if (!saved) return;
  const wait = Math.max(5000, new Date(saved.expiresAt) - new Date() - REFRESH_MARGIN_MS);
  refreshTimer = setTimeout(() => refreshToken(), Math.min(wait, 2147483647));
}

/** POST /auth/refresh once at a time; true when a new token was saved. */
export function refreshToken() {
  if (!refreshing) {
    refreshing = request('POST', '/auth/refresh', {}, false).catch(() => ({ ok: false })).then((answer) => {
      if (answer.ok) saveToken(answer.data);
      else if (answer.status) clearToken(); // refused; when unreachable, keep it and try again later
      return answer.ok;
    }).finally(() => { refreshing = null; });
  }
  return refreshing;
}

/**
 * fetch() with the token. options: {json, form (FormData), signal, headers}. Answers {ok, status, data, headers};
 * status 0 when the server could not be reached. An expired token is renewed first; a refused one (401
 * invalid-token) is renewed once and the request sent again.
 */
export async function api(method, path, options = {}) {
  try {
    return await request(method, path, options, true);
  } catch (unreachable) {
    if (unreachable.name === 'AbortError') throw unreachable;
    return { ok: false, status: 0, data: { detail: unreachable.message }, headers: new Headers() };
  }
}

async function request(method, path, options, mayRefresh) {
  if (mayRefresh && hadToken() && savedToken() === null) await refreshToken();
  const answer = await toAnswer(await send(method, path, options));
  if (mayRefresh && answer.status === 401 && problemType(answer) === 'invalid-token' && hadToken()
      && await refreshToken()) {
    return toAnswer(await send(method, path, options));
  }
  return answer;
}

function send(method, path, options) {
  const headers = Object.assign({ 'Accept': 'application/json, application/problem+json' }, options.headers || {});
  const saved = savedToken();
  if (saved && !path.startsWith('/auth/refresh')) headers['Authorization'] = 'Bearer ' + saved.token;
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form !== undefined) {
    body = options.form;
  }
  return fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
}

async function toAnswer(response) {
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch (notJson) {
      data = { detail: text.slice(0, 300) };
    }
  }
  return { ok: response.ok, status: response.status, data, headers: response.headers };
}

/** The last part of a problem's type URI, e.g. "email-required"; null for a success or a foreign error. */
export function problemType(answer) {
  const type = answer && !answer.ok && answer.data && answer.data.type;
  return typeof type === 'string' ? type.substring(type.lastIndexOf('/') + 1) : null;
}

const NEXT_STEPS = {
  guest: 'Reload the page to start again as a guest.',
  email: 'Confirm your email address to continue.',
  refresh: 'Your session has ended: sign in again with your email address.',
  resend: 'Ask for a new code.'
};

/** A problem answer as sentences a person can act on: title, detail, field, wait, tries left, next step. */
export function describeProblem(answer) {
  if (!answer) return 'Something went wrong.';
  if (answer.status === 0) return 'Could not reach CareerGPT; check your connection.';
  const problem = answer.data || {};
  const parts = [];
  const title = problem.title || ('Error ' + answer.status);
  parts.push(problem.detail ? title + ': ' + problem.detail : title + '.');
  if (problem.field) parts.push('(Field: ' + problem.field + '.)');
  if (Array.isArray(problem.errors) && problem.errors.length > 1) {
    parts.push(problem.errors.map((error) => error.field + ': ' + error.message).join('; ') + '.');
  }
  if (typeof problem.attemptsLeft === 'number') {
    parts.push(problem.attemptsLeft === 1 ? '1 try left.' : problem.attemptsLeft + ' tries left.');
  }
  const wait = problem.retryAfterSeconds || Number(answer.headers && answer.headers.get('Retry-After')) || 0;
  if (wait > 0) parts.push('Try again in ' + waitText(wait) + '.');
  if (Array.isArray(problem.attempts) && problem.attempts.length) {
    parts.push('Tried: ' + problem.attempts.map((attempt) =>
      attempt.provider + (attempt.model ? ':' + attempt.model : '') + ' (' + attempt.error + ')').join(', ') + '.');
  }
  if (problem.next && NEXT_STEPS[problem.next]) parts.push(NEXT_STEPS[problem.next]);
  return parts.join(' ');
}

export function waitText(seconds) {
  if (seconds < 90) return seconds + ' s';
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? minutes + ' min' : Math.ceil(minutes / 60) + ' h';
}

/**
 * Reads a text/event-stream body: onEvent(name, data) per event (data parsed as JSON when it is JSON). Resolves
 * when the stream ends. A fetch() answer's body, so the request can carry the Authorization header.
 */
export async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let name = 'message';
  let data = [];
  const dispatch = () => {
    if (data.length) {
      const text = data.join('\n');
      let value = text;
      try {
        value = JSON.parse(text);
      } catch (notJson) {
        // plain text data stays a string
      }
      onEvent(name, value);
    }
    name = 'message';
    data = [];
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') dispatch();
      else if (line.startsWith(':')) continue;
      else {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const fieldValue = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = fieldValue;
        else if (field === 'data') data.push(fieldValue);
      }
    }
  }
  dispatch();
}

/**
 * Opens an event stream with the token: resolves to the error answer when the server refused it (not 2xx, or no
 * event stream), else reads events until the stream ends and resolves to {ok: true}.
 */
export async function stream(method, path, onEvent, options = {}) {
  const streamOptions = Object.assign({}, options, {
    headers: { 'Accept': 'text/event-stream, application/problem+json' } });
  if (hadToken() && savedToken() === null) await refreshToken();
  let response = await send(method, path, streamOptions);
  if (response.status === 401 && hadToken()) {
    const answer = await toAnswer(response);
    if (problemType(answer) !== 'invalid-token' || !await refreshToken()) return answer;
    response = await send(method, path, streamOptions);
  }
  if (!response.ok || !(response.headers.get('Content-Type') || '').startsWith('text/event-stream')) {
    return toAnswer(response);
  }
  await readEvents(response, onEvent);
  return { ok: true, status: response.status, data: null, headers: response.headers };
}

/**
 * Who this browser is: GET /auth/state with the token, else by the HttpOnly identity_id cookie (which scripts
 * cannot see). A token identity-service no longer accepts is dropped and the cookie asked about instead.
 */
export async function currentIdentity() {
  const answer = await api('GET', '/auth/state');
  if (answer.status === 401 && savedToken() !== null) {
    clearToken();
    return api('GET', '/auth/state');
  }
  return answer;
}
