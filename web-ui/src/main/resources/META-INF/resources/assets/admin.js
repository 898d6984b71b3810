// CareerGPT admin dashboard (role=admin tokens only): usage funnel and LLM spend charts, logs with filters and a
// live tail, error groups, alerts, the routing rules editor and provider health. Panels whose endpoint answers
// 404 say so ("not available yet") instead of failing. Log lines and messages are shown as text only.

import { accountBox } from './account.js';
import { api, describeProblem, savedToken, stream } from './api.js';
import { bars, columns, lines } from './charts.js';
import { $, append, clearMarks, el, fill, fmt, markField, options, status, table, tableRow, views } from './dom.js';

const TASKS = ['job_extract', 'job_summary', 'resume_review', 'resume_job_match', 'cover_letter', 'interview_prep',
  'market_question'];
const TAIL_LIMIT = 200;

let tail = null;
let logsPage = 0;

const account = accountBox($('account'), { offerSignIn: true, onChange: gate });

function isAdmin() {
  const token = savedToken();
  return Boolean(token && token.role === 'admin' && account.isSignedIn());
}

let showView = null;

function gate() {
  const admin = isAdmin();
  $('dashboard').hidden = !admin;
  $('views').hidden = !admin;
  status('gate', admin ? '' : account.isSignedIn()
    ? 'This dashboard is for admins, and this account is not one.'
    : 'Sign in with an admin address to see the dashboard.', admin ? '' : 'notice');
  if (!admin) stopTail('');
  if (admin && !showView) {
    showView = views($('views'), (name) => {
      if (name === 'usage') loadUsage();
      if (name === 'logs') loadLogs(logsPage);
      if (name === 'errors') loadErrors();
      if (name === 'llm') {
        loadProviders();
        loadSpend();
        loadRoutes();
      }
    });
    showView();
  }
}

/**
 * Fills a panel from GET path with render(data); a 404 means the endpoint is not deployed on this server yet.
 * Answers the data, or null.
 */
async function panel(containerId, path, render) {
  const container = $(containerId);
  fill(container, el('p', { class: 'muted', text: 'Loading…' }));
  const answer = await api('GET', path);
  if (answer.status === 404) {
    fill(container, el('p', { class: 'unavailable', text: 'Not available yet: this server does not offer '
      + path.split('?')[0] + '.' }));
    return null;
  }
  if (!answer.ok) {
    fill(container, el('p', { class: 'message error', text: describeProblem(answer) }));
    return null;
  }
  fill(container, render(answer.data));
  return answer.data;
}

function query(form, transform = (key, value) => value) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text) params.set(key, transform(key, text));
  }
  return params;
}

const num = (label, value, format = fmt.number) => ({ label, className: 'num', value: (row) => format(value(row)) });

// ---------------------------------------------------------------------------------------------------------------
// Usage: GET /api/admin/usage

function usageView(usage) {
  const funnel = usage.funnel || [];
  const conversion = usage.conversion || {};
  const days = [...new Set((usage.actions || []).map((row) => row.day))].sort();
  const states = [...new Set((usage.actions || []).map((row) => row.state))];
  const count = (day, state) => (usage.actions || []).filter((row) => row.day === day && row.state === state)
    .reduce((sum, row) => sum + (row.count || 0), 0);
  return [
    el('dl', { class: 'facts' },
      el('dt', { text: 'Guest → email' }), el('dd', { text: fmt.percent(conversion.guestToEmail) }),
      el('dt', { text: 'Email → verified' }), el('dd', { text: fmt.percent(conversion.emailToVerified) }),
      el('dt', { text: 'Verified → member' }), el('dd', { text: fmt.percent(conversion.verifiedToMember) })),
    el('div', { class: 'chart-grid' },
      lines('Sign-up funnel per day', funnel.map((row) => row.day), [
        { name: 'guests', values: funnel.map((row) => row.guests) },
        { name: 'email given', values: funnel.map((row) => row.emailCollected) },
        { name: 'verified', values: funnel.map((row) => row.verified) },
        { name: 'members', values: funnel.map((row) => row.members) }], fmt.number),
      lines('Actions per day, by state', days, states.map((state) =>
        ({ name: state, values: days.map((day) => count(day, state)) })), fmt.number)),
    el('h3', { text: 'LLM calls' }),
    table([{ label: 'Provider', value: (row) => row.provider }, { label: 'Model', value: (row) => row.model },
      { label: 'Task', value: (row) => row.task }, num('Calls', (row) => row.calls),
      num('Prompt tokens', (row) => row.promptTokens), num('Completion tokens', (row) => row.completionTokens),
      num('Cost', (row) => row.costUsd, fmt.usd), num('p50', (row) => row.latencyP50Ms, fmt.ms),
      num('p95', (row) => row.latencyP95Ms, fmt.ms), num('Errors', (row) => row.errorRate, fmt.percent)],
    usage.llm || [])];
}

