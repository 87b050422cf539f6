// The claim timeline view: pick a series (counted subject · measure family) and
// a source, and see every figure stated for it over time, from every outlet,
// as a chart and a table, with updates, conflicts and drift marked. The same
// view serves the whole crawl (across stories) and one story (?story=).
import { flagLine, formatFigure, measureWords, sourceName } from '/present.js';
import { el, link, svg } from '/dom.js';

const CHART = { width: 860, height: 300, left: 70, right: 60, top: 20, bottom: 36 };
/** Closer than this (px), a second day tick or point label would overprint the first: it is left out. */
const TICK_GAP_PX = 80;
const LABEL_BOX = { width: 44, height: 13 };
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const DAY_MS = 86_400_000;
/** Headroom above the largest figure, so labels fit. */
const Y_HEADROOM = 1.15;
const MARK_WORDS = { update: 'update', conflict: 'conflict', drift: 'drift' };
/** The series and source each view shows. */
const shownParams = new WeakMap();

/** The number a point is drawn at: its value, else the top (or bottom) of its range. */
const plotted = (p) => p.value ?? p.high ?? p.low;
const dayMs = (day) => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN);

function seriesLabel(s) {
  return `${s.subject ?? 'unspecified'} · ${measureWords(s.family)}${s.unit ? ` (${s.unit === 'share' ? 'share' : s.unit})` : ''} — ${s.points} figure(s)${s.flags > 0 ? `, ${s.flags} flag(s)` : ''}`;
}

/** One line per source and measure, coloured by source, dashed by measure. */
function lineKeyOf(p) {
  return `${p.source ?? ''}\u0000${p.measure}`;
}

