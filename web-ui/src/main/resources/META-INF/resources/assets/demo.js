// CareerGPT demo page: a guest's free action, then email -> code -> token (see account.js), then every feature:
// collecting jobs with live progress, analyses, resumes, matching, semantic search, past results, the market.
// All text from the server is shown with textContent (dom.js), never parsed as HTML.

import { accountBox } from './account.js';
import { api, describeProblem, problemType, stream } from './api.js';
import { bars, columns, ranges, stack } from './charts.js';
import { $, chips, clearMarks, el, externalLink, facts, fill, fmt, humanize, jsonView, markField, options, status, table,
  views } from './dom.js';

const STREAMABLE = new Set(['cover_letter', 'interview_prep']);
const TASK_HINTS = {
  job_summary: 'Needs a stored job or a job post\'s text.',
  job_extract: 'Needs the text of a job post.',
  resume_review: 'Needs your resume (stored, or its text).',
  resume_job_match: 'Needs a resume and a job.',
  cover_letter: 'Needs a resume and a job; the tone is optional.',
  interview_prep: 'Needs a job; a question is optional.',
  market_question: 'Needs a question; it is answered from the market statistics when the server has them.'
};

const WORK_MODES = [{ value: 'remote', label: 'Remote' }, { value: 'hybrid', label: 'Hybrid' },
  { value: 'onsite', label: 'On site' }];

let pending = null;
let marketStats = null;