function loadUsage() {
  return panel('usage-panel', '/api/admin/usage?' + query($('usage-form')), usageView);
}

$('usage-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadUsage();
});

// ---------------------------------------------------------------------------------------------------------------
// Logs: GET /api/admin/logs with filters, and the live tail GET /api/admin/logs/stream (SSE, events "log").

function filterBy(field, value) {
  const input = $('logs-form').querySelector('[name="' + field + '"]');
  input.value = value;
  showView('logs');
  loadLogs(0);
}

function logColumns() {
  return [
    { label: 'Time', value: (row) => fmt.dateTime(row.time) },
    { label: 'Level', value: (row) => row.level },
    { label: 'Kind', value: (row) => row.kind },
    { label: 'Request', value: (row) => row.kind === 'request' ? [row.method, row.path].filter(Boolean).join(' ') : row.path },
    num('Status', (row) => row.status, (value) => value === null || value === undefined ? '' : String(value)),
    num('Latency', (row) => row.latencyMs, (value) => value === null || value === undefined ? '' : fmt.ms(value)),
    { label: 'User', value: (row) => row.userId ? el('button', { type: 'button', class: 'link', text: row.userId,
      title: 'Only this user', onclick: () => filterBy('userId', row.userId) }) : '' },
    { label: 'Request id', value: (row) => row.requestId ? el('button', { type: 'button', class: 'link',
      text: row.requestId, title: 'Every line of this request', onclick: () => filterBy('requestId', row.requestId) }) : '' },
    { label: 'Model', value: (row) => row.model },
    { label: 'Service', value: (row) => row.service },
    { label: 'Message', value: (row) => row.message }];
}

function logRow(row) {
  const tr = tableRow(logColumns(), row);
  tr.className = 'level-' + String(row.level || '').toUpperCase()
    + (row.status >= 500 ? ' status-5xx' : row.status >= 400 ? ' status-4xx' : '');
  return tr;
}

function logsTable(rows, caption) {
  const wrap = table(logColumns(), [], caption);
  append(wrap.querySelector('tbody'), rows.map(logRow));
  return wrap;
}

function logsQuery(page) {
  const params = query($('logs-form'), (key, value) => key === 'from' || key === 'to'
    ? new Date(value).toISOString() : value);
  params.set('page', page);
  params.set('size', 50);
  return params;
}

async function loadLogs(page) {
  logsPage = page;
  fill($('logs-pager'));
  const logs = await panel('logs-panel', '/api/admin/logs?' + logsQuery(page), (data) =>
    data.items.length ? logsTable(data.items, data.total + ' lines, newest first')
      : el('p', { class: 'muted', text: 'No log lines match.' }));
  if (!logs) return;
  const pages = Math.ceil(logs.total / (logs.size || 50));
  fill($('logs-pager'), page > 0 ? el('button', { type: 'button', text: 'Newer', onclick: () => loadLogs(page - 1) }) : null,
    pages > 1 ? el('span', { class: 'muted', text: 'Page ' + (page + 1) + ' of ' + pages }) : null,
    page + 1 < pages ? el('button', { type: 'button', text: 'Older', onclick: () => loadLogs(page + 1) }) : null);
}

$('logs-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadLogs(0);
});

function stopTail(message) {
  if (tail) tail.abort();
  tail = null;
  $('tail-toggle').textContent = 'Start live tail';
  $('tail-toggle').setAttribute('aria-pressed', 'false');
  if (message !== undefined) status('tail-status', message);
}

async function startTail() {
  const controller = new AbortController();
  tail = controller;
  $('tail-toggle').textContent = 'Stop live tail';
  $('tail-toggle').setAttribute('aria-pressed', 'true');
  $('tail-panel').hidden = false;
  const rows = logsTable([], 'Newest first, last ' + TAIL_LIMIT + ' lines');
  const body = rows.querySelector('tbody');
  fill($('tail-rows'), rows);
  status('tail-status', 'Connecting…', 'busy');
  let connected = false;
  try {
    const answer = await stream('GET', '/api/admin/logs/stream', (name, data) => {
      if (!connected) {
        connected = true;
        status('tail-status', 'Live.', 'ok');
      }
      if (name !== 'log' || !data || typeof data !== 'object') return;
      body.prepend(logRow(data));
      while (body.children.length > TAIL_LIMIT) body.lastChild.remove();
    }, { signal: controller.signal });
    if (tail !== controller) return;
    if (answer.status === 404) stopTail('Not available yet: this server does not offer /api/admin/logs/stream.');
    else if (!answer.ok) stopTail(describeProblem(answer));
    else stopTail('The stream ended.');
  } catch (stopped) {
    if (stopped.name !== 'AbortError') stopTail('The stream broke off: ' + stopped.message);
  }
}

