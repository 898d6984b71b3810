// Small SVG charts drawn with DOM APIs (no chart library, nothing fetched at run time). Positions are percentages
// or a stretched viewBox so the charts fit any width while their labels stay HTML text at a readable size.
// Colours come from CSS classes (series-0..5); no style attributes, so the pages keep style-src 'self'.

import { el, table } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child) node.append(child);
  }
  return node;
}

function tooltip(text) {
  const title = svg('title');
  title.textContent = text;
  return title;
}

function pct(value) {
  return (Math.max(0, Math.min(100, value))).toFixed(2) + '%';
}

function figure(caption, chart, numbers) {
  return el('figure', { class: 'chart' }, caption ? el('figcaption', { text: caption }) : null, chart,
    numbers ? el('details', { class: 'numbers' }, el('summary', { text: 'Show the numbers' }), numbers) : null);
}

function empty(caption, text) {
  return figure(caption, el('p', { class: 'muted', text: text || 'No data yet.' }));
}

/** Horizontal bars, one row per item: items [{label, value, note}], value scaled to the largest. */
export function bars(caption, items, format = String) {
  if (!items || !items.length) return empty(caption);
  const max = Math.max(...items.map((item) => Number(item.value) || 0), 0) || 1;
  const rows = items.map((item) => el('div', { class: 'bar-row', role: 'listitem' },
    el('span', { class: 'bar-label', text: item.label }),
    svg('svg', { class: 'bar-track', role: 'presentation', 'aria-hidden': 'true' },
      svg('rect', { class: 'bar series-' + (item.series || 0), x: 0, y: 0, height: '100%',
        width: pct((Number(item.value) || 0) / max * 100) })),
    el('span', { class: 'bar-value', text: format(item.value) + (item.note ? ' · ' + item.note : '') })));
  return figure(caption, el('div', { class: 'bar-rows', role: 'list' }, rows));
}

/** Columns over time: points [{label, value}] in order. */
export function columns(caption, points, format = String) {
  if (!points || !points.length) return empty(caption);
  const top = Math.max(...points.map((point) => Number(point.value) || 0), 0);
  const max = top || 1;
  const slot = 100 / points.length;
  const chart = svg('svg', { class: 'columns', role: 'img', 'aria-label': caption + ': ' + points.length + ' values, '
      + 'highest ' + format(top) }, points.map((point, i) => {
    const height = (Number(point.value) || 0) / max * 100;
    return svg('rect', { class: 'bar series-0', x: pct(i * slot + slot * 0.1), width: pct(slot * 0.8),
      y: pct(100 - height), height: pct(height) }, tooltip(point.label + ': ' + format(point.value)));
  }));
  const axis = el('div', { class: 'axis' }, el('span', { text: points[0].label }),
    el('span', { text: 'max ' + format(top) }), el('span', { text: points[points.length - 1].label }));
  return figure(caption, el('div', null, chart, axis),
    table([{ label: 'When', value: (point) => point.label }, { label: 'Value', value: (point) => format(point.value) }],
      points));
}

/** Lines over shared x labels: series [{name, values: [number per label]}]. */
export function lines(caption, labels, series, format = String) {
  if (!labels || !labels.length || !series.length) return empty(caption);
  const top = Math.max(...series.flatMap((one) => one.values.map((value) => Number(value) || 0)), 0);
  const max = top || 1;
  const x = (i) => labels.length === 1 ? [0, 100] : [i * 100 / (labels.length - 1)];
  const chart = svg('svg', { class: 'lines', viewBox: '0 0 100 100', preserveAspectRatio: 'none', role: 'img',
    'aria-label': caption + ': ' + series.map((one) => one.name).join(', ') }, series.map((one, s) => {
    const points = one.values.flatMap((value, i) => x(i).map((px) =>
      px.toFixed(2) + ',' + (100 - (Number(value) || 0) / max * 96).toFixed(2)));
    return svg('polyline', { class: 'line series-' + s, points: points.join(' '), fill: 'none',
      'vector-effect': 'non-scaling-stroke' }, tooltip(one.name));
  }));
  const legend = el('ul', { class: 'legend' }, series.map((one, s) =>
    el('li', null, el('span', { class: 'swatch series-' + s, 'aria-hidden': 'true' }),
      one.name + ': ' + format(one.values.reduce((sum, value) => sum + (Number(value) || 0), 0)))));
  const axis = el('div', { class: 'axis' }, el('span', { text: labels[0] }), el('span', { text: 'max ' + format(top) }),
    el('span', { text: labels[labels.length - 1] }));
  const numbers = table([{ label: 'When', value: (i) => labels[i] }].concat(series.map((one) =>
    ({ label: one.name, value: (i) => format(one.values[i]) }))), labels.map((label, i) => i));
  return figure(caption, el('div', null, chart, axis, legend), numbers);
}