const account = accountBox($('account'), {
  onSignedIn() {
    const retry = pending;
    pending = null;
    if (retry) retry();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Running actions: the guest's free one, then email-required until a code is confirmed.

/**
 * Runs call() (a function answering an api() answer) and shows the outcome in the status line statusId. When the
 * free action is used up, the email form opens and the call runs again once the code is confirmed.
 */
async function act(statusId, working, call, onSuccess, form) {
  clearMarks(form);
  status(statusId, working + '…', 'busy');
  let answer = await call();
  if (problemType(answer) === 'identity-required') {
    await account.load();
    answer = await call();
  }
  // Whatever the answer, a guest's count of free actions may have changed (an action that ran and failed still
  // counts, and another tab may have used it): show the server's figure, never the one from before the call.
  if (!account.isSignedIn()) await account.load();
  if (answer.ok) {
    status(statusId, '');
    await onSuccess(answer.data, answer);
    return answer;
  }
  const type = problemType(answer);
  if (type === 'email-required' || type === 'sign-in-required') {
    // The API's detail names its endpoints for programs; people get the next step in words.
    pending = () => act(statusId, working, call, onSuccess, form);
    const reason = type === 'email-required' ? 'Your free action is used.' : 'This needs a confirmed account.';
    status(statusId, reason + ' Confirm your email address above: this runs as soon as you are signed in.', 'notice');
    account.requireEmail(reason + ' Type your email address to get a 6-digit code.');
    return answer;
  }
  status(statusId, describeProblem(answer), 'error');
  markField(form, answer.data && answer.data.field);
  return answer;
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering jobs, analyses, matches.

function placeText(location) {
  if (!location) return null;
  return [location.city, location.region, location.country].filter(Boolean).join(', ') || null;
}

function salaryText(salary) {
  if (!salary) return null;
  const figures = [salary.min, salary.max].filter((value) => value !== null && value !== undefined);
  const range = (figures.length === 2 && Number(figures[0]) === Number(figures[1]) ? figures.slice(1) : figures)
    .map((value) => fmt.money(value, salary.currency)).join(' – ');
  const text = (salary.min === null || salary.min === undefined ? 'up to ' : '') + range
    + (salary.period ? ' per ' + salary.period : '');
  return salary.flag ? text + ' (' + humanize(salary.flag).toLowerCase() + ')' : text;
}

function jobCard(job, onOpen) {
  const title = el('button', { type: 'button', class: 'link job-title', text: job.title || '(untitled)',
    onclick: () => onOpen(job.id || job.jobId) });
  const line = [job.company, placeText(job.location), job.remote, salaryText(job.salary)].filter(Boolean).join(' · ');
  return el('li', { class: 'card' }, el('h3', null, title),
    job.similarity !== undefined ? el('p', { class: 'score', text: 'Similarity ' + fmt.percent(job.similarity, 0) })
      : null,
    el('p', { class: 'muted', text: line }), job.skills && job.skills.length ? chips(job.skills) : null);
}

async function showJob(id, container) {
  const answer = await api('GET', '/api/jobs/' + encodeURIComponent(id));
  container.hidden = false;
  if (!answer.ok) {
    fill(container, el('p', { class: 'message error', text: describeProblem(answer) }));
    return;
  }
  const job = answer.data;
  const output = el('div', { class: 'job-analysis' });
  const statusId = container.id + '-status';
  const description = job.description || job.descriptionMarkdown;
  fill(container,
    el('div', { class: 'detail-head' }, el('h3', { text: job.title || '(untitled)' }),
      el('button', { type: 'button', class: 'link', text: 'Close', onclick: () => { container.hidden = true; } })),
    facts([['Company', job.company], ['Location', placeText(job.location)], ['Work mode', job.remote],
      ['Salary', salaryText(job.salary)], ['Employment', job.employmentType && humanize(job.employmentType)],
      ['Seniority', job.seniority], ['Posted', job.datePosted], ['First seen', fmt.date(job.firstSeen)],
      ['Apply', job.applyUrl ? externalLink(job.applyUrl, 'Apply on the company\'s site') : null],
      ['Source', job.provenance && job.provenance.sourceUrl ? externalLink(job.provenance.sourceUrl) : null],
      ['Duplicate of', job.duplicateOf]]),
    el('h4', { text: 'Skills' }), chips(job.skills),
    description ? el('details', null, el('summary', { text: 'Description' }), el('p', { class: 'prose', text: description }))
      : null,
    el('div', { class: 'actions' },
      el('button', { type: 'button', text: 'Summarise', onclick: () => act(statusId, 'Summarising',
        () => api('POST', '/api/analyze', { json: { task: 'job_summary', jobId: job.id } }),
        (result) => fill(output, analysisView(result))) }),
      el('button', { type: 'button', text: 'Interview preparation', onclick: () => act(statusId, 'Preparing',
        () => api('POST', '/api/analyze', { json: { task: 'interview_prep', jobId: job.id } }),
        (result) => fill(output, analysisView(result))) }),
      el('button', { type: 'button', text: 'Match with a resume', onclick: () => {
        choices.wantedJob = job.id;
        showView('match');
      } })),
    el('p', { id: statusId, class: 'message', role: 'status', 'aria-live': 'polite' }), output);
  container.focus();
}

function groundingView(grounding) {
  if (!grounding) return null;
  if (grounding.grounded) return el('p', { class: 'ok', text: 'Every claim about you was found in your resume.' });
  return el('div', { class: 'warning' }, el('p', { text: 'Check these claims: your resume does not show them.' }),
    el('ul', null, grounding.flags.map((flag) =>
      el('li', null, el('strong', { text: flag.kind + ': ' + flag.value }), ' — ', flag.sentence))));
}

function analysisView(result) {
  const output = result.output || {};
  const meta = [humanize(result.task || ''), result.provider + (result.model ? ' ' + result.model : ''),
    result.promptVersion && 'prompt ' + result.promptVersion, fmt.ms(result.latencyMs),
    result.usage && fmt.number(result.usage.promptTokens + result.usage.completionTokens) + ' tokens',
    result.estimatedCostUsd !== undefined && fmt.usd(result.estimatedCostUsd), result.cached && 'from the cache']
    .filter(Boolean).join(' · ');
  const keys = Object.keys(output);
  const body = keys.length === 1 && typeof output.text === 'string' ? el('p', { class: 'prose', text: output.text })
    : jsonView(output);
  return el('div', { class: 'analysis' }, el('p', { class: 'meta', text: meta }), body, groundingView(result.grounding),
    result.resultId ? el('p', { class: 'muted', text: 'Kept in your results.' }) : null);
}

function matchView(match) {
  return el('div', { class: 'analysis' },
    el('p', { class: 'score-line' }, el('span', { class: 'score-big', text: match.score + '/100' }), ' ',
      el('meter', { min: 0, max: 100, low: 40, high: 70, optimum: 100, value: match.score,
        'aria-label': 'Match score' })),
    el('p', { class: 'muted', text: match.breakdown }),
    bars('Sub-scores', (match.subScores || []).map((sub) => ({ label: humanize(sub.name), value: sub.score,
      note: 'weight ' + fmt.percent(sub.weight, 0) })), (value) => value + '/100'),
    el('h4', { text: 'Skills you show' }), chips(match.matchedSkills),
    el('h4', { text: 'Skills the job asks for that your resume lacks' }), chips(match.missingSkills, 'missing'),
    el('h4', { text: 'Explanation' }), el('p', { class: 'prose', text: match.explanation }),
    match.suggestions && match.suggestions.length ? [el('h4', { text: 'Suggestions' }),
      el('ul', null, match.suggestions.map((text) => el('li', { text })))] : null,
    match.keywords && match.keywords.length ? el('details', null, el('summary', { text: 'Keywords' }),
      table([{ label: 'Keyword', value: (row) => row.keyword }, { label: 'Kind', value: (row) => row.category },
        { label: 'In your resume', value: (row) => row.foundInResume ? 'yes' + (row.section ? ' (' + row.section + ')' : '')
          : 'no' }], match.keywords)) : null,
    match.explainedBy ? el('p', { class: 'meta', text: 'Explained by ' + match.explainedBy.provider
      + (match.explainedBy.model ? ' ' + match.explainedBy.model : '') }) : null,
    groundingView(match.grounding));
}

function rankingView(ranking, container) {
  if (!ranking.items.length) return el('p', { class: 'muted', text: 'No stored jobs to rank yet: collect some first.' });
  return el('div', null, el('p', { class: 'muted', text: 'The ' + ranking.items.length + ' best of '
      + ranking.candidates + ' closest jobs, by local score.' }),
  table([{ label: 'Job', value: (job) => el('button', { type: 'button', class: 'link', text: job.title || '(untitled)',
    onclick: () => showJob(job.jobId, container) }) },
  { label: 'Company', value: (job) => job.company }, { label: 'Score', value: (job) => job.score + '/100' },
  { label: 'Similarity', value: (job) => fmt.percent(job.similarity, 0) },
  { label: 'Missing skills', value: (job) => (job.missingSkills || []).join(', ') }], ranking.items));
}

// ---------------------------------------------------------------------------------------------------------------
// Start: one job post, by address or text.

$('try-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = $('try-input').value.trim();
  if (!value) return;
  const result = $('try-result');
  if (/^https?:\/\/\S+$/i.test(value)) {
    act('try-status', 'Collecting the post', () => api('POST', '/api/jobs/collect?wait=true', { json: { url: value } }),
      (collection) => showCollected(collection, result), event.target);
  } else {
    act('try-status', 'Analysing', () => api('POST', '/api/analyze', { json: { task: 'job_summary', text: value } }),
      (analysis) => fill(result, analysisView(analysis)), event.target);
  }
});

async function showCollected(collection, container) {
  const item = collection.items && collection.items[0];
  if (!item || !item.jobId) {
    fill(container, el('p', { class: 'message error', text: item && item.reason
      ? 'No job was stored: ' + item.reason : 'The collection is still running; see the Jobs section.' }));
    return;
  }
  const detail = el('article', { class: 'detail', id: container.id + '-job', tabindex: '-1' });
  fill(container, detail);
  await showJob(item.jobId, detail);
}

// ---------------------------------------------------------------------------------------------------------------
// Jobs: collect with live progress, list with filters, details.

const OUTCOME_TEXT = { stored: 'stored', duplicate: 'duplicate of a stored post', unchanged: 'unchanged',
  no_job: 'no job found', failed: 'failed' };

$('collect-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const kind = $('collect-kind').value;
  const input = $('collect-input').value.trim();
  if (!input) return;
  const body = { render: $('collect-render').value };
  if (kind === 'urls') {
    const urls = input.split(/\s+/).filter(Boolean);
    if (urls.length === 1) body.url = urls[0];
    else body.urls = urls;
  } else {
    body[kind] = input;
  }
  act('collect-status', 'Sending', () => api('POST', '/api/jobs/collect', { json: body }),
    (collection) => follow(collection), event.target);
});

function renderProgress(collection) {
  $('collect-progress').hidden = false;
  $('collect-bar').max = Math.max(collection.total, 1);
  $('collect-bar').value = collection.done;
  $('collect-count').textContent = collection.status === 'done'
    ? 'Finished: ' + collection.done + ' of ' + collection.total + ' sources'
    : collection.done + ' of ' + collection.total + ' sources done…';
  fill($('collect-items'), (collection.items || []).map((item) => el('li', { class: 'outcome ' + (item.outcome || 'pending') },
    el('span', { class: 'badge', text: item.outcome ? OUTCOME_TEXT[item.outcome] || item.outcome : 'waiting' }), ' ',
    el('span', { class: 'source', text: item.url || item.via || '' }),
    item.reason ? el('span', { class: 'muted', text: ' — ' + item.reason }) : null,
    item.jobId ? [' ', el('button', { type: 'button', class: 'link', text: 'Show the job',
      onclick: () => showJob(item.jobId, $('jobs-detail')) })] : null)));
}

/** Live progress: the collection's event stream (with the token), else polling when the stream is refused. */
async function follow(collection) {
  renderProgress(collection);
  let last = collection;
  const path = '/api/collections/' + encodeURIComponent(collection.id);
  if (last.status !== 'done') {
    const answer = await stream('GET', path + '/events', (name, data) => {
      if (data && typeof data === 'object' && data.id) {
        last = data;
        renderProgress(data);
      }
    });
    if (!answer.ok) status('collect-status', 'Live progress unavailable (' + describeProblem(answer) + '); checking '
      + 'every second instead.', 'busy');
  }
  while (last.status !== 'done') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const answer = await api('GET', path);
    if (!answer.ok) {
      status('collect-status', describeProblem(answer), 'error');
      return;
    }
    last = answer.data;
    renderProgress(last);
  }
  const counts = {};
  for (const item of last.items || []) counts[item.outcome] = (counts[item.outcome] || 0) + 1;
  status('collect-status', 'Collection finished: ' + Object.entries(counts).map(([outcome, count]) =>
    count + ' ' + (OUTCOME_TEXT[outcome] || outcome)).join(', ') + '.', 'ok');
  loadJobs(0);
}

let jobsPage = 0;

async function loadJobs(page) {
  jobsPage = page;
  const query = new URLSearchParams();
  for (const [key, value] of new FormData($('jobs-filter'))) if (String(value).trim()) query.set(key, String(value).trim());
  query.set('page', page);
  query.set('size', 20);
  const answer = await api('GET', '/api/jobs?' + query);
  if (!answer.ok) {
    status('jobs-status', describeProblem(answer), 'error');
    markField($('jobs-filter'), answer.data && answer.data.field);
    return;
  }
  const jobs = answer.data;
  status('jobs-status', jobs.total === 0 ? 'No stored jobs match.' : jobs.total + ' jobs.');
  fill($('jobs-list'), jobs.items.map((job) => jobCard(job, (id) => showJob(id, $('jobs-detail')))));
  fill($('jobs-pager'), page > 0 ? el('button', { type: 'button', text: 'Previous page', onclick: () => loadJobs(page - 1) }) : null,
    jobs.totalPages > 1 ? el('span', { class: 'muted', text: 'Page ' + (page + 1) + ' of ' + jobs.totalPages }) : null,
    page + 1 < jobs.totalPages ? el('button', { type: 'button', text: 'Next page', onclick: () => loadJobs(page + 1) }) : null);
}

$('jobs-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  clearMarks(event.target);
  loadJobs(0);
});