$('tail-toggle').addEventListener('click', () => {
  if (tail) stopTail('Stopped.');
  else startTail();
});

// ---------------------------------------------------------------------------------------------------------------
// Errors and alerts.

function loadErrors() {
  panel('alerts-panel', '/api/admin/alerts', (data) => data.items.length ? table([
    { label: 'Status', value: (row) => el('strong', { class: row.status === 'open' ? 'error' : 'ok', text: row.status }) },
    { label: 'Kind', value: (row) => row.kind }, { label: 'Subject', value: (row) => row.subject },
    { label: 'Value', value: (row) => fmt.number(row.value, 3) + ' (threshold ' + fmt.number(row.threshold, 3) + ')' },
    { label: 'Opened', value: (row) => fmt.dateTime(row.openedAt) },
    { label: 'Resolved', value: (row) => row.resolvedAt ? fmt.dateTime(row.resolvedAt) : '' },
    { label: 'Message', value: (row) => row.message }], data.items) : el('p', { class: 'muted', text: 'No alerts.' }));
  panel('errors-panel', '/api/admin/errors', (data) => data.items.length ? table([
    { label: 'Error', value: (row) => [row.exceptionType, row.problemType].filter(Boolean).join(' / ') },
    { label: 'Path', value: (row) => row.path }, num('Count', (row) => row.count),
    { label: 'First seen', value: (row) => fmt.dateTime(row.firstSeen) },
    { label: 'Last seen', value: (row) => fmt.dateTime(row.lastSeen) },
    { label: 'Example', value: (row) => row.sampleRequestId ? el('button', { type: 'button', class: 'link',
      text: row.sampleRequestId, title: 'Log lines of this request',
      onclick: () => filterBy('requestId', row.sampleRequestId) }) : '' },
    { label: 'Message', value: (row) => row.message }], data.items)
    : el('p', { class: 'muted', text: 'No errors recorded.' }));
}

$('errors-reload').addEventListener('click', loadErrors);

// ---------------------------------------------------------------------------------------------------------------
// Model router: provider health, spend, routing rules.

function loadProviders() {
  return panel('providers-panel', '/api/llm/providers', (providers) => table([
    { label: 'Provider', value: (row) => row.provider },
    { label: 'Status', value: (row) => el('span', { class: 'provider ' + (row.available ? 'up' : 'down'),
      text: row.available ? 'available' : 'unavailable' }) },
    { label: 'Detail', value: (row) => row.detail },
    { label: 'Models', value: (row) => (row.models || []).join(', ') }], providers, 'Installed providers'));
}

$('providers-reload').addEventListener('click', loadProviders);

function spendView(rows, groupBy) {
  const ordered = groupBy === 'day' ? rows.slice().sort((a, b) => a.key.localeCompare(b.key))
    : rows.slice().sort((a, b) => b.estimatedCostUsd - a.estimatedCostUsd || b.calls - a.calls);
  const total = rows.reduce((sum, row) => sum + row.estimatedCostUsd, 0);
  const calls = rows.reduce((sum, row) => sum + row.calls, 0);
  const chart = groupBy === 'day'
    ? el('div', { class: 'chart-grid' },
      columns('Estimated cost per day', ordered.map((row) => ({ label: row.key, value: row.estimatedCostUsd })), fmt.usd),
      columns('Calls per day', ordered.map((row) => ({ label: row.key, value: row.calls })), fmt.number))
    : el('div', { class: 'chart-grid' },
      bars('Estimated cost per ' + groupBy, ordered.slice(0, 15).map((row) => ({ label: row.key, value: row.estimatedCostUsd })),
        fmt.usd),
      bars('Calls per ' + groupBy, ordered.slice(0, 15).map((row) => ({ label: row.key, value: row.calls,
        note: fmt.number(row.cacheHits) + ' cached' })), fmt.number));
  return [
    el('p', { class: 'summary', text: fmt.number(calls) + (calls === 1 ? ' call, ' : ' calls, ') + fmt.usd(total)
      + ' estimated.' }),
    rows.length ? chart : null,
    table([{ label: groupBy === 'day' ? 'Day' : groupBy === 'model' ? 'Model' : 'User', value: (row) => row.key },
      num('Calls', (row) => row.calls), num('Cache hits', (row) => row.cacheHits), num('Failures', (row) => row.failures),
      num('Prompt tokens', (row) => row.promptTokens), num('Completion tokens', (row) => row.completionTokens),
      num('Cost', (row) => row.estimatedCostUsd, fmt.usd), num('Mean latency', (row) => row.meanLatencyMs, fmt.ms)],
    ordered)];
}

