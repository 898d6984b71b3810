// DOM helpers shared by the pages. Everything that came from the server (scraped job posts, LLM answers, log
// lines) is put into the page as text nodes or attribute values, never parsed as HTML.

export const $ = (id) => document.getElementById(id);

// Properties rather than attributes: these reflect state the browser keeps on the element.
const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'selected', 'open']);

/** el('p', {class: 'x', text: 'hi', onclick: fn}, child, 'text', [more]) */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key)) node[key] = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** http(s) URLs only: a scraped "apply" link must not become a javascript: or data: link. */
export function safeUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (notAUrl) {
    return null;
  }
}

export function externalLink(url, label) {
  const href = safeUrl(url);
  return href ? el('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank', text: label || url })
    : el('span', { text: label || url || '' });
}

/** A table that scrolls sideways on narrow screens; columns: [{label, value: row => text|Node, className}] */
export function table(columns, rows, caption) {
  const head = el('tr', null, columns.map((column) => el('th', { scope: 'col', text: column.label })));
  return el('div', { class: 'table-wrap' }, el('table', null, caption ? el('caption', { text: caption }) : null,
    el('thead', null, head), el('tbody', null, rows.map((row) => tableRow(columns, row)))));
}

export function tableRow(columns, row) {
  return el('tr', null, columns.map((column) => {
    const value = column.value(row);
    return el('td', { class: column.className }, value === null || value === undefined ? '' : value);
  }));
}

export function chips(values, className) {
  const items = (values || []).filter((value) => value !== null && value !== undefined && value !== '');
  if (!items.length) return el('span', { class: 'muted', text: 'none' });
  return el('ul', { class: 'chips ' + (className || '') }, items.map((value) => el('li', { text: value })));
}

/** A definition list of [label, value] pairs, leaving out empty values. */
export function facts(pairs) {
  const rows = pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('dl', { class: 'facts' }, rows.map(([label, value]) => [el('dt', { text: label }), el('dd', null, value)]));
}

/**
 * Any JSON value as nested lists: objects become definition lists, arrays of scalars lists, long strings
 * paragraphs that keep their line breaks. Used for LLM outputs whose shape varies by task.
 */
export function jsonView(value, depth = 0) {
  if (value === null || value === undefined) return el('span', { class: 'muted', text: '—' });
  if (Array.isArray(value)) {
    if (!value.length) return el('span', { class: 'muted', text: 'none' });
    return el('ul', { class: 'json-list' }, value.map((item) => el('li', null, jsonView(item, depth + 1))));
  }
  if (typeof value === 'object') {
    if (depth > 6) return el('code', { text: JSON.stringify(value) });
    return el('dl', { class: 'json-object' }, Object.entries(value).map(([key, item]) =>
      [el('dt', { text: humanize(key) }), el('dd', null, jsonView(item, depth + 1))]));
  }
  if (typeof value === 'string' && (value.length > 80 || value.includes('\n'))) {
    return el('p', { class: 'prose', text: value });
  }
  return el('span', { text: String(value) });
}

/** mustHaveSkills -> "Must have skills" */
export function humanize(key) {
  const words = String(key).replace(/_/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Sets a status line (by id): kind is '', 'busy', 'ok', 'notice' or 'error'. */
export function status(id, text, kind) {
  const node = $(id);
  node.textContent = text || '';
  node.className = 'message' + (kind ? ' ' + kind : '');
}

/** Marks the control of a form that a problem's field names (data-fields lists the API fields it feeds). */
export function markField(form, field) {
  if (!form || !field) return;
  const name = String(field).replace(/\[.*$/, '').split('.')[0];
  const control = Array.from(form.querySelectorAll('[data-fields]'))
    .find((node) => node.dataset.fields.split(' ').includes(name));
  if (control) {
    control.setAttribute('aria-invalid', 'true');
    control.focus();
  }
}

export function clearMarks(form) {
  if (form) form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
}

/** <option>s for a <select>: [{value, label}] */
export function options(select, items, placeholder) {
  const current = select.value;
  fill(select, placeholder ? el('option', { value: '', text: placeholder }) : null,
    items.map((item) => el('option', { value: item.value, text: item.label })));
  if (items.some((item) => item.value === current)) select.value = current;
}

export const fmt = {
  number(value, digits = 0) {
    return value === null || value === undefined || Number.isNaN(Number(value)) ? '—'
      : Number(value).toLocaleString('en', { maximumFractionDigits: digits });
  },
  percent(share, digits = 1) {
    return share === null || share === undefined ? '—'
      : (Number(share) * 100).toLocaleString('en', { maximumFractionDigits: digits }) + '%';
  },
  money(amount, currency, digits = 0) {
    if (amount === null || amount === undefined) return '—';
    try {
      return Number(amount).toLocaleString('en', { style: 'currency', currency, maximumFractionDigits: digits });
    } catch (unknownCurrency) {
      return fmt.number(amount, digits) + (currency ? ' ' + currency : '');
    }
  },
  usd(amount) {
    return fmt.money(amount, 'USD', amount && Math.abs(amount) < 1 ? 4 : 2);
  },
  date(value) {
    if (!value) return '—';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
  },
  dateTime(value) {
    if (!value) return '—';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString('en-GB', { hour12: false });
  },
  ms(value) {
    return value === null || value === undefined ? '—' : fmt.number(value) + ' ms';
  }
};

/**
 * Switches between a page's views: buttons with data-view="x" show the section with id "view-x". Answers
 * show(name); show() picks the view named in the address's #fragment, else the first.
 */
export function views(nav, onShow) {
  const buttons = Array.from(nav.querySelectorAll('button[data-view]'));
  function show(name) {
    if (!buttons.some((button) => button.dataset.view === name)) {
      const wanted = location.hash.slice(1);
      name = buttons.some((button) => button.dataset.view === wanted) ? wanted : buttons[0].dataset.view;
    }
    for (const button of buttons) {
      const active = button.dataset.view === name;
      button.setAttribute('aria-current', active ? 'page' : 'false');
      $('view-' + button.dataset.view).hidden = !active;
    }
    if (location.hash !== '#' + name) history.replaceState(null, '', '#' + name);
    onShow(name);
  }
  for (const button of buttons) button.addEventListener('click', () => show(button.dataset.view));
  return show;
}