// ---------------------------------------------------------------------------------------------------------------
// Choices of stored jobs and resumes for the analyse and match forms.

const choices = {
  wantedJob: null,
  async refresh() {
    const [jobs, resumes] = await Promise.all([api('GET', '/api/jobs?size=100'), api('GET', '/api/resumes?size=100')]);
    const jobItems = jobs.ok ? jobs.data.items.map((job) => ({ value: job.id,
      label: job.title + (job.company ? ' — ' + job.company : '') })) : [];
    const resumeItems = resumes.ok ? resumes.data.items.map((resume) => ({ value: resume.id,
      label: (resume.fileName || 'resume') + ' (' + fmt.date(resume.createdAt) + ')' })) : [];
    options($('analyse-job'), jobItems, 'None');
    options($('analyse-resume'), resumeItems, 'None');
    options($('match-job'), jobItems, 'Rank the stored jobs for me');
    options($('match-resume'), resumeItems, resumeItems.length ? null : 'Upload a resume first');
    if (this.wantedJob) {
      $('match-job').value = this.wantedJob;
      this.wantedJob = null;
    }
  }
};

// ---------------------------------------------------------------------------------------------------------------
// Analyse.

function taskChanged() {
  const task = $('analyse-task').value;
  $('analyse-hint').textContent = TASK_HINTS[task];
  $('analyse-stream').disabled = !STREAMABLE.has(task);
  if (!STREAMABLE.has(task)) $('analyse-stream').checked = false;
}
$('analyse-task').addEventListener('change', taskChanged);
taskChanged();

