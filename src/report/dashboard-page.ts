import { createHash } from 'node:crypto';
import type { HistoryIndex } from './history-index.js';

/**
 * The dashboard: one self-contained `index.html` (inline script and styles, no CDN, nothing to
 * build when viewed) that draws the history index as SVG. The index is embedded in the page, so
 * it works opened from `file://`; served over HTTP the page reads `data/index.json` instead when
 * it can, so a page and its data may be updated apart.
 *
 * Every text in the data (benchmark and model names, machine labels, URLs) is hostile: the script
 * builds the DOM with `textContent` and attributes only, links only to http(s) URLs, and a strict
 * Content-Security-Policy allows no script or style but the page's own (by hash).
 */
export function renderDashboard(index: HistoryIndex, options: { title?: string } = {}): string {
  const title = escapeHtml(options.title ?? 'exbench history');
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(PAGE_SCRIPT)}'`,
    `style-src '${sha256(PAGE_STYLE)}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header><h1>${title}</h1><p id="exbench-status">Loading…</p></header>
<main id="exbench-root"></main>
<script type="application/json" id="exbench-data">${embeddedJson(index)}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * JSON that cannot end its `<script>` block: every `<` is written as `\u003c` (so neither
 * `</script>` nor `<!--` can occur), and the two line separators JavaScript once treated as ends
 * of line are escaped too. JSON.parse reads it back unchanged.
 */
export function embeddedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const PAGE_STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em;color:#1f2328;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{margin-top:1.5em;border-bottom:1px solid #d0d7de}
.charts{display:flex;flex-wrap:wrap;gap:1em}.chart{flex:1 1 340px}
.chart h3{font-size:1em;margin:.5em 0}svg{background:#f6f8fa;border:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:2px 8px;text-align:left}
td.num{text-align:right}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}
.legend svg{background:none;border:0;vertical-align:middle}.muted{color:#656d76}
`;

