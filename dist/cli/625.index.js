export const id = 625;
export const ids = [625];
export const modules = {

/***/ 27006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SITE_USAGE: () => (/* binding */ SITE_USAGE),
  runSiteCommand: () => (/* binding */ runSiteCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/baseline-reports.js + 1 modules
var baseline_reports = __webpack_require__(10144);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/report-arguments.js



/**
 * The reports that command-line arguments name: a folder gives every report under it (e.g. an
 * unpacked artifact), anything else is a file or a glob. Problems are lines in `skipped`.
 */
async function readReportArguments(args, cwd) {
    const read = { reports: [], skipped: [] };
    for (const arg of args) {
        const full = external_node_path_.resolve(cwd, arg);
        const isFolder = await (0,promises_.stat)(full).then((s) => s.isDirectory(), () => false);
        const found = isFolder ? await (0,baseline_reports/* readReportDirectory */.KF)(full) : await (0,baseline_reports/* readReportFiles */.Ak)([arg], cwd);
        read.reports.push(...found.reports);
        read.skipped.push(...found.skipped);
    }
    const seen = new Set();
    read.reports = read.reports.filter((r) => !seen.has(r.path) && seen.add(r.path));
    return read;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/report-store.js
var report_store = __webpack_require__(91380);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/site-writer.js


/** Writes files given by `/`-separated paths relative to `directory`, creating folders. */
async function writeFiles(directory, files) {
    const written = [];
    for (const [file, text] of Object.entries(files)) {
        const target = external_node_path_.resolve(directory, ...file.split('/'));
        if (!target.startsWith(external_node_path_.resolve(directory) + external_node_path_.sep)) {
            throw new Error(`refusing to write ${file} outside ${directory}`);
        }
        await (0,promises_.mkdir)(external_node_path_.dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, text, 'utf8');
        written.push(target);
    }
    return written;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/dashboard-page.js

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
function renderDashboard(index, options = {}) {
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
<header><h1>${title}</h1><p id="exbench-status">Loading\u2026</p></header>
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
function embeddedJson(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
function sha256(text) {
    return `sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}`;
}
function escapeHtml(text) {
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
  function fmt(value, digits) { return value === null ? '\u2013' : value.toFixed(digits); }

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
      item.appendChild(document.createTextNode(' ' + s.model + ' \u2014 ' + s.machine));
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
          { text: acc === null ? '\u2013' : (acc * 100).toFixed(1) + '%', num: true },
          { text: fmt(num(x.p.model.decode_tokens_per_second), 1), num: true },
          { text: fmt(num(x.p.model.time_to_first_token_ms), 0), num: true },
          str(x.p.entry.date).slice(0, 19).replace('T', ' '), shortCommit(x.p.entry.commit),
          url ? { text: 'run', url: url } : '\u2013']));
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/lazily.js
var lazily = __webpack_require__(34892);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/run-targets.js
var run_targets = __webpack_require__(51643);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/history-index.js



/**
 * The index of runs kept on the history branch (`<dir>/data/index.json`): one entry per stored
 * report with what the dashboard and the comment's trend line draw, so neither has to read every
 * report. Written and read by this one schema; an index of another format is refused, not guessed.
 */
const HISTORY_FORMAT = 'exbench-history/1';
/** Runs kept per benchmark when `max-history` is not given. */
const DEFAULT_MAX_HISTORY = 500;
/** The index's schema, built on first use: only publishing and the site read an index. */
const historyIndexSchema = (0,lazily/* lazily */.q)(() => {
    const HistoryModel = schemas/* object */.Ikc({
        model: schemas/* string */.YjP(),
        status: schemas/* string */.YjP(),
        accuracy: schemas/* number */.aig().nullable(),
        passed: schemas/* number */.aig().int(),
        rows: schemas/* number */.aig().int(),
        /** Medians over answered rows; null when no row was answered. */
        decode_tokens_per_second: schemas/* number */.aig().nullable(),
        time_to_first_token_ms: schemas/* number */.aig().nullable(),
    });
    const HistoryEntry = schemas/* object */.Ikc({
        /** Unique within the index; also the stored report's file stem. */
        id: schemas/* string */.YjP(),
        benchmark: schemas/* string */.YjP(),
        /** The stored report, relative to the data folder. */
        report: schemas/* string */.YjP(),
        date: schemas/* string */.YjP(),
        commit: schemas/* string */.YjP().nullable(),
        ref: schemas/* string */.YjP().nullable(),
        run_url: schemas/* string */.YjP().nullable(),
        /** Runs with the same key measured on like machines; speed lines never join unlike ones. */
        machine: schemas/* object */.Ikc({ key: schemas/* string */.YjP(), label: schemas/* string */.YjP() }),
        ollama_version: schemas/* string */.YjP().nullable(),
        models: schemas/* array */.YOg(HistoryModel),
    });
    return schemas/* object */.Ikc({
        format: schemas/* literal */.euz(HISTORY_FORMAT),
        entries: schemas/* array */.YOg(HistoryEntry),
    });
});
const history_index_EMPTY_HISTORY = { format: HISTORY_FORMAT, entries: [] };
/** Parses an index read from the branch; the problem in words (with the field) when it is not one. */
function history_index_readHistoryIndex(value) {
    const parsed = historyIndexSchema().safeParse(value);
    if (parsed.success)
        return { ok: true, index: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, problem: `${where}${issue?.message ?? 'not a history index'}` };
}
/** The index entry of one report; `id` must be unique (the publisher derives it from the date). */
function historyEntry(report, id, origin) {
    const machine = machineOf(report.environment ?? null);
    return {
        id,
        benchmark: report.benchmark_name,
        report: `runs/${id}.json`,
        date: report.started_at,
        commit: origin.commit,
        ref: origin.ref,
        run_url: origin.runUrl,
        machine,
        ollama_version: report.ollama.version,
        models: report.models
            .filter((model) => model.status !== 'skipped')
            .map((model) => {
            const rows = model.results.filter((r) => r.status !== 'not_run').length;
            return {
                // A sweep's variants are series of their own: `qwen2.5:1.5b @ temperature=0.5`.
                model: (0,run_targets/* variantLabel */._q)(model.model, model.variant),
                status: model.status,
                accuracy: rows === 0 ? null : model.passed_count / rows,
                passed: model.passed_count,
                rows,
                decode_tokens_per_second: model.decode_tokens_per_second.median,
                time_to_first_token_ms: model.time_to_first_token_ms.median,
            };
        }),
    };
}
/**
 * The index with `entry` added (kept in date order) and each benchmark cut to its newest
 * `maxHistory` runs; `dropped` lists the reports of the entries cut, for the publisher to delete.
 */
function appendToHistory(index, entry, maxHistory) {
    const entries = [...index.entries.filter((e) => e.id !== entry.id), entry].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const kept = [];
    const dropped = [];
    const counts = new Map();
    // Newest first, so the oldest of a benchmark over the limit are the ones dropped.
    for (const e of [...entries].reverse()) {
        const seen = counts.get(e.benchmark) ?? 0;
        counts.set(e.benchmark, seen + 1);
        if (seen < maxHistory)
            kept.push(e);
        else
            dropped.push(e.report);
    }
    return { index: { format: HISTORY_FORMAT, entries: kept.reverse() }, dropped };
}
/**
 * The machine a report measured on, as a key (equal for machines whose speed compares, by the
 * fields `exbench compare` checks: OS, architecture, CPU and cores, memory to the GiB, GPUs) and a
 * short label for people.
 */
function machineOf(environment) {
    if (environment === null)
        return { key: 'unknown', label: 'machine not recorded' };
    const memoryGib = Math.round(environment.memory_bytes / 2 ** 30);
    const gpus = environment.gpus.map((gpu) => gpu.name).join(' + ');
    const parts = [
        `${environment.os.platform} ${environment.arch}`,
        `${environment.cpu.model ?? 'unknown CPU'} ×${environment.cpu.cores}`,
        `${memoryGib} GiB`,
        gpus === '' ? 'no GPU' : gpus,
    ];
    const label = parts.join(' · ');
    return { key: `${label} · ${environment.os.release}`, label };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-file-name.js
var report_file_name = __webpack_require__(36495);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/app/history-site.js





/** The site's files, relative to its folder: the data index, the stored reports and index.html. */
const INDEX_FILE = 'data/index.json';
/**
 * A stored report's id: its benchmark and start time (as report files are named) and a short hash
 * of its contents, so two jobs that start in the same second never take one id.
 */
function historyId(report, compact) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(compact, 'utf8').digest('hex').slice(0, 8);
    return `${(0,report_file_name/* reportFileStem */.e)(report.benchmark_name, new Date(report.started_at))}_${hash}`;
}
/**
 * The change that adds `runs` to a site whose index is `index`: each report stored compact (one
 * line, already redacted when it was written), the index updated and cut to `maxHistory` runs per
 * benchmark (the reports of runs cut are removed), and the dashboard rewritten with the index in it.
 */
function addRuns(index, runs, maxHistory, title) {
    const write = {};
    const remove = new Set();
    let current = index;
    for (const { report, origin } of runs) {
        const compact = JSON.stringify(report);
        const entry = historyEntry(report, historyId(report, compact), origin);
        write[`data/${entry.report}`] = `${compact}\n`;
        const appended = appendToHistory(current, entry, maxHistory);
        current = appended.index;
        for (const dropped of appended.dropped)
            remove.add(`data/${dropped}`);
    }
    for (const file of remove)
        delete write[file];
    write[INDEX_FILE] = `${JSON.stringify(current)}\n`;
    write['index.html'] = renderDashboard(current, title === undefined ? {} : { title });
    return { index: current, write, remove: [...remove] };
}
/** Parses the index text read from a site; an index that is not one is the world's problem, named. */
function parseIndexText(text, where) {
    if (text === null)
        return EMPTY_HISTORY;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ExternalError(`${where} is not JSON (${String(error)}); fix or remove it to go on`);
    }
    const read = readHistoryIndex(value);
    if (!read.ok)
        throw new ExternalError(`${where} is not an exbench history index: ${read.problem}`);
    return read.index;
}
/**
 * Adds the runs to the history on `branch` under `dir` (`.` for the branch's root), retrying on the
 * newest commit when another job pushed first; the branch is created when missing.
 */
async function publishHistory(branch, runs, options) {
    const prefix = options.dir === '' || options.dir === '.' ? '' : `${options.dir.replace(/\/+$/, '')}/`;
    let stored = 0;
    const result = await branch.update(async (files) => {
        const index = parseIndexText(await files.read(`${prefix}${INDEX_FILE}`), `${prefix}${INDEX_FILE}`);
        const change = addRuns(index, runs, options.maxHistory, options.title);
        stored = change.index.entries.length;
        return {
            write: Object.fromEntries(Object.entries(change.write).map(([file, text]) => [`${prefix}${file}`, text])),
            remove: change.remove.map((file) => `${prefix}${file}`),
            message: `exbench: add ${runs.map((r) => r.report.benchmark_name).join(', ')} (${runs.length} run${runs.length === 1 ? '' : 's'})`,
        };
    });
    return { ...result, runs: stored };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/flags.js
var flags = __webpack_require__(93279);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/statistics.js
var statistics = __webpack_require__(51322);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/merge-reports.js


/**
 * Joins reports of a matrix into one report per benchmark. Results of one model split over shards
 * (`--shard i/n`) become one model result with every row, its counts and distributions computed
 * again; different models are kept side by side with their own details. Reports of one benchmark
 * name must hold the same benchmark (prompt, evaluator and, for shards, the same rows): anything
 * else, or a row that two shards both ran, is refused naming both files, never silently joined.
 * A shard set with shards missing (1/3 and 2/3 without 3/3) is refused naming them unless
 * `allowPartial`; then the merged report lists them in `missing_shards`.
 */
function mergeReports(inputs, options = {}) {
    const groups = new Map();
    for (const input of inputs) {
        const key = input.report.benchmark_name;
        groups.set(key, [...(groups.get(key) ?? []), input]);
    }
    return [...groups.values()].map((group) => mergeBenchmark(group, options.allowPartial === true));
}
/** What a shell says about a merged report that lacks shards. */
function partialMergeWarning(benchmarkName, missing) {
    return `"${benchmarkName}" is merged without shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')}: its figures leave those rows out`;
}
/** The shard numbers of a split that none of `inputs` holds, ascending; empty for whole runs. */
function missingShards(inputs) {
    const shards = inputs.flatMap(({ report }) => (report.shard ? [report.shard] : []));
    const count = shards[0]?.count ?? 0;
    const present = new Set(shards.map((shard) => shard.index));
    return Array.from({ length: count }, (_, i) => i + 1).filter((index) => !present.has(index));
}
function mergeBenchmark(inputs, allowPartial) {
    const [first, ...rest] = inputs;
    if (first === undefined)
        throw new Error('mergeBenchmark needs a report');
    for (const other of rest)
        checkSameBenchmark(first, other);
    const models = new Map();
    for (const { label, report } of inputs) {
        for (const model of report.models) {
            // A sweep's variants of one model are models of their own here.
            const key = `${model.model.toLowerCase()} @ ${model.variant ?? ''}`;
            const seen = models.get(key);
            if (seen === undefined) {
                models.set(key, {
                    model,
                    from: label,
                    indexes: new Map(model.results.map((r) => [resultKey(r), label])),
                });
                continue;
            }
            const overlap = model.results.filter((r) => seen.indexes.has(resultKey(r))).map((r) => r.index);
            if (overlap.length > 0) {
                const first = model.results.find((r) => seen.indexes.has(resultKey(r)));
                const other = (first && seen.indexes.get(resultKey(first))) ?? seen.from;
                throw new errors/* ConfigurationError */.j1(`${label} and ${other} both hold row${overlap.length === 1 ? '' : 's'} ${overlap.slice(0, 10).join(', ')} of model ${model.model} in "${report.benchmark_name}": shards must split the rows (--shard i/n with one n), not repeat them`);
            }
            for (const r of model.results)
                seen.indexes.set(resultKey(r), label);
            seen.model = joinModel(seen.model, model);
        }
    }
    const missing = missingShards(inputs);
    if (missing.length > 0 && !allowPartial) {
        const count = first.report.shard?.count ?? 0;
        throw new errors/* ConfigurationError */.j1(`"${first.report.benchmark_name}" is missing shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} (merging ${inputs.map(({ label }) => label).join(', ')}): its rows would be left out; pass --allow-partial to merge the shards present`);
    }
    const shards = inputs.map(({ report }) => report.shard ?? null);
    const sharded = shards.some((s) => s !== null);
    const promptIterations = sharded ? joinedIterations(inputs) : first.report.prompt_iterations;
    const merged = [...models.values()].map(({ model }) => model);
    const allRows = merged.flatMap((m) => m.results);
    const notRun = allRows.filter((r) => r.status === 'not_run').length;
    const rowsRun = allRows.length - notRun;
    const correct = allRows.filter((r) => r.correct).length;
    const answered = allRows.filter((r) => r.prompt_response.errored !== true);
    const starts = inputs.map(({ report }) => report.started_at).sort();
    const ends = inputs.map(({ report }) => report.finished_at).sort();
    const base = { ...first.report };
    // The merged report holds every shard's rows: it is no shard itself.
    delete base.shard;
    delete base.missing_shards;
    return {
        ...base,
        prompt_iterations: promptIterations,
        models: merged,
        overall_correct_count: correct,
        overall_incorrect_count: rowsRun - correct,
        overall_accuracy: rowsRun === 0 ? 0 : correct / rowsRun,
        average_tokens_per_second: (0,statistics/* mean */.i2)(answered.map((r) => r.prompt_response.tokens_per_second).filter((v) => v > 0)) ?? 0,
        average_total_duration_ms: (0,statistics/* mean */.i2)(answered.map((r) => r.prompt_response.total_duration_ms)) ?? 0,
        average_load_duration_ms: (0,statistics/* mean */.i2)(answered.map((r) => r.prompt_response.load_duration_ms)) ?? 0,
        status: inputs.every(({ report }) => report.status !== 'interrupted') ? 'completed' : 'interrupted',
        started_at: starts[0] ?? first.report.started_at,
        finished_at: ends.at(-1) ?? first.report.finished_at,
        overall_errored_count: allRows.filter((r) => r.status === 'errored').length,
        overall_timed_out_count: allRows.filter((r) => r.status === 'timed_out').length,
        overall_not_run_count: notRun,
        merged_from: inputs.map(({ label, report }) => ({
            file: label,
            shard: report.shard === undefined ? null : { index: report.shard.index, count: report.shard.count },
            started_at: report.started_at,
            models: report.models.map((m) => m.model),
            environment: report.environment ?? null,
        })),
        ...(missing.length > 0 ? { missing_shards: missing } : {}),
    };
}
/** Same name is not enough: the prompt, the evaluator and (for shards) the whole file must match. */
function checkSameBenchmark(a, b) {
    const differ = (field) => new errors/* ConfigurationError */.j1(`${a.label} and ${b.label} are both "${a.report.benchmark_name}" but their ${field} differ: they are not the same benchmark and cannot be merged`);
    if (a.report.base_prompt !== b.report.base_prompt)
        throw differ('base_prompt');
    if (a.report.evaluator !== b.report.evaluator)
        throw differ('evaluators');
    const shardA = a.report.shard;
    const shardB = b.report.shard;
    if (shardA && shardB) {
        if (shardA.content_sha256 !== shardB.content_sha256)
            throw differ('benchmark files (content hash)');
        if (shardA.count !== shardB.count)
            throw differ(`shard counts (${shardA.count} and ${shardB.count})`);
    }
    else if (!shardA && !shardB) {
        if (JSON.stringify(a.report.prompt_iterations) !== JSON.stringify(b.report.prompt_iterations)) {
            throw differ('rows (prompt_iterations)');
        }
    }
    else {
        throw new errors/* ConfigurationError */.j1(`${shardA ? a.label : b.label} is a shard and ${shardA ? b.label : a.label} is not: merge shards of one split, or whole runs`);
    }
}
/** Each shard lists its rows' indexes beside its prompt_iterations; the merge puts them in file order. */
function joinedIterations(inputs) {
    const byIndex = new Map();
    for (const { report } of inputs) {
        const rows = report.shard?.rows ?? [];
        report.prompt_iterations.forEach((iteration, i) => {
            const index = rows[i];
            if (index !== undefined)
                byIndex.set(index, iteration);
        });
    }
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, iteration]) => iteration);
}
/** One model's results from two shards, its counts and distributions computed from the rows. */
/** A result's place: its row and, with repeats, which repeat of it. */
function resultKey(result) {
    return `${result.index ?? 0}#${result.repeat ?? 1}`;
}
function joinModel(a, b) {
    // In the order a run writes them: each repeat a pass over the rows.
    const results = [...a.results, ...b.results].sort((x, y) => (x.repeat ?? 1) - (y.repeat ?? 1) || (x.index ?? 0) - (y.index ?? 0));
    const count = (status) => results.filter((r) => r.status === status).length;
    const notRun = count('not_run');
    const run = results.length - notRun;
    const correct = results.filter((r) => r.correct).length;
    const answered = results.filter((r) => r.prompt_response.errored !== true);
    const figure = (pick) => answered.map(pick).filter((v) => typeof v === 'number');
    const decode = figure((r) => r.prompt_response.tokens_per_second).filter((v) => v > 0);
    const total = figure((r) => r.prompt_response.total_duration_ms).filter((v) => v > 0);
    const load = figure((r) => r.prompt_response.load_duration_ms);
    const distribution = (values) => {
        const d = (0,statistics/* describe */.q0)(values);
        return { n: d.n, mean: d.mean, median: d.median, p95: d.p95, min: d.min, max: d.max };
    };
    return {
        ...a,
        results,
        correct_count: correct,
        incorrect_count: run - correct,
        accuracy: run === 0 ? 0 : correct / run,
        average_tokens_per_second: (0,statistics/* mean */.i2)(decode) ?? 0,
        average_total_duration_ms: (0,statistics/* mean */.i2)(total) ?? 0,
        average_load_duration_ms: (0,statistics/* mean */.i2)(load) ?? 0,
        status: a.status === 'completed' && b.status === 'completed'
            ? 'completed'
            : a.status === 'completed'
                ? b.status
                : a.status,
        error: a.error ?? b.error,
        pulled: a.pulled || b.pulled,
        passed_count: count('passed'),
        failed_count: count('failed'),
        errored_count: count('errored'),
        server_errored_count: results.filter((r) => r.error_kind === 'server').length,
        timed_out_count: count('timed_out'),
        not_run_count: notRun,
        decode_tokens_per_second: distribution(decode),
        prefill_tokens_per_second: distribution(figure((r) => r.prompt_response.prefill_tokens_per_second)),
        time_to_first_token_ms: distribution(figure((r) => r.prompt_response.time_to_first_token_ms)),
        total_duration_ms: distribution(total),
        load_duration_ms: distribution(load),
        // Figures over repeats are per shard; left out rather than shown for part of the rows.
        pass_at_k: undefined,
        accuracy_interval: undefined,
        accuracy_interval_method: undefined,
        rows: undefined,
        repeat_spread: undefined,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/stream-json.js
var stream_json = __webpack_require__(34029);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/site-commands.js











const SITE_USAGE = `Usage: exbench dashboard <reports or folders\u2026> --out <dir> [--title <text>]
       exbench merge <reports or folders\u2026> --out <dir> [--allow-partial]

exbench dashboard builds the static history site from report files: <dir>/index.html (charts of
accuracy, decode tokens/s and time to first token over time per model and machine, the latest
leaderboard; opens from file:// too), <dir>/data/index.json and the reports under <dir>/data/runs/.

exbench merge joins the reports of a matrix into one report per benchmark: the shards of one model
(--shard i/n) become one model result; other models are kept beside it. Shards of different files
or overlapping rows are refused, and so is a split with shards missing (1/3 and 2/3 without 3/3)
unless --allow-partial: the merged report then lists the absent shards in missing_shards.

Exit status: 0 when written, 2 for bad arguments or reports that cannot be read or merged.`;
/** `exbench dashboard` and `exbench merge`; returns the exit status. */
async function runSiteCommand(name, args, io) {
    const { values, positionals } = parseSiteArgs(name, args);
    if (values.help === true) {
        io.stdout(`${SITE_USAGE}\n`);
        return 0;
    }
    const out = values.out;
    if (typeof out !== 'string' || out === '') {
        throw new errors/* ConfigurationError */.j1(`${name} needs --out <dir>: the folder to write to (see exbench ${name} --help)`);
    }
    if (positionals.length === 0) {
        throw new errors/* ConfigurationError */.j1(`${name} needs at least one report file or folder (see exbench ${name} --help)`);
    }
    const read = await readReportArguments(positionals, io.cwd);
    for (const line of read.skipped)
        io.stderr(`warning: skipped ${line}\n`);
    const reports = read.reports
        .filter((r) => isOwnReport(r.report))
        .map((r) => ({ label: external_node_path_.relative(io.cwd, r.path) || r.path, report: r.report }));
    const predecessor = read.reports.length - reports.length;
    if (predecessor > 0)
        io.stderr(`warning: skipped ${predecessor} report(s) of the predecessor (no report_format)\n`);
    if (reports.length === 0)
        throw new errors/* ConfigurationError */.j1(`no exbench report found in ${positionals.join(', ')}`);
    const outDir = external_node_path_.resolve(io.cwd, out);
    if (name === 'merge') {
        const mergedReports = mergeReports(reports, { allowPartial: values['allow-partial'] === true });
        const store = new report_store/* DirectoryReportStore */.x(outDir, '--out');
        await store.prepare();
        for (const merged of mergedReports) {
            if (merged.missing_shards)
                io.stderr(`warning: ${partialMergeWarning(merged.benchmark_name, merged.missing_shards)}\n`);
            const file = await store.write((0,report_file_name/* reportFileStem */.e)(merged.benchmark_name, new Date(merged.started_at)), (0,stream_json/* streamJson */.f)(merged));
            const models = merged.models.length;
            io.stdout(`${merged.benchmark_name}: ${merged.merged_from?.length ?? 1} report(s), ${models} model(s) \u2192 ${external_node_path_.relative(io.cwd, file) || file}\n`);
        }
        return 0;
    }
    const runs = [...reports]
        .sort((a, b) => a.report.started_at.localeCompare(b.report.started_at))
        .map(({ report }) => ({ report, origin: { commit: null, ref: null, runUrl: null } }));
    const title = typeof values.title === 'string' ? values.title : undefined;
    const site = addRuns(history_index_EMPTY_HISTORY, runs, Number.MAX_SAFE_INTEGER, title);
    await writeFiles(outDir, site.write);
    io.stdout(`Dashboard of ${site.index.entries.length} run(s): ${external_node_path_.join(external_node_path_.relative(io.cwd, outDir) || '.', 'index.html')}\n`);
    return 0;
}
function parseSiteArgs(name, args) {
    return (0,flags/* parseFlags */.b)({
        args: [...args],
        allowPositionals: true,
        options: {
            out: { type: 'string' },
            title: { type: 'string' },
            'allow-partial': { type: 'boolean', default: false },
            help: { type: 'boolean', short: 'h', default: false },
        },
    }, `exbench ${name}`);
}
function isOwnReport(report) {
    return 'report_format' in report;
}


/***/ })

};