$('analyse-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const task = $('analyse-task').value;
  const body = { task };
  const jobText = $('analyse-job-text').value.trim();
  const resumeText = $('analyse-resume-text').value.trim();
  if ($('analyse-job').value) body.jobId = $('analyse-job').value;
  else if (jobText && task === 'job_extract') body.text = jobText;
  else if (jobText) body.job = { description: jobText };
  if ($('analyse-resume').value) body.resumeId = $('analyse-resume').value;
  else if (resumeText) body.resume = { text: resumeText };
  if ($('analyse-question').value.trim()) body.question = $('analyse-question').value.trim();
  if ($('analyse-tone').value.trim()) body.tone = $('analyse-tone').value.trim();
  if (task === 'market_question' && marketStats) body.stats = marketStats;
  const result = $('analyse-result');
  if (!$('analyse-stream').checked) {
    act('analyse-status', 'Asking the model', () => api('POST', '/api/analyze', { json: body }),
      (analysis) => fill(result, analysisView(analysis)), event.target);
    return;
  }
  const written = el('p', { class: 'prose', 'aria-live': 'polite' });
  act('analyse-status', 'Writing', () => {
    fill(result, written);
    written.textContent = '';
    return stream('POST', '/api/analyze?stream=true', (name, data) => {
      if (name === 'delta') written.textContent += data.text;
      else if (name === 'result') fill(result, analysisView(data));
      else if (name === 'error') status('analyse-status', describeProblem({ ok: false, status: data.status, data }), 'error');
    }, { json: body });
  }, () => {}, event.target);
});

