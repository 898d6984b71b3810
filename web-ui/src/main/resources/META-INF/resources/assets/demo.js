// CareerGPT demo page: guest -> email -> code -> verified, with the access token kept in localStorage and
// refreshed before it expires. All text from the server is shown with textContent, never as HTML.
(function () {
  'use strict';

  const TOKEN_KEY = 'careergpt.token';
  const $ = (id) => document.getElementById(id);
  let refreshTimer = null;
  let resendTimer = null;

  function token() {
    const saved = JSON.parse(localStorage.getItem(TOKEN_KEY) || 'null');
    return saved && new Date(saved.expiresAt) > new Date() ? saved : null;
  }

  function saveToken(answer) {
    localStorage.setItem(TOKEN_KEY, JSON.stringify({ token: answer.token, expiresAt: answer.expiresAt }));
    scheduleRefresh(answer.expiresAt);
  }

  function scheduleRefresh(expiresAt) {
    clearTimeout(refreshTimer);
    const wait = Math.max(5000, new Date(expiresAt) - new Date() - 60000);
    refreshTimer = setTimeout(refresh, wait);
  }

  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    const saved = token();
    if (saved) headers['Authorization'] = 'Bearer ' + saved.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    return { ok: response.ok, status: response.status, data };
  }

  function say(text, isError) {
    $('message').textContent = text || '';
    $('message').className = isError ? 'error' : '';
  }

  function problemText(answer) {
    const problem = answer.data || {};
    let text = (problem.title || ('Error ' + answer.status)) + (problem.detail ? ': ' + problem.detail : '');
    if (problem.retryAfterSeconds) text += ' (try again in ' + problem.retryAfterSeconds + ' s)';
    return text;
  }

  function show(identity) {
    $('state').textContent = identity.state.replace('_', ' ');
    $('email').textContent = identity.email ? '(' + identity.email + ')' : '';
    const verified = identity.state === 'verified' || identity.state === 'member';
    $('free-actions').textContent = verified ? '' : 'Free actions left as a guest: ' + identity.freeActionsLeft;
    $('email-form').hidden = verified || identity.state === 'email_collected';
    $('code-form').hidden = verified || identity.state !== 'email_collected';
    $('signed-in').hidden = !verified || !token();
  }

  async function refresh() {
    const answer = await api('POST', '/auth/refresh');
    if (answer.ok) {
      saveToken(answer.data);
    } else {
      localStorage.removeItem(TOKEN_KEY);
    }
    return answer.ok;
  }

  async function load() {
    let answer = await api('GET', '/auth/state');
    if (answer.status === 401 && token() === null && localStorage.getItem(TOKEN_KEY) && await refresh()) {
      answer = await api('GET', '/auth/state');
    }
    if (answer.status === 401) {
      localStorage.removeItem(TOKEN_KEY);
      answer = await api('POST', '/auth/guest');
    }
    if (!answer.ok) {
      say(problemText(answer), true);
      return;
    }
    const saved = token();
    if (saved) scheduleRefresh(saved.expiresAt);
    show(answer.data);
  }

  function startResendCooldown(availableAt) {
    clearInterval(resendTimer);
    const button = $('resend');
    const tick = () => {
      const seconds = Math.ceil((new Date(availableAt) - new Date()) / 1000);
      button.disabled = seconds > 0;
      button.textContent = seconds > 0 ? 'Send a new code (' + seconds + ' s)' : 'Send a new code';
      if (seconds <= 0) clearInterval(resendTimer);
    };
    tick();
    resendTimer = setInterval(tick, 1000);
  }

  $('email-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await api('POST', '/auth/email', { email: $('email-input').value });
    if (!answer.ok) { say(problemText(answer), true); return; }
    say('A code was sent to ' + answer.data.email + '.');
    startResendCooldown(answer.data.resendAvailableAt);
    await load();
    $('code-input').focus();
  });

  $('code-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await api('POST', '/auth/verify', { code: $('code-input').value.trim() });
    if (!answer.ok) { say(problemText(answer), true); return; }
    saveToken(answer.data);
    say('Your address is confirmed.');
    await load();
  });

  $('resend').addEventListener('click', async () => {
    const answer = await api('POST', '/auth/email/resend');
    if (!answer.ok) { say(problemText(answer), true); return; }
    say('A new code was sent to ' + answer.data.email + '.');
    startResendCooldown(answer.data.resendAvailableAt);
  });

  $('logout').addEventListener('click', async () => {
    await api('POST', '/auth/logout');
    localStorage.removeItem(TOKEN_KEY);
    clearTimeout(refreshTimer);
    say('Signed out. Sign in again with your email address.');
    await load();
  });

  load().catch((error) => say('Could not reach CareerGPT: ' + error.message, true));
}());