function chart(data, names) {
  const points = data.points.map((p) => ({ ...p, t: dayMs(p.when), y: plotted(p) })).filter((p) => Number.isFinite(p.t) && typeof p.y === 'number');
  const days = new Set(points.map((p) => p.when));
  // One day only: a chart would be a single column of dots; the table says it better.
  if (days.size < 2) return null;
  const { width, height, left, right, top, bottom } = CHART;
  const t0 = Math.min(...points.map((p) => p.t));
  const t1 = Math.max(...points.map((p) => p.t));
  const yMax = Math.max(...points.map((p) => p.high ?? p.y)) * Y_HEADROOM || 1;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (width - left - right);
  const y = (v) => top + (1 - v / yMax) * (height - top - bottom);
  const fmt = (v) => formatFigure({ value: v, bound: '=', low: null, high: null, unit: data.unit });
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'figures over time' });
  root.append(svg('line', { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, class: 'axis' }));
  root.append(svg('line', { x1: left, y1: top, x2: left, y2: height - bottom, class: 'axis' }));
  for (const v of [0, yMax / 2, yMax]) root.append(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(Math.round(v))));
  let lastTick = Number.NEGATIVE_INFINITY;
  for (const day of [...days].sort()) {
    if (x(dayMs(day)) - lastTick < TICK_GAP_PX) continue;
    lastTick = x(dayMs(day));
    root.append(svg('text', { x: lastTick, y: height - bottom + 16, 'text-anchor': 'middle' }, day));
  }
  // Labels are placed first come, first served; one that would overprint another is left to the dot's tooltip and the table.
  const labels = [];
  const labelFits = (lx, ly) => !labels.some(([ox, oy]) => Math.abs(ox - lx) < LABEL_BOX.width && Math.abs(oy - ly) < LABEL_BOX.height);
  const sources = [...new Set(points.map((p) => p.source ?? ''))];
  const measures = [...new Set(points.map((p) => p.measure))];
  const lines = new Map();
  for (const p of points) lines.set(lineKeyOf(p), [...(lines.get(lineKeyOf(p)) ?? []), p]);
  const legend = el('ul', { className: 'legend' });
  for (const own of lines.values()) {
    const head = own[0];
    const colour = COLOURS[sources.indexOf(head.source ?? '') % COLOURS.length];
    const dash = DASHES[measures.indexOf(head.measure) % DASHES.length];
    own.sort((a, b) => a.t - b.t);
    if (own.length > 1) {
      root.append(svg('polyline', { points: own.map((p) => `${x(p.t)},${y(p.y)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }));
    }
    for (const p of own) {
      if (p.bound === 'range') root.append(svg('line', { x1: x(p.t), x2: x(p.t), y1: y(p.low ?? 0), y2: y(p.high ?? yMax), stroke: colour, 'stroke-width': 4, opacity: 0.4 }));
      for (const mark of p.marks) root.append(svg('circle', { cx: x(p.t), cy: y(p.y), r: 9, class: `mark mark-${mark.type}` }));
      const dot = svg('circle', { cx: x(p.t), cy: y(p.y), r: 4.5, fill: colour, 'data-source': p.source ?? '', 'data-when': p.when });
      dot.append(svg('title', {}, `${sourceName(p.source, names)}: ${formatFigure({ ...p, unit: data.unit })} ${measureWords(p.measure)} (${p.when})`));
      root.append(dot);
      const [lx, ly] = [x(p.t) + 7, y(p.y) - 7];
      if (labelFits(lx, ly)) {
        labels.push([lx, ly]);
        root.append(svg('text', { x: lx, y: ly, class: 'point-label', fill: colour }, formatFigure({ ...p, unit: data.unit })));
      }
    }
    const swatch = svg('svg', { width: 26, height: 10, 'aria-hidden': 'true' });
    swatch.append(svg('line', { x1: 0, x2: 26, y1: 5, y2: 5, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }));
    legend.append(el('li', {}, swatch, ` ${sourceName(head.source, names)} — ${measureWords(head.measure)}`));
  }
  return el('figure', { className: 'timeline-chart' }, root, legend, el('figcaption', { text: 'rings: green update · red conflict · orange drift; hover a dot for its figure' }));
}

function reporters(p, articles) {
  const cell = el('td');
  p.articleIds.forEach((id, i) => {
    const a = articles[id];
    if (!a) return;
    if (i > 0) cell.append(', ');
    cell.append(link(a.url, a.outlet));
  });
  return cell;
}

function table(data, names, markText) {
  const rows = data.points.map((p) => {
    const relayed = p.relayedBy.length > 0 ? ` (relayed by ${p.relayedBy.map((id) => sourceName(id, names)).join(', ')})` : '';
    const marks = el('td', {}, ...p.marks.map((m) => el('div', { className: `mark-text mark-${m.type}`, text: `${MARK_WORDS[m.type]}: ${markText(data.flags[m.flag])}` })));
    return el(
      'tr',
      { 'data-source': p.source ?? '', 'data-measure': p.measure },
      el('td', { text: p.when ?? 'undated' }),
      el('td', { text: `${sourceName(p.source, names)}${relayed}` }),
      el('td', { text: measureWords(p.measure) }),
      el('td', { className: 'figure', text: formatFigure({ ...p, unit: data.unit }) }),
      reporters(p, data.articles),
      marks,
    );
  });
  return el(
    'table',
    { className: 'timeline-table' },
    el('thead', {}, el('tr', {}, ...['day', 'source', 'measure', 'figure', 'reported by', 'marks'].map((h) => el('th', { text: h })))),
    el('tbody', {}, ...rows),
  );
}

/**
 * A timeline view in `box`. `load(params)` answers the /timeline JSON for the
 * given series and source; the selects ask it again when changed.
 */
export async function showTimeline(box, load, params = {}) {
  const data = await load(params);
  // Kept for redrawing with new data (refreshTimeline) without losing the reader's choice.
  shownParams.set(box, params);
  if (data.selected === null) return box.replaceChildren(el('p', { className: 'empty', text: 'no figures tagged yet' }));
  const names = data.sourceNames;
  const titleOf = (id) => (data.articles[id] ? `"${data.articles[id].title}" (${data.articles[id].outlet})` : id);
  const flagText = (flag) => flagLine(flag, names, titleOf, data.unit).replace(/\s+/, ' ');
  // Beside a point, the mark's kind leads ("update: ..."): the line without its own kind word.
  const markText = (flag) => flagLine(flag, names, titleOf, data.unit).replace(/^\w+\s+/, '');
  const seriesSelect = el('select', { className: 'timeline-series', 'aria-label': 'measure' });
  for (const s of data.series) seriesSelect.append(el('option', { value: s.key, text: seriesLabel(s) }));
  seriesSelect.value = data.selected.key;
  const chosen = data.series.find((s) => s.key === data.selected.key);
  const sourceSelect = el('select', { className: 'timeline-source', 'aria-label': 'source' }, el('option', { value: '', text: 'every source' }));
  for (const s of chosen?.sources ?? []) sourceSelect.append(el('option', { value: s.id, text: `${s.name} (${s.points})` }));
  sourceSelect.value = data.selected.source ?? '';
  seriesSelect.addEventListener('change', () => showTimeline(box, load, { series: seriesSelect.value }));
  sourceSelect.addEventListener('change', () => showTimeline(box, load, { series: seriesSelect.value, source: sourceSelect.value || undefined }));
  const flags = data.flags.map((f) => el('li', { className: `mark-text mark-${f.type}`, text: flagText(f) }));
  box.replaceChildren(
    el('div', { className: 'timeline-pick' }, el('label', { text: 'measure ' }, seriesSelect), ' ', el('label', { text: 'source ' }, sourceSelect)),
    chart(data, names),
    table(data, names, markText),
    flags.length > 0 ? el('div', {}, el('h4', { text: 'Flags' }), el('ul', { className: 'flags' }, ...flags)) : el('p', { className: 'empty', text: 'no update, conflict or drift in this selection' }),
  );
}

/** Draws the view in `box` again (new articles came in), with the series and source it shows. */
export function refreshTimeline(box, load) {
  return showTimeline(box, load, shownParams.get(box) ?? {});
}