/** One bar split into parts: [{label, value}], shown as shares of their sum. */
export function stack(caption, parts, format) {
  const total = parts.reduce((sum, part) => sum + (Number(part.value) || 0), 0);
  if (!total) return empty(caption);
  let offset = 0;
  const chart = svg('svg', { class: 'stack', role: 'img', 'aria-label': caption + ': ' + parts.map((part) =>
    part.label + ' ' + Math.round((Number(part.value) || 0) / total * 100) + '%').join(', ') }, parts.map((part, s) => {
    const width = (Number(part.value) || 0) / total * 100;
    const rect = svg('rect', { class: 'bar series-' + s, x: pct(offset), width: pct(width), y: 0, height: '100%' },
      tooltip(part.label + ': ' + Math.round(width) + '%'));
    offset += width;
    return rect;
  }));
  const legend = el('ul', { class: 'legend' }, parts.map((part, s) =>
    el('li', null, el('span', { class: 'swatch series-' + s, 'aria-hidden': 'true' }),
      part.label + ': ' + (format ? format(part.value) : Math.round((Number(part.value) || 0) / total * 100) + '%'))));
  return figure(caption, el('div', null, chart, legend));
}

/**
 * Ranges with a middle mark, e.g. salaries: rows [{label, low, middle, high, scaleKey, text}]; rows sharing a
 * scaleKey (a currency) share a scale, since amounts in different currencies cannot be compared. A scale spans
 * its rows' lowest to highest figure with a margin, so that ranges far from zero stay readable.
 */
export function ranges(caption, rows) {
  if (!rows || !rows.length) return empty(caption);
  const scales = {};
  for (const row of rows) {
    const figures = [row.low, row.middle, row.high].map(Number).filter((value) => Number.isFinite(value));
    const scale = scales[row.scaleKey] || { min: Infinity, max: -Infinity };
    scale.min = Math.min(scale.min, ...figures);
    scale.max = Math.max(scale.max, ...figures);
    scales[row.scaleKey] = scale;
  }
  for (const scale of Object.values(scales)) {
    const margin = (scale.max - scale.min || Math.abs(scale.max) || 1) * 0.25;
    scale.min -= margin;
    scale.max += margin;
  }
  return figure(caption, el('div', { class: 'bar-rows', role: 'list' }, rows.map((row) => {
    const scale = scales[row.scaleKey];
    const at = (value) => (Number(value) - scale.min) / (scale.max - scale.min) * 100;
    return el('div', { class: 'bar-row range-row', role: 'listitem' }, el('span', { class: 'bar-label', text: row.label }),
      el('span', { class: 'bar-value', text: row.text }),
      svg('svg', { class: 'bar-track', 'aria-hidden': 'true' },
        svg('rect', { class: 'range', x: pct(at(row.low)), width: pct(Math.max(at(row.high) - at(row.low), 0.5)),
          y: '20%', height: '60%' }),
        svg('rect', { class: 'range-mark', x: pct(Math.min(at(row.middle), 99.2)), width: '0.8%', y: 0, height: '100%' })));
  })));
}