// ---------------------------------------------------------------------------------------------------------------
// Resumes.

function resumeView(resume) {
  const sections = resume.sections || {};
  const contact = sections.contact || {};
  const texts = sections.texts || {};
  return [
    el('div', { class: 'detail-head' }, el('h3', { text: resume.fileName || 'Resume' }),
      el('button', { type: 'button', class: 'link', text: 'Close', onclick: () => { $('resume-detail').hidden = true; } })),
    facts([['Name', contact.name], ['Email', contact.email], ['Type', resume.mediaType], ['Pages', resume.pages],
      ['Experience', resume.yearsOfExperience ? fmt.number(resume.yearsOfExperience, 1) + ' years' : null],
      ['Uploaded', fmt.dateTime(resume.createdAt)]]),
    el('h4', { text: 'Skills found' }), chips(resume.skills),
    Object.entries(texts).filter(([, text]) => text).map(([name, text]) =>
      el('details', null, el('summary', { text: humanize(name) }), el('p', { class: 'prose', text }))),
    sections.experienceEntries && sections.experienceEntries.length ? el('details', null,
      el('summary', { text: 'Positions' }), jsonView(sections.experienceEntries)) : null];
}

async function showResume(id) {
  const answer = await api('GET', '/api/resumes/' + encodeURIComponent(id));
  if (!answer.ok) {
    status('resumes-status', describeProblem(answer), 'error');
    return;
  }
  $('resume-detail').hidden = false;
  fill($('resume-detail'), resumeView(answer.data));
  $('resume-detail').focus();
}

async function loadResumes() {
  const answer = await api('GET', '/api/resumes?size=100');
  if (!answer.ok) {
    fill($('resumes-list'), el('p', { class: 'muted', text: describeProblem(answer) }));
    return;
  }
  const resumes = answer.data.items;
  fill($('resumes-list'), resumes.length ? table([
    { label: 'Resume', value: (resume) => el('button', { type: 'button', class: 'link', text: resume.fileName || 'resume',
      onclick: () => showResume(resume.id) }) },
    { label: 'Uploaded', value: (resume) => fmt.date(resume.createdAt) },
    { label: 'Skills', value: (resume) => (resume.skills || []).slice(0, 8).join(', ') },
    { label: '', value: (resume) => el('button', { type: 'button', class: 'link danger', text: 'Delete',
      'aria-label': 'Delete ' + (resume.fileName || 'resume'), onclick: async () => {
        const deleted = await api('DELETE', '/api/resumes/' + encodeURIComponent(resume.id));
        status('resumes-status', deleted.ok ? 'Deleted.' : describeProblem(deleted), deleted.ok ? 'ok' : 'error');
        loadResumes();
      } }) }], resumes, 'Your resumes, newest first') : el('p', { class: 'muted', text: 'No resume yet.' }));
}