const PAGE_SCRIPT = `
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var COLORS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bc4c00', '#0598bc', '#bf3989', '#6e7781', '#4d2d00', '#116329'];
  var DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 5'];
  var root = document.getElementById('exbench-root');
  var status = document.getElementById('exbench-status');

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function safeUrl(value) {
    if (typeof value !== 'string') return null;
    try {
      var url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) { return null; }
  }
  function num(value) { return typeof value === 'number' && isFinite(value) ? value : null; }
  function str(value) { return typeof value === 'string' ? value : ''; }
  function shortCommit(c) { return typeof c === 'string' ? c.slice(0, 7) : 'no commit'; }
  function fmt(value, digits) { return value === null ? '–' : value.toFixed(digits); }

  function load() {
    var embedded = JSON.parse(document.getElementById('exbench-data').textContent);
    if (location.protocol !== 'http:' && location.protocol !== 'https:') return Promise.resolve(embedded);
    return fetch('data/index.json', { cache: 'no-cache' })
      .then(function (r) { return r.ok ? r.json() : embedded; })
      .catch(function () { return embedded; });
  }

  /** Points of one benchmark grouped into series: one per model and machine, never joined across machines. */
  function seriesOf(entries) {
    var byKey = {};
    var order = [];
    var machines = [];
    entries.forEach(function (entry) {
      var machine = entry.machine && typeof entry.machine === 'object' ? entry.machine : {};
      var machineKey = str(machine.key);
      if (machines.indexOf(machineKey) < 0) machines.push(machineKey);
      (Array.isArray(entry.models) ? entry.models : []).forEach(function (model) {
        var key = str(model.model) + '\\u0000' + machineKey;
        if (!byKey[key]) {
          byKey[key] = { model: str(model.model), machine: str(machine.label), machineIndex: machines.indexOf(machineKey), points: [] };
          order.push(key);
        }
        byKey[key].points.push({ entry: entry, model: model, time: Date.parse(str(entry.date)) });
      });
    });
    return order.map(function (key, i) {
      var s = byKey[key];
      s.color = COLORS[i % COLORS.length];
      s.dash = DASHES[s.machineIndex % DASHES.length];
      s.points = s.points.filter(function (p) { return isFinite(p.time); }).sort(function (a, b) { return a.time - b.time; });
      return s;
    });
  }

  function chart(title, series, pick, unit, digits, fixedMax) {
    var W = 520, H = 240, L = 56, R = 12, T = 12, B = 36;
    var box = el('div', null, 'chart');
    box.appendChild(el('h3', title));
    var points = [];
    series.forEach(function (s) { s.points.forEach(function (p) { if (pick(p.model) !== null) points.push(p); }); });
    var svg = svgEl('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'data-chart': title });
    svg.appendChild(svgEl('title', {})).textContent = title;
    if (points.length === 0) {
      var none = svgEl('text', { x: L, y: H / 2 });
      none.textContent = 'no data';
      svg.appendChild(none);
      box.appendChild(svg);
      return box;
    }
    var tMin = Math.min.apply(null, points.map(function (p) { return p.time; }));
    var tMax = Math.max.apply(null, points.map(function (p) { return p.time; }));
    var vMax = fixedMax !== null ? fixedMax : Math.max.apply(null, points.map(function (p) { return pick(p.model); })) * 1.1 || 1;
    var x = function (t) { return tMax === tMin ? L + (W - L - R) / 2 : L + (t - tMin) / (tMax - tMin) * (W - L - R); };
    var y = function (v) { return T + (1 - v / vMax) * (H - T - B); };
    svg.appendChild(svgEl('line', { x1: L, y1: H - B, x2: W - R, y2: H - B, stroke: '#8c959f' }));
    svg.appendChild(svgEl('line', { x1: L, y1: T, x2: L, y2: H - B, stroke: '#8c959f' }));
    [0, vMax / 2, vMax].forEach(function (v) {
      var label = svgEl('text', { x: L - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10 });
      label.textContent = fmt(v, digits) + unit;
      svg.appendChild(label);
    });
    (tMin === tMax ? [[tMin, 'middle']] : [[tMin, 'start'], [tMax, 'end']]).forEach(function (pair) {
      var label = svgEl('text', { x: x(pair[0]), y: H - B + 16, 'text-anchor': pair[1], 'font-size': 10 });
      label.textContent = new Date(pair[0]).toISOString().slice(0, 10);
      svg.appendChild(label);
    });
    series.forEach(function (s) {
      var shown = s.points.filter(function (p) { return pick(p.model) !== null; });
      if (shown.length > 1) {
        svg.appendChild(svgEl('polyline', {
          points: shown.map(function (p) { return x(p.time).toFixed(1) + ',' + y(pick(p.model)).toFixed(1); }).join(' '),
          fill: 'none', stroke: s.color, 'stroke-width': 1.5, 'stroke-dasharray': s.dash, 'data-series': s.model + ' @ ' + s.machine
        }));
      }
      shown.forEach(function (p) {
        var dot = svgEl('circle', { cx: x(p.time).toFixed(1), cy: y(pick(p.model)).toFixed(1), r: 3.5, fill: s.color });
        var tip = svgEl('title', {});
        tip.textContent = s.model + ': ' + fmt(pick(p.model), digits) + unit + '\\n' + 'commit ' + shortCommit(p.entry.commit) +
          ' · ' + str(p.entry.date) + '\\n' + 'machine: ' + s.machine + (safeUrl(p.entry.run_url) ? '\\n' + 'run: ' + safeUrl(p.entry.run_url) : '');
        dot.appendChild(tip);
        var url = safeUrl(p.entry.run_url);
        if (url) {
          var link = svgEl('a', { href: url, target: '_blank', rel: 'noopener noreferrer' });
          link.appendChild(dot);
          svg.appendChild(link);
        } else {
          svg.appendChild(dot);
        }
      });
    });
    box.appendChild(svg);
    return box;
  }

  function legend(series) {
    var list = el('ul', null, 'legend');
    series.forEach(function (s) {
      var item = el('li');
      var swatch = svgEl('svg', { width: 28, height: 10 });
      swatch.appendChild(svgEl('line', { x1: 0, y1: 5, x2: 28, y2: 5, stroke: s.color, 'stroke-width': 2, 'stroke-dasharray': s.dash }));
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(' ' + s.model + ' — ' + s.machine));
      list.appendChild(item);
    });
    return list;
  }

  function row(cells, header) {
    var tr = el('tr');
    cells.forEach(function (cell) {
      var td = el(header ? 'th' : 'td', null, cell && cell.num ? 'num' : '');
      if (cell && cell.url) {
        var a = el('a', cell.text);
        a.href = cell.url;
        a.rel = 'noopener noreferrer';
        td.appendChild(a);
      } else {
        td.textContent = cell && typeof cell === 'object' ? cell.text : String(cell);
      }
      tr.appendChild(td);
    });
    return tr;
  }

  /** The latest point of every series, best accuracy first. */
  function leaderboard(series) {
    var table = el('table');
    table.appendChild(row(['model', 'machine', 'accuracy', 'decode tok/s', 'TTFT ms', 'date', 'commit', 'run'], true));
    series.map(function (s) { return { s: s, p: s.points[s.points.length - 1] }; })
      .filter(function (x) { return x.p; })
      .sort(function (a, b) { return (num(b.p.model.accuracy) || 0) - (num(a.p.model.accuracy) || 0); })
      .forEach(function (x) {
        var acc = num(x.p.model.accuracy);
        var url = safeUrl(x.p.entry.run_url);
        table.appendChild(row([x.s.model, x.s.machine,
          { text: acc === null ? '–' : (acc * 100).toFixed(1) + '%', num: true },
          { text: fmt(num(x.p.model.decode_tokens_per_second), 1), num: true },
          { text: fmt(num(x.p.model.time_to_first_token_ms), 0), num: true },
          str(x.p.entry.date).slice(0, 19).replace('T', ' '), shortCommit(x.p.entry.commit),
          url ? { text: 'run', url: url } : '–']));
      });
    return table;
  }

  function draw(index) {
    var entries = index && Array.isArray(index.entries) ? index.entries : [];
    var names = [];
    entries.forEach(function (e) { if (names.indexOf(str(e.benchmark)) < 0) names.push(str(e.benchmark)); });
    names.forEach(function (name) {
      var own = entries.filter(function (e) { return str(e.benchmark) === name; });
      var series = seriesOf(own);
      var section = el('section');
      section.setAttribute('data-benchmark', name);
      section.appendChild(el('h2', name));
      section.appendChild(el('p', own.length + ' run' + (own.length === 1 ? '' : 's') + '; lines join runs of one model on like machines only.', 'muted'));
      section.appendChild(legend(series));
      var charts = el('div', null, 'charts');
      charts.appendChild(chart('Accuracy', series, function (m) { var v = num(m.accuracy); return v === null ? null : v * 100; }, '%', 0, 100));
      charts.appendChild(chart('Decode tokens/s (median)', series, function (m) { return num(m.decode_tokens_per_second); }, '', 1, null));
      charts.appendChild(chart('Time to first token, ms (median)', series, function (m) { return num(m.time_to_first_token_ms); }, '', 0, null));
      section.appendChild(charts);
      section.appendChild(el('h3', 'Latest leaderboard'));
      section.appendChild(leaderboard(series));
      root.appendChild(section);
    });
    status.textContent = entries.length + ' run' + (entries.length === 1 ? '' : 's') + ' of ' + names.length + ' benchmark' + (names.length === 1 ? '' : 's') + '.';
  }

  load().then(draw).catch(function (error) { status.textContent = 'Could not read the data: ' + error; });
})();
`;