function loadSpend() {
  const params = query($('spend-form'));
  return panel('spend-panel', '/api/admin/llm/spend?' + params,
    (rows) => spendView(rows, params.get('groupBy') || 'day'));
}

$('spend-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadSpend();
});

const routeText = (route) => (route || []).map((entry) => entry.provider + (entry.model ? ':' + entry.model : '')
  + (entry.timeoutMs ? '@' + entry.timeoutMs : '')).join(', ');

/** "openai:gpt-4o-mini@20000, builtin" -> [{provider, model, timeoutMs}] */
function parseRoute(text) {
  return text.split(',').map((part) => part.trim()).filter(Boolean).map((part) => {
    const at = part.lastIndexOf('@');
    const timeout = at > 0 && /^\d+$/.test(part.slice(at + 1)) ? Number(part.slice(at + 1)) : null;
    const name = timeout === null ? part : part.slice(0, at);
    const colon = name.indexOf(':');
    return { provider: colon < 0 ? name : name.slice(0, colon), model: colon < 0 ? null : name.slice(colon + 1) || null,
      timeoutMs: timeout };
  });
}

function editRoute(rule) {
  $('route-task').value = rule.task;
  $('route-tier').value = rule.tier;
  $('route-entries').value = routeText(rule.route);
  $('route-entries').focus();
}

function routesView(routes) {
  const stored = routes.databaseRules || [];
  return [
    el('p', null, 'Default route: ', el('code', { text: routeText(routes.defaultRoute) })),
    el('h4', { text: 'Stored rules (set here; they override the configuration)' }),
    stored.length ? table([{ label: 'Task', value: (rule) => rule.task }, { label: 'Tier', value: (rule) => rule.tier },
      { label: 'Route', value: (rule) => routeText(rule.route) },
      { label: '', value: (rule) => el('span', null,
        el('button', { type: 'button', class: 'link', text: 'Edit', 'aria-label': 'Edit ' + rule.task + ' / ' + rule.tier,
          onclick: () => editRoute(rule) }), ' ',
        el('button', { type: 'button', class: 'link danger', text: 'Delete',
          'aria-label': 'Delete ' + rule.task + ' / ' + rule.tier, onclick: () => deleteRoute(rule) })) }],
    stored, 'Stored rules') : el('p', { class: 'muted', text: 'No stored rules.' }),
    el('h4', { text: 'Configured rules' }),
    (routes.configuredRules || []).length ? table([{ label: 'Task', value: (rule) => rule.task },
      { label: 'Tier', value: (rule) => rule.tier }, { label: 'Route', value: (rule) => routeText(rule.route) }],
    routes.configuredRules) : el('p', { class: 'muted', text: 'None besides the default route.' }),
    el('details', null, el('summary', { text: 'The route each task and tier takes now' }),
      table([{ label: 'Task', value: (rule) => rule.task }, { label: 'Tier', value: (rule) => rule.tier },
        { label: 'Route', value: (rule) => routeText(rule.route) }, { label: 'From', value: (rule) => rule.source },
        { label: '', value: (rule) => el('button', { type: 'button', class: 'link', text: 'Override',
          'aria-label': 'Override ' + rule.task + ' / ' + rule.tier, onclick: () => editRoute(rule) }) }],
      routes.effective || [], 'Effective routes'))];
}

function loadRoutes() {
  return panel('routes-panel', '/api/admin/llm/routes', routesView);
}

async function deleteRoute(rule) {
  const answer = await api('DELETE', '/api/admin/llm/routes?' + new URLSearchParams({ task: rule.task, tier: rule.tier }));
  status('routes-status', answer.ok ? 'Deleted the stored route of ' + rule.task + ' / ' + rule.tier + '.'
    : describeProblem(answer), answer.ok ? 'ok' : 'error');
  loadRoutes();
}

$('route-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMarks(event.target);
  const rule = { task: $('route-task').value, tier: $('route-tier').value, route: parseRoute($('route-entries').value) };
  const answer = await api('PUT', '/api/admin/llm/routes', { json: rule });
  if (!answer.ok) {
    status('routes-status', describeProblem(answer), 'error');
    markField(event.target, answer.data && answer.data.field);
    return;
  }
  status('routes-status', 'Saved: ' + answer.data.task + ' / ' + answer.data.tier + ' → ' + routeText(answer.data.route)
    + '. The next call uses it.', 'ok');
  loadRoutes();
});

options($('route-task'), [{ value: '*', label: 'Any task (*)' }].concat(TASKS.map((task) => ({ value: task, label: task }))));

account.load();
