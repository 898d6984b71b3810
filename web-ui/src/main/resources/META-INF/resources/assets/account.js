// The account box both pages share: becomes a guest when the browser has no identity yet, shows the state, and
// walks through email -> 6-digit code -> token, with resend and its cooldown, and sign-out.

import { api, clearToken, currentIdentity, describeProblem, problemType, saveToken, savedToken, scheduleRefresh,
  waitText } from './api.js';
import { el, fill } from './dom.js';

const STATE_NAMES = { guest: 'guest', email_collected: 'email given, not confirmed', verified: 'verified',
  member: 'member' };

/**
 * Mounts the account box into root. options.offerSignIn: show the email form to anyone not signed in (admin
 * page); otherwise a guest sees it once the free action is used or when asking to sign in. options.onChange is
 * called with the identity after every change; options.onSignedIn after a code was confirmed.
 */
export function accountBox(root, options = {}) {
  const state = el('strong', { id: 'state', text: 'checking…' });
  const email = el('span', { id: 'email' });
  const freeActions = el('span', { id: 'free-actions', class: 'muted' });
  const message = el('p', { id: 'account-message', class: 'message', role: 'status', 'aria-live': 'polite' });

  const emailInput = el('input', { id: 'email-input', name: 'email', type: 'email', autocomplete: 'email',
    required: true, maxlength: 254 });
  const emailForm = el('form', { id: 'email-form', class: 'inline-form', hidden: true, novalidate: true },
    el('label', { for: 'email-input', text: 'Email address' }), emailInput,
    el('button', { type: 'submit', text: 'Send me a code' }));

  const codeInput = el('input', { id: 'code-input', name: 'code', inputmode: 'numeric', pattern: '[0-9]{6}',
    maxlength: 6, autocomplete: 'one-time-code', required: true });
  const resend = el('button', { type: 'button', id: 'resend', text: 'Send a new code' });
  const otherAddress = el('button', { type: 'button', class: 'link', text: 'Use another address' });
  const codeHint = el('p', { id: 'code-hint', class: 'muted' });
  const codeForm = el('form', { id: 'code-form', class: 'inline-form', hidden: true, novalidate: true },
    el('label', { for: 'code-input', text: '6-digit code (sent to your address)' }), codeInput,
    el('button', { type: 'submit', text: 'Confirm' }), resend, otherAddress, codeHint);

  const signInButton = el('button', { type: 'button', id: 'sign-in', class: 'link', hidden: true,
    text: 'Already confirmed an address? Sign in' });
  const logout = el('button', { type: 'button', id: 'logout', text: 'Sign out' });
  const signedIn = el('p', { id: 'signed-in', hidden: true }, el('span', { id: 'signed-in-text' }), ' ', logout);

  fill(root, el('p', null, 'State: ', state, ' ', email, ' ', freeActions), signInButton, emailForm, codeForm,
    signedIn, message);

  let identity = null;
  let resendTimer = null;
  let emailWanted = Boolean(options.offerSignIn);
  let awaitingCode = false;

  function say(text, isError) {
    message.textContent = text || '';
    message.classList.toggle('error', Boolean(isError));
  }

  function isSignedIn() {
    return Boolean(identity && savedToken() && (identity.state === 'verified' || identity.state === 'member'));
  }

  function render() {
    const signedInNow = isSignedIn();
    const token = savedToken();
    state.textContent = identity ? STATE_NAMES[identity.state] || identity.state : 'unknown';
    email.textContent = identity && identity.email ? '(' + identity.email + ')' : '';
    freeActions.textContent = identity && identity.state === 'guest'
      ? '· free actions left: ' + identity.freeActionsLeft : '';
    const askForEmail = !signedInNow && (emailWanted || (identity && identity.freeActionsLeft === 0));
    const codePending = !signedInNow && askForEmail && awaitingCode;
    emailForm.hidden = !askForEmail || codePending;
    codeForm.hidden = !codePending;
    signInButton.hidden = signedInNow || askForEmail;
    signedIn.hidden = !signedInNow;
    signedIn.firstChild.textContent = signedInNow
      ? 'Signed in' + (token.role === 'admin' ? ' as admin.' : '.') : '';
    if (codePending && !resendTimer) resend.disabled = false;
  }

  async function load() {
    let answer = await currentIdentity();
    if (answer.status === 401) answer = await api('POST', '/auth/guest');
    if (!answer.ok) {
      say(describeProblem(answer), true);
      return null;
    }
    identity = answer.data;
    if (identity.state === 'email_collected' && !isSignedIn()) {
      // A code was asked for earlier (maybe in another tab): carry on with it.
      emailWanted = true;
      awaitingCode = true;
    }
    if (savedToken()) scheduleRefresh();
    render();
    if (options.onChange) options.onChange(identity);
    return identity;
  }

  function startCooldown(availableAt) {
    clearInterval(resendTimer);
    const tick = () => {
      const seconds = Math.ceil((new Date(availableAt) - new Date()) / 1000);
      resend.disabled = seconds > 0;
      resend.textContent = seconds > 0 ? 'Send a new code (' + waitText(seconds) + ')' : 'Send a new code';
      if (seconds <= 0) {
        clearInterval(resendTimer);
        resendTimer = null;
      }
    };
    resendTimer = setInterval(tick, 1000);
    tick();
  }

  function codeSent(sent) {
    say('A code was sent to ' + sent.email + '.');
    codeHint.textContent = 'It works until ' + new Date(sent.expiresAt).toLocaleTimeString('en-GB') + '.';
    startCooldown(sent.resendAvailableAt);
  }

  function refused(answer, input) {
    say(describeProblem(answer), true);
    if (input && answer.data && answer.data.field) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
    if (answer.data && answer.data.retryAfterSeconds && problemType(answer) === 'resend-cooldown') {
      startCooldown(new Date(Date.now() + answer.data.retryAfterSeconds * 1000));
    }
  }

  emailForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    emailInput.removeAttribute('aria-invalid');
    if (!emailInput.value.trim()) {
      refused({ status: 400, data: { title: 'Email address missing', detail: 'Type your email address.',
        field: 'email' } }, emailInput);
      return;
    }
    let answer = await api('POST', '/auth/email', { json: { email: emailInput.value.trim() } });
    if (problemType(answer) === 'identity-required') {
      // The identity_id cookie expired or was cleared since the page loaded: become a guest again and retry.
      await api('POST', '/auth/guest');
      answer = await api('POST', '/auth/email', { json: { email: emailInput.value.trim() } });
    }
    if (!answer.ok) {
      refused(answer, emailInput);
      return;
    }
    identity = Object.assign({}, identity, { state: answer.data.state, email: answer.data.email });
    emailWanted = true;
    awaitingCode = true;
    render();
    codeSent(answer.data);
    codeInput.value = '';
    codeInput.focus();
  });

  codeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    codeInput.removeAttribute('aria-invalid');
    const code = codeInput.value.trim();
    if (!/^[0-9]{6}$/.test(code)) {
      refused({ status: 400, data: { title: 'Code incomplete', detail: 'The code has 6 digits.', field: 'code' } },
        codeInput);
      return;
    }
    const answer = await api('POST', '/auth/verify', { json: { code } });
    if (!answer.ok) {
      refused(answer, codeInput);
      if (answer.data && answer.data.next === 'resend') resend.focus();
      return;
    }
    saveToken(answer.data);
    awaitingCode = false;
    clearInterval(resendTimer);
    resendTimer = null;
    say('Your address is confirmed. You are signed in.');
    await load();
    if (options.onSignedIn) options.onSignedIn(identity);
  });

  resend.addEventListener('click', async () => {
    const answer = await api('POST', '/auth/email/resend');
    if (!answer.ok) {
      refused(answer, null);
      return;
    }
    codeSent(answer.data);
    codeInput.focus();
  });

  otherAddress.addEventListener('click', () => {
    awaitingCode = false;
    render();
    emailInput.focus();
  });

  signInButton.addEventListener('click', () => {
    emailWanted = true;
    render();
    emailInput.focus();
  });

  logout.addEventListener('click', async () => {
    await api('POST', '/auth/logout');
    clearToken();
    emailWanted = Boolean(options.offerSignIn);
    say('Signed out. Sign in again with your email address.');
    await load();
  });

  return {
    load,
    identity: () => identity,
    isSignedIn,
    /** The free action is used (or a verified account is needed): ask for the address. */
    requireEmail(reason) {
      emailWanted = true;
      render();
      say(reason, true);
      (codeForm.hidden ? emailInput : codeInput).focus();
    }
  };
}