function resumeStored(resume) {
  status('resumes-status', 'Stored: ' + (resume.skills || []).length + ' skills found.', 'ok');
  $('resume-detail').hidden = false;
  fill($('resume-detail'), resumeView(resume));
  loadResumes();
}

$('resume-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const file = $('resume-file').files[0];
  if (!file) return;
  act('resumes-status', 'Reading ' + file.name, () => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api('POST', '/api/resumes', { form });
  }, resumeStored, event.target);
});

$('resume-text-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = $('resume-text').value;
  if (!text.trim()) return;
  act('resumes-status', 'Reading the text', () => api('POST', '/api/resumes',
    { json: { text, name: $('resume-name').value.trim() || null } }), resumeStored, event.target);
});

// ---------------------------------------------------------------------------------------------------------------
// Match.

$('match-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const resumeId = $('match-resume').value;
  const jobId = $('match-job').value;
  const result = $('match-result');
  act('match-status', jobId ? 'Matching' : 'Ranking the stored jobs',
    () => api('POST', '/api/match', { json: jobId ? { resumeId, jobId } : { resumeId } }),
    (answer) => {
      const detail = el('article', { class: 'detail', id: 'match-job-detail', tabindex: '-1', hidden: true });
      fill(result, jobId ? matchView(answer) : rankingView(answer, detail), detail);
    }, event.target);
});

// ---------------------------------------------------------------------------------------------------------------
// Search.

$('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearMarks(event.target);
  const query = new URLSearchParams({ q: $('search-q').value.trim() });
  if ($('search-remote').value) query.set('remote', $('search-remote').value);
  status('search-status', 'Searching…', 'busy');
  const answer = await api('GET', '/api/jobs/search?' + query);
  if (!answer.ok) {
    status('search-status', describeProblem(answer), 'error');
    markField(event.target, answer.data && answer.data.field);
    return;
  }
  status('search-status', answer.data.items.length ? answer.data.items.length + ' jobs, closest first.'
    : 'No stored job yet: collect some first.');
  fill($('search-list'), answer.data.items.map((hit) => jobCard(hit, (id) => showJob(id, $('search-detail')))));
});

// ---------------------------------------------------------------------------------------------------------------
// Results.

async function loadResults(page) {
  const query = new URLSearchParams({ page, size: 20 });
  if ($('results-task').value) query.set('task', $('results-task').value);
  const answer = await api('GET', '/api/results?' + query);
  if (!answer.ok) {
    status('results-status', describeProblem(answer), 'error');
    return;
  }
  const results = answer.data;
  status('results-status', results.total ? results.total + ' results.' : 'No results yet: run an analysis or a match.');
  fill($('results-list'), results.items.length ? table([
    { label: 'When', value: (result) => fmt.dateTime(result.createdAt) },
    { label: 'Task', value: (result) => el('button', { type: 'button', class: 'link', text: humanize(result.task),
      onclick: () => showResult(result.id) }) },
    { label: 'Preview', value: (result) => result.preview },
    { label: 'Model', value: (result) => [result.provider, result.model].filter(Boolean).join(' ') }],
  results.items, 'Your results, newest first') : null);
  fill($('results-pager'), page > 0 ? el('button', { type: 'button', text: 'Previous page', onclick: () => loadResults(page - 1) }) : null,
    page + 1 < results.totalPages ? el('button', { type: 'button', text: 'Next page', onclick: () => loadResults(page + 1) }) : null);
}

async function showResult(id) {
  const answer = await api('GET', '/api/results/' + encodeURIComponent(id));
  const detail = $('result-detail');
  detail.hidden = false;
  if (!answer.ok) {
    fill(detail, el('p', { class: 'message error', text: describeProblem(answer) }));
    return;
  }
  const result = answer.data;
  const output = result.output || {};
  const body = result.task === 'match' ? matchView(output)
    : result.task === 'match_ranking' ? rankingView(output, el('article', { class: 'detail', hidden: true }))
      : analysisView({ task: result.task, provider: result.provider, model: result.model,
        promptVersion: result.promptVersion, cached: result.cached, output, grounding: result.grounding });
  fill(detail, el('div', { class: 'detail-head' }, el('h3', { text: humanize(result.task) + ', ' + fmt.dateTime(result.createdAt) }),
    el('div', null,
      el('button', { type: 'button', class: 'link danger', text: 'Delete', onclick: async () => {
        const deleted = await api('DELETE', '/api/results/' + encodeURIComponent(id));
        status('results-status', deleted.ok ? 'Deleted.' : describeProblem(deleted), deleted.ok ? 'ok' : 'error');
        detail.hidden = true;
        loadResults(0);
      } }), ' ',
      el('button', { type: 'button', class: 'link', text: 'Close', onclick: () => { detail.hidden = true; } }))), body);
  detail.focus();
}

$('results-form').addEventListener('submit', (event) => {
  event.preventDefault();
  loadResults(0);
});

// ---------------------------------------------------------------------------------------------------------------
// Market: GET /api/analytics/market, charted.

function marketView(stats) {
  const share = (value) => fmt.percent(value, 0);
  const remote = stats.remoteShare || {};
  return [
    el('p', { class: 'summary', text: fmt.number(stats.total) + ' job posts.' }),
    el('div', { class: 'chart-grid' },
      bars('Most asked-for skills', (stats.topSkills || []).map((skill) =>
        ({ label: skill.skill, value: skill.count, note: share(skill.share) })), fmt.number),
      ranges('Salaries: median, with the middle half (25th to 75th percentile)', (stats.salaries || []).map((row) =>
        ({ label: humanize(row.groupBy) + ': ' + row.key, low: row.p25, middle: row.median, high: row.p75,
          scaleKey: row.currency, text: fmt.money(row.median, row.currency) + ' (' + fmt.money(row.p25, row.currency)
            + ' – ' + fmt.money(row.p75, row.currency) + ', n=' + row.n + ')' }))),
      stack('Work mode', WORK_MODES.concat({ value: 'unknown', label: 'Unknown' }).map((mode) =>
        ({ label: mode.label, value: remote[mode.value] || 0 }))),
      columns('Posts per week', (stats.postingsPerWeek || []).map((week) =>
        ({ label: fmt.date(week.weekStart), value: week.count })), fmt.number),
      bars('Companies with the most posts', (stats.topCompanies || []).map((company) =>
        ({ label: company.name, value: company.count, note: share(company.share) })), fmt.number),
      bars('Locations with the most posts', (stats.topLocations || []).map((place) =>
        ({ label: place.name || place.location || place.key, value: place.count, note: share(place.share) })), fmt.number),
      bars('Rising skills (change in share of posts)', (stats.risingSkills || []).map((skill) =>
        ({ label: skill.skill, value: Math.max(skill.change, 0),
          note: share(skill.previousShare) + ' → ' + share(skill.currentShare) })),
      (change) => '+' + fmt.number(change * 100, 1) + ' pts'))];
}

async function loadMarket() {
  status('market-status', 'Loading…', 'busy');
  const answer = await api('GET', '/api/analytics/market');
  if (answer.status === 404) {
    status('market-status', 'Job-market statistics are not available on this server yet.', 'notice');
    fill($('market-charts'));
    return;
  }
  if (!answer.ok) {
    status('market-status', describeProblem(answer), 'error');
    return;
  }
  marketStats = answer.data;
  status('market-status', '');
  fill($('market-charts'), marketView(answer.data));
}
$('market-reload').addEventListener('click', loadMarket);

// ---------------------------------------------------------------------------------------------------------------

options($('jobs-remote'), WORK_MODES, 'Any');
options($('search-remote'), WORK_MODES, 'Any');

const showView = views($('views'), (name) => {
  if (name === 'jobs') loadJobs(jobsPage);
  if (name === 'analyse' || name === 'match') choices.refresh();
  if (name === 'resumes') loadResumes();
  if (name === 'results') loadResults(0);
  if (name === 'market') loadMarket();
});

account.load().then(() => showView())
  .catch((error) => status('try-status', 'Could not reach CareerGPT: ' + error.message, 'error'));
