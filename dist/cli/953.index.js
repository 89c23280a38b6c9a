export const id = 953;
export const ids = [953];
export const modules = {

/***/ 87731:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ longestBacktickRun),
/* harmony export */   OF: () => (/* binding */ fenced),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dp: () => (/* binding */ byteLength)
/* harmony export */ });
/* harmony import */ var _safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51863);
/** Text primitives shared by the markdown renderers (results and comparison). */

/** The longest run of backticks in `text`: a code span or fence must be longer to hold it. */
function longestBacktickRun(text) {
    return Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
}
/**
 * A fenced block that its content cannot close: the fence is longer than any backtick run inside.
 * One trailing newline of `text` is dropped, so the fence always sits on its own line.
 */
function fenced(untrusted, language = '') {
    // Mentions are inert in code; control characters are not.
    const text = (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(untrusted);
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    const tag = language.replace(/[^\w+#.-]/g, '');
    return `${fence}${tag}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function escapeHtml(text) {
    return (0,_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownSafeText */ .Ik)(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
/** Text that stays plain in a markdown line: no HTML, no emphasis or links, no line breaks. */
function escapeInline(text) {
    return escapeHtml(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(/([\\`*_[\]|#])/g, '\\$1');
}
/** Size in UTF-8 bytes, the unit of the job summary's limit (never fewer than the comment's characters). */
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ }),

/***/ 49468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ modelRan),
/* harmony export */   $C: () => (/* binding */ accuracyCellText),
/* harmony export */   D8: () => (/* binding */ modelAccuracy),
/* harmony export */   OP: () => (/* binding */ figureText),
/* harmony export */   XZ: () => (/* binding */ rowValues),
/* harmony export */   mM: () => (/* binding */ modelLabel),
/* harmony export */   pm: () => (/* binding */ ROW_FIGURES),
/* harmony export */   rr: () => (/* binding */ rowsRun)
/* harmony export */ });
/* unused harmony exports percentText, answered */
/* harmony import */ var _core_row_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50969);

/**
 * Figures read back from a report for the renderers of its other formats: a figure the report
 * lacks (an errored row, a model that never answered) is null, never 0 or NaN.
 */
/** A number as text with `digits` decimals, or `\u2013` when there is none. */
function figureText(value, digits) {
    return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '\u2013';
}
/** A fraction as a percentage with one decimal, or `\u2013`. */
function percentText(fraction) {
    return typeof fraction === 'number' && Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)}%` : '\u2013';
}
/** Whether the model's rows were (at least partly) run, so its figures mean something. */
function modelRan(model) {
    return (0,_core_row_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .ranRows */ .HO)(model.status);
}
/** Rows run: all but those an interruption left not run. */
function rowsRun(model) {
    return model.results.length - (model.not_run_count ?? 0);
}
/** Accuracy over the rows run, or null when none ran (the report's own field says 0 then). */
function modelAccuracy(model) {
    const judged = rowsRun(model) - (model.no_expectation_count ?? 0);
    return modelRan(model) && judged > 0 ? model.accuracy : null;
}
/** A model's accuracy as text: a percentage, `\u2013`, or "no expectation" when nothing it answered was judged. */
function accuracyCellText(model) {
    const judged = rowsRun(model) - (model.no_expectation_count ?? 0);
    return modelRan(model) && judged === 0 && (model.no_expectation_count ?? 0) > 0
        ? 'no expectation'
        : percentText(modelAccuracy(model));
}
/** Whether the server answered the row, so its timings are the server's and not placeholders. */
function answered(result) {
    return result.prompt_response.errored !== true && result.status !== 'not_run';
}
/** Per-row figures, null where the row has none. */
const ROW_FIGURES = {
    decodeTokensPerSecond: (r) => answered(r) && r.prompt_response.eval_count !== undefined ? r.prompt_response.tokens_per_second : null,
    timeToFirstTokenMs: (r) => answered(r) ? (r.prompt_response.time_to_first_token_ms ?? null) : null,
    totalDurationMs: (r) => answered(r) ? r.prompt_response.total_duration_ms : null,
};
/** The row's values of one figure, those it lacks left out. */
function rowValues(model, figure) {
    return model.results
        .map(ROW_FIGURES[figure])
        .filter((value) => value !== null && Number.isFinite(value));
}
/** The model's name as a reader tells the models apart: its spec, and the variant when a sweep made one. */
function modelLabel(model) {
    return typeof model.variant === 'string' && model.variant !== ''
        ? `${model.model} (${model.variant})`
        : model.model;
}


/***/ }),

/***/ 85953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* binding */ INDEX_FILE),
  am: () => (/* binding */ MODELS_FOLDER),
  reportFolderFiles: () => (/* binding */ reportFolderFiles)
});

// UNUSED EXPORTS: reportOfModel

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-figures.js
var report_figures = __webpack_require__(49468);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/report-benchmark-action.js

/**
 * The report's figures as github-action-benchmark's input: `biggerIsBetter` for its
 * `customBiggerIsBetter` tool (accuracy, decode speed), `smallerIsBetter` for
 * `customSmallerIsBetter` (time to first token, total time, warm-up load). An entry is named
 * `<benchmark> · <model> · <figure>`, stable from run to run so the action charts its history; a
 * figure the model lacks (it never answered) has no entry rather than a 0.
 */
function benchmarkActionEntries(report) {
    const biggerIsBetter = [];
    const smallerIsBetter = [];
    for (const model of report.models) {
        const name = (figure) => `${report.benchmark_name} · ${(0,report_figures/* modelLabel */.mM)(model)} · ${figure}`;
        const accuracy = (0,report_figures/* modelAccuracy */.D8)(model);
        if (accuracy !== null) {
            biggerIsBetter.push({
                name: name('accuracy'),
                unit: '%',
                value: round(accuracy * 100),
                extra: `${model.passed_count} of ${(0,report_figures/* rowsRun */.rr)(model)} rows passed`,
            });
        }
        pushMedian(biggerIsBetter, name('decode speed'), 'tokens/s', model.decode_tokens_per_second);
        pushMedian(smallerIsBetter, name('time to first token'), 'ms', model.time_to_first_token_ms);
        pushMedian(smallerIsBetter, name('total time per row'), 'ms', model.total_duration_ms);
        if (model.warmup_load_duration_ms !== null) {
            smallerIsBetter.push({
                name: name('warm-up load'),
                unit: 'ms',
                value: round(model.warmup_load_duration_ms),
            });
        }
    }
    return { biggerIsBetter, smallerIsBetter };
}
/** The median, with the spread as `range` and the sample in `extra`. */
function pushMedian(into, name, unit, d) {
    if (d.median === null)
        return;
    const spread = d.min !== null && d.max !== null ? { range: `${round(d.min)} \u2013 ${round(d.max)}` } : {};
    into.push({
        name,
        unit,
        value: round(d.median),
        ...spread,
        extra: `median of ${d.n} rows${d.p95 === null ? '' : `; p95 ${round(d.p95)}`}`,
    });
}
function round(value) {
    return Math.round(value * 1000) / 1000;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-file-name.js
var report_file_name = __webpack_require__(36495);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/server-registry.js
var server_registry = __webpack_require__(74976);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/engine-text.js

/**
 * Each engine the run used, from the report's `engines`; reports written before engines existed
 * name only Ollama.
 */
function reportEngines(report) {
    if (report.engines === undefined)
        return [{ label: server_registry/* ENGINE_LABELS */.H.ollama, version: report.ollama.version, host: report.ollama.host }];
    return report.engines.map((use) => ({
        label: server_registry/* ENGINE_LABELS */.H[use.engine],
        version: use.version,
        host: use.host,
    }));
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/safe-text.js
var safe_text = __webpack_require__(51863);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/html-text.js

/**
 * Untrusted text as HTML text or a quoted attribute value: the five markup characters become
 * references and control characters become visible (`\x1b`), so nothing a model or server sends
 * can open an element, end a script or style, leave an attribute or hide itself.
 */
function htmlText(text) {
    return (0,safe_text/* escapeControls */.UN)(text).replace(/[&<>"']/g, (c) => HTML_REFERENCES[c] ?? c);
}
const HTML_REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/statistics.js
var statistics = __webpack_require__(51322);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/figure-text.js
var figure_text = __webpack_require__(62080);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/svg-charts.js




/**
 * Charts as inline SVG, drawn from numbers alone: no script, no remote font or style, so the page
 * that holds them stays one self-contained file. Colours come from classes in the page's style
 * sheet (no style attributes, which a strict Content-Security-Policy would block). Every label is
 * escaped; a missing figure is drawn as `\u2013`, never as a zero-length bar.
 */
const WIDTH = 760;
const LABEL_WIDTH = 220;
const RIGHT_MARGIN = 70;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
const ROW_HEIGHT = 30;
const TOP = 26;
const BOTTOM = 30;
/** Horizontal bars from 0 to 100 %, one per label. */
function barChartSvg(title, bars) {
    const height = TOP + bars.length * ROW_HEIGHT + BOTTOM;
    const x = (fraction) => LABEL_WIDTH + fraction * PLOT_WIDTH;
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${TOP - 6}" y2="${height - BOTTOM}"/>` +
        `<text class="tick" x="${x(t)}" y="${height - BOTTOM + 16}" text-anchor="middle">${t * 100}%</text>`);
    const rows = bars.map((bar, i) => {
        const y = TOP + i * ROW_HEIGHT;
        const value = (0,figure_text/* percent */.K)(bar.fraction);
        const shape = bar.fraction === null
            ? ''
            : `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 5}" width="${svg_charts_round(bar.fraction * PLOT_WIDTH)}" height="${ROW_HEIGHT - 10}"/>`;
        const valueX = bar.fraction === null ? LABEL_WIDTH + 4 : x(bar.fraction) + 6;
        return (`<g><title>${htmlText(`${bar.label}: ${value}`)}</title>${label(bar.label, y)}${shape}` +
            `<text class="value" x="${svg_charts_round(valueX)}" y="${y + ROW_HEIGHT / 2 + 4}">${value}</text></g>`);
    });
    return svg('accuracy', title, height, [...ticks, ...rows]);
}
/** How many points a strip shows at most; beyond it an even selection, so the file stays small. */
const MAX_POINTS = 400;
/**
 * A box plot per label (whiskers at min and max, the box from the first to the third quartile, a
 * line at the median) over a strip of the individual values, on one axis from 0.
 */
function distributionSvg(kind, title, unit, samples) {
    const height = TOP + samples.length * ROW_HEIGHT + BOTTOM;
    const top = niceCeiling(Math.max(0, ...samples.flatMap((s) => s.values)));
    const x = (value) => svg_charts_round(LABEL_WIDTH + (top === 0 ? 0 : value / top) * PLOT_WIDTH);
    const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
        const value = top * t;
        return (`<line class="grid" x1="${x(value)}" x2="${x(value)}" y1="${TOP - 6}" y2="${height - BOTTOM}"/>` +
            `<text class="tick" x="${x(value)}" y="${height - BOTTOM + 16}" text-anchor="middle">${tickText(value)}</text>`);
    });
    const rows = samples.map((sample, i) => {
        const y = TOP + i * ROW_HEIGHT;
        const middle = y + ROW_HEIGHT / 2;
        if (sample.values.length === 0) {
            return `<g><title>${htmlText(`${sample.label}: no figure`)}</title>${label(sample.label, y)}<text class="value" x="${LABEL_WIDTH + 4}" y="${middle + 4}">\u2013</text></g>`;
        }
        const sorted = [...sample.values].sort((a, b) => a - b);
        const [min, q1, median, q3, max] = [0, 0.25, 0.5, 0.75, 1].map((q) => (0,statistics/* quantile */.YV)(sorted, q));
        const points = evenSelection(sample.values, MAX_POINTS).map((value, k) => `<circle class="point" cx="${x(value)}" cy="${svg_charts_round(middle + (jitter(k) - 0.5) * (ROW_HEIGHT - 12))}" r="2"/>`);
        const summary = `${sample.label}: median ${(0,report_figures/* figureText */.OP)(median, 1)} ${unit}, quartiles ${(0,report_figures/* figureText */.OP)(q1, 1)}\u2013${(0,report_figures/* figureText */.OP)(q3, 1)}, range ${(0,report_figures/* figureText */.OP)(min, 1)}\u2013${(0,report_figures/* figureText */.OP)(max, 1)}, ${sorted.length} rows`;
        return (`<g><title>${htmlText(summary)}</title>${label(sample.label, y)}` +
            `<line class="whisker" x1="${x(min)}" x2="${x(max)}" y1="${middle}" y2="${middle}"/>` +
            `<rect class="box" x="${x(q1)}" y="${y + 6}" width="${svg_charts_round(Math.max(1, x(q3) - x(q1)))}" height="${ROW_HEIGHT - 12}"/>` +
            points.join('') +
            `<line class="median" x1="${x(median)}" x2="${x(median)}" y1="${y + 4}" y2="${y + ROW_HEIGHT - 4}"/>` +
            `<text class="value" x="${x(max) + 6}" y="${middle + 4}">${(0,report_figures/* figureText */.OP)(median, 1)}</text></g>`);
    });
    return svg(kind, `${title} (${unit}; box: quartiles, line: median, dots: rows)`, height, [
        ...ticks,
        ...rows,
    ]);
}
const CELL_WIDTH = 90;
const SHADES = 5;
function heatmapSvg(matrix) {
    const columns = matrix.columnLabels.length;
    const height = TOP + 20 + matrix.rowLabels.length * ROW_HEIGHT + 10;
    const width = Math.max(WIDTH, LABEL_WIDTH + columns * CELL_WIDTH + 10);
    const all = matrix.values.flat().filter((v) => v !== null && Number.isFinite(v));
    const low = Math.min(...all);
    const high = Math.max(...all);
    const shade = (value) => {
        const t = high === low ? 1 : (value - low) / (high - low);
        return Math.round((matrix.higherIsBetter ? t : 1 - t) * (SHADES - 1));
    };
    const header = matrix.columnLabels.map((column, c) => `<text class="tick" x="${LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2}" y="${TOP + 8}" text-anchor="middle">${htmlText(clip(column, 14))}</text>`);
    const cells = matrix.rowLabels.map((row, r) => {
        const y = TOP + 20 + r * ROW_HEIGHT;
        const rowCells = matrix.columnLabels.map((column, c) => {
            const value = matrix.values[r]?.[c] ?? null;
            const ok = value !== null && Number.isFinite(value);
            const text = ok ? matrix.format(value) : '\u2013';
            const cellX = LABEL_WIDTH + c * CELL_WIDTH;
            return (`<g><title>${htmlText(`${row} · ${column}: ${text}`)}</title>` +
                `<rect class="${ok ? `shade-${shade(value)}` : 'empty'}" x="${cellX + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${ROW_HEIGHT - 2}"/>` +
                `<text class="cell${ok && shade(value) >= 3 ? ' on-dark' : ''}" x="${cellX + CELL_WIDTH / 2}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="middle">${htmlText(text)}</text></g>`);
        });
        return label(row, y) + rowCells.join('');
    });
    return svg('heatmap', matrix.title, height, [...header, ...cells], width);
}
function svg(kind, title, height, parts, width = WIDTH) {
    return (`<svg class="chart" data-chart="${htmlText(kind)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
        `width="${width}" height="${height}" role="img" aria-label="${htmlText(title)}">` +
        `<title>${htmlText(title)}</title>${parts.join('')}</svg>`);
}
function label(text, y) {
    return `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${htmlText(clip(text, 32))}</text>`;
}
function clip(text, chars) {
    const points = Array.from(text);
    return points.length <= chars ? text : `${points.slice(0, chars - 1).join('')}\u2026`;
}
/** 1, 2 or 5 times a power of ten, at least `value`: an axis end that reads well. */
function niceCeiling(value) {
    if (value <= 0)
        return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    return [1, 2, 5, 10].map((m) => m * power).find((end) => end >= value) ?? 10 * power;
}
function tickText(value) {
    return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, '');
}
/** At most `count` values, evenly spaced through the sample, in order. */
function evenSelection(values, count) {
    if (values.length <= count)
        return [...values];
    return Array.from({ length: count }, (_, i) => values[Math.floor((i * values.length) / count)]);
}
/** A fixed scatter in [0, 1) (the golden-ratio sequence), so the same report draws the same dots. */
function jitter(k) {
    return (k * 0.618_033_988_75) % 1;
}
function svg_charts_round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/report-html.js





/**
 * A report as one self-contained HTML page: the run, the models' table, inline SVG charts of
 * accuracy and of the speed distributions, any heatmaps, and every row (prompt, code, output,
 * reason) collapsed. It loads nothing: no script at all, and a Content-Security-Policy that
 * forbids every remote load and every inline style but the page's own style sheet (by its hash).
 * Every text from the report is escaped (htmlText). Yields the page in pieces, row by row, so a
 * large report is never one string.
 */
function* renderHtmlReport(report, options = {}) {
    const csp = `default-src 'none'; style-src '${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
    yield `<meta http-equiv="Content-Security-Policy" content="${csp}">\n`;
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
    yield `<title>${htmlText(`${report.benchmark_name} \u2014 exbench report`)}</title>\n`;
    yield `<style>${STYLE}</style>\n</head>\n<body>\n`;
    yield* header(report, options);
    yield modelTable(report.models);
    yield* charts(report, options.heatmaps ?? sweepHeatmaps(report));
    yield '<section id="rows"><h2>Rows</h2>\n';
    for (const model of report.models)
        yield* modelRows(model);
    yield '</section>\n';
    yield `<footer><p>${htmlText(report.measurement.accuracy ?? '')}</p><p>${htmlText(report.measurement.tokens_per_second ?? '')}</p><p>${htmlText(report.measurement.time_to_first_token_ms ?? '')}</p></footer>\n`;
    yield '</body>\n</html>\n';
}
function* header(report, options) {
    yield `<header><h1>${htmlText(report.benchmark_name)}</h1>`;
    if (report.purpose !== '')
        yield `<p class="purpose">${htmlText(report.purpose)}</p>`;
    const facts = [
        ['Benchmark file', `${report.benchmark_file} (${report.prompt_iterations.length} rows)`],
        ['Evaluator', report.evaluator],
        ...reportEngines(report).map(({ label, version, host }) => [
            label,
            `${version} at ${host}`,
        ]),
        [
            'Run',
            `${report.started_at} to ${report.finished_at}${report.status === 'interrupted' ? ' (interrupted)' : ''}`,
        ],
        ['Options', JSON.stringify(report.options)],
        ['Sandbox', report.sandbox ? `${report.sandbox.tier} tier` : '\u2013'],
        ['exbench', report.exbench_version],
    ];
    yield `<dl class="facts">${facts.map(([term, value]) => `<dt>${htmlText(term)}</dt><dd>${htmlText(value)}</dd>`).join('')}</dl>`;
    if (report.status === 'interrupted') {
        yield `<p class="warning">The run was interrupted: ${report.overall_not_run_count ?? 0} rows not run (counted apart, not as failed).</p>`;
    }
    if (report.sandbox?.warning)
        yield `<p class="warning">${htmlText(report.sandbox.warning)}</p>`;
    if (report.speed_warning)
        yield `<p class="warning">${htmlText(report.speed_warning)}</p>`;
    const files = options.files ?? [];
    if (files.length > 0) {
        yield `<nav><h2>Files</h2><ul>${files
            .map((f) => `<li><a href="${htmlText(encodeURI(f.name))}">${htmlText(f.name)}</a> \u2014 ${htmlText(f.description)}</li>`)
            .join('')}</ul></nav>`;
    }
    yield '</header>\n';
}
const COLUMNS = [
    'Model',
    'Status',
    'Accuracy',
    'Passed',
    'Failed',
    'Errored',
    'Timed out',
    'Not run',
    'Decode tok/s',
    'TTFT ms',
    'Total ms',
    'Load ms',
];
function modelTable(models) {
    const rows = models.map((model) => {
        const counts = (0,report_figures/* modelRan */.$0)(model)
            ? [
                model.passed_count,
                model.failed_count,
                model.errored_count,
                model.timed_out_count,
                model.not_run_count ?? 0,
            ]
            : [];
        const cells = [
            (0,report_figures/* accuracyCellText */.$C)(model),
            ...(counts.length > 0 ? counts.map(String) : ['\u2013', '\u2013', '\u2013', '\u2013', '\u2013']),
            (0,report_figures/* figureText */.OP)(model.decode_tokens_per_second.median, 1),
            (0,report_figures/* figureText */.OP)(model.time_to_first_token_ms.median, 0),
            (0,report_figures/* figureText */.OP)(model.total_duration_ms.median, 0),
            (0,report_figures/* figureText */.OP)(model.warmup_load_duration_ms, 0),
        ];
        const status = model.error === null ? model.status : `${model.status}: ${model.error}`;
        return `<tr><th scope="row">${htmlText((0,report_figures/* modelLabel */.mM)(model))}</th><td>${htmlText(status)}</td>${cells.map((c) => `<td class="number">${c}</td>`).join('')}</tr>`;
    });
    return (`<section id="models"><h2>Models</h2><table><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>` +
        `<tbody>${rows.join('')}</tbody></table>` +
        '<p class="note">Decode tok/s, TTFT and Total are medians over the rows the server answered; Load is the warm-up load time; \u2013 marks a figure the model does not have.</p></section>\n');
}
const SPEED_CHARTS = [
    { figure: 'decodeTokensPerSecond', kind: 'decode', title: 'Decode speed', unit: 'tokens/s' },
    { figure: 'timeToFirstTokenMs', kind: 'ttft', title: 'Time to first token', unit: 'ms' },
    { figure: 'totalDurationMs', kind: 'total', title: 'Total time', unit: 'ms' },
];
/** The sweep's success rates (the report's `heatmap`), model by variant; none without a sweep. */
function sweepHeatmaps(report) {
    const heatmap = report.heatmap;
    if (!heatmap || heatmap.variants.length === 0)
        return [];
    return [
        {
            title: `Success rate by model and ${heatmap.options.join(', ')} (mean per-row pass rate)`,
            rowLabels: heatmap.models,
            columnLabels: heatmap.variants,
            values: heatmap.success_rate,
            format: (value) => `${(value * 100).toFixed(0)}%`,
            higherIsBetter: true,
        },
    ];
}
function* charts(report, heatmaps) {
    yield '<section id="charts"><h2>Charts</h2>';
    const accuracy = report.models.map((model) => ({
        label: (0,report_figures/* modelLabel */.mM)(model),
        fraction: (0,report_figures/* modelAccuracy */.D8)(model),
    }));
    yield figure('Accuracy by model (passed over rows run)', barChartSvg('Accuracy by model', accuracy));
    for (const { figure: rowFigure, kind, title, unit } of SPEED_CHARTS) {
        const samples = report.models.map((model) => ({
            label: (0,report_figures/* modelLabel */.mM)(model),
            values: (0,report_figures/* rowValues */.XZ)(model, rowFigure),
        }));
        yield figure(`${title} per row, ${unit} (box: quartiles, line: median, dots: rows)`, distributionSvg(kind, title, unit, samples));
    }
    for (const matrix of heatmaps)
        yield figure(matrix.title, heatmapSvg(matrix));
    yield '</section>\n';
}
function figure(caption, svg) {
    return `<figure><figcaption>${htmlText(caption)}</figcaption>${svg}</figure>`;
}
function* modelRows(model) {
    yield `<section class="model"><h3>${htmlText((0,report_figures/* modelLabel */.mM)(model))}</h3>`;
    if (model.results.length === 0) {
        yield `<p>No rows: ${htmlText(model.error ?? model.status)}</p>`;
    }
    for (const result of model.results)
        yield rowDetails(result);
    yield '</section>\n';
}
function rowDetails(result) {
    const where = result.yaml_line === null ? '' : ` · line ${result.yaml_line}`;
    const reason = result.reason === null ? '' : ` \u2014 ${htmlText(result.reason)}`;
    const summary = `<summary><span class="status ${result.status}">${result.status.replace('_', ' ')}</span> Row ${result.index}${where}${reason}</summary>`;
    const response = result.prompt_response;
    const facts = [
        ...Object.entries(result.dynamic_variables).map(([name, value]) => [name, value]),
        ['Expected', result.expected_result],
        ['Got', result.execution_result],
        ['Reason', result.reason ?? '\u2013'],
        ['Decode tok/s', (0,report_figures/* figureText */.OP)(report_figures/* ROW_FIGURES */.pm.decodeTokensPerSecond(result), 1)],
        ['TTFT ms', (0,report_figures/* figureText */.OP)(report_figures/* ROW_FIGURES */.pm.timeToFirstTokenMs(result), 0)],
        ['Total ms', (0,report_figures/* figureText */.OP)(report_figures/* ROW_FIGURES */.pm.totalDurationMs(result), 0)],
        ...(response.error === null ? [] : [['Server error', response.error]]),
        ...(result.execution?.exit_code == null
            ? []
            : [['Exit code', String(result.execution.exit_code)]]),
    ];
    const blocks = [
        ['Prompt', result.input_prompt],
        ['Code', result.extracted_code],
        ['Output', result.execution_result === '' ? null : result.execution_result],
        ['Stderr', result.execution?.stderr || null],
        ['Thinking', result.thinking],
        ['Response', response.response === '' ? null : response.response],
    ];
    return (`<details class="row ${result.status}">${summary}` +
        `<dl>${facts.map(([term, value]) => `<dt>${htmlText(term)}</dt><dd>${htmlText(value)}</dd>`).join('')}</dl>` +
        blocks
            .filter((block) => block[1] !== null)
            .map(([title, text]) => `<h4>${title}</h4><pre>${htmlText(text)}</pre>`)
            .join('') +
        '</details>\n');
}
const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; }
body { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
.purpose { color: #59636e; margin-top: 0; }
dl.facts, details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.5rem 0.75rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { background: #f6f8fa; overflow-wrap: normal; } tbody th { min-width: 9rem; }
.note, footer { color: #59636e; font-size: 0.88rem; }
figure { margin: 1rem 0; overflow-x: auto; } figcaption { font-weight: 600; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg .label, svg .value, svg .tick, svg .cell { fill: #1f2328; } svg .tick { fill: #59636e; font-size: 11px; }
svg .grid { stroke: #d0d7de; stroke-width: 1; }
svg .bar { fill: #2da44e; }
svg .box { fill: #b6e3ff; stroke: #0969da; stroke-width: 1; fill-opacity: 0.7; }
svg .whisker { stroke: #0969da; stroke-width: 1.5; } svg .median { stroke: #0550ae; stroke-width: 3; }
svg .point { fill: #1f2328; fill-opacity: 0.45; }
svg .empty { fill: #eaeef2; } svg .on-dark { fill: #fff; }
svg .shade-0 { fill: #dafbe1; } svg .shade-1 { fill: #aceebb; } svg .shade-2 { fill: #6fdd8b; } svg .shade-3 { fill: #2da44e; } svg .shade-4 { fill: #116329; }
details.row { border: 1px solid #d0d7de; border-radius: 6px; margin: 0.3rem 0; padding: 0.3rem 0.6rem; }
details.row[open] { background: #f6f8fa; }
summary { cursor: pointer; overflow-wrap: anywhere; }
.status { display: inline-block; min-width: 5.5rem; font-weight: 600; }
.status.passed { color: #1a7f37; } .status.failed, .status.timed_out { color: #cf222e; } .status.errored { color: #9a6700; } .status.not_run { color: #59636e; }
pre { background: #fff; border: 1px solid #d0d7de; padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 30rem; }
h4 { margin: 0.6rem 0 0.2rem; }
`;
/** The style sheet's hash, the one inline style the Content-Security-Policy allows. */
const styleHash = `sha256-${(0,external_node_crypto_.createHash)('sha256').update(STYLE).digest('base64')}`;

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/markdown-text.js
var markdown_text = __webpack_require__(87731);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/evaluators.js
var evaluators = __webpack_require__(97779);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/answer-language.js

/**
 * The language to fence an answer under: its own fence's tag, else the evaluator's (python for the
 * python evaluators, json for json_validator_eval), else none: a raw_string_evaluator answer is
 * text, and calling it python would colour it wrongly.
 */
function answerLanguage(fenceLanguage, evaluatorName) {
    if (fenceLanguage)
        return fenceLanguage;
    const evaluator = Object.hasOwn(evaluators/* EVALUATORS */.J, evaluatorName)
        ? evaluators/* EVALUATORS */.J[evaluatorName]
        : undefined;
    return evaluator?.languages[0] ?? '';
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/row-verdict.js
var row_verdict = __webpack_require__(50969);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/report-markdown.js





/**
 * A report as a markdown file to keep or read beside the others: the run, a table of the models'
 * figures, and every row that did not pass in a collapsed section with its reason, code and output.
 * Unlike the job summary it has no size limit, so nothing is left out. Untrusted text is escaped:
 * no HTML, links or mentions act.
 */
function renderReportMarkdown(report) {
    const interrupted = report.status === 'interrupted'
        ? [
            `> [!WARNING]\n> The run was interrupted: ${report.overall_not_run_count ?? 0} rows not run (counted apart, not as failed).`,
        ]
        : [];
    const sandboxWarning = [report.sandbox?.warning, report.speed_warning]
        .filter((warning) => typeof warning === 'string' && warning !== '')
        .map((warning) => `> [!WARNING]\n> ${(0,markdown_text/* escapeInline */.VV)(warning)}`);
    const parts = [
        `# ${(0,markdown_text/* escapeInline */.VV)(report.benchmark_name)}`,
        ...(report.purpose === '' ? [] : [(0,markdown_text/* escapeInline */.VV)(report.purpose)]),
        [
            `- Benchmark file: ${(0,markdown_text/* escapeInline */.VV)(report.benchmark_file)} (${report.prompt_iterations.length} rows)`,
            `- Evaluator: ${(0,markdown_text/* escapeInline */.VV)(report.evaluator)}`,
            ...reportEngines(report).map(({ label, version, host }) => `- ${label} ${(0,markdown_text/* escapeInline */.VV)(version)} at ${(0,markdown_text/* escapeInline */.VV)(host)}`),
            `- Run from ${(0,markdown_text/* escapeInline */.VV)(report.started_at)} to ${(0,markdown_text/* escapeInline */.VV)(report.finished_at)} with exbench ${(0,markdown_text/* escapeInline */.VV)(report.exbench_version)}`,
            `- Options: ${(0,markdown_text/* escapeInline */.VV)(JSON.stringify(report.options))}`,
        ].join('\n'),
        ...interrupted,
        ...sandboxWarning,
        report_markdown_modelTable(report.models),
        'Decode tok/s, TTFT and Total are medians over the rows the server answered; Load is the warm-up load time. \u2013 marks a figure the model does not have.',
        ...report.models
            .map((model) => failureSection(model, report.evaluator))
            .filter((section) => section !== ''),
    ];
    return `${parts.join('\n\n')}\n`;
}
const HEADER = ['Model', 'Status', 'Accuracy', 'Passed', 'Failed', 'Errored', 'Timed out', 'Not run'];
const FIGURES = ['Decode tok/s', 'TTFT ms', 'Total ms', 'Load ms'];
function report_markdown_modelTable(models) {
    const header = [...HEADER, ...FIGURES];
    const rows = models.map((model) => {
        const status = model.error === null ? model.status : `${model.status}: ${model.error}`;
        return [
            (0,markdown_text/* escapeInline */.VV)((0,report_figures/* modelLabel */.mM)(model)),
            (0,markdown_text/* escapeInline */.VV)(status),
            (0,report_figures/* accuracyCellText */.$C)(model),
            ...((0,report_figures/* modelRan */.$0)(model)
                ? [
                    model.passed_count,
                    model.failed_count,
                    model.errored_count,
                    model.timed_out_count,
                    model.not_run_count ?? 0,
                ]
                : [null, null, null, null, null]).map((count) => (count === null ? '\u2013' : String(count))),
            (0,report_figures/* figureText */.OP)(model.decode_tokens_per_second.median, 1),
            (0,report_figures/* figureText */.OP)(model.time_to_first_token_ms.median, 0),
            (0,report_figures/* figureText */.OP)(model.total_duration_ms.median, 0),
            (0,report_figures/* figureText */.OP)(model.warmup_load_duration_ms, 0),
        ];
    });
    return [
        `| ${header.join(' | ')} |`,
        `| --- | --- | ${header
            .slice(2)
            .map(() => '---:')
            .join(' | ')} |`,
        ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    ].join('\n');
}
function failureSection(model, evaluatorName) {
    const failing = model.results.filter((r) => (0,row_verdict/* didNotPass */.mD)(r.status));
    if (failing.length === 0)
        return '';
    return [
        '<details>',
        `<summary>${(0,markdown_text/* escapeHtml */.ZD)((0,report_figures/* modelLabel */.mM)(model))}: ${failing.length} of ${(0,report_figures/* rowsRun */.rr)(model)} rows did not pass</summary>`,
        '',
        failing.map((result) => failureDetail(result, evaluatorName)).join('\n\n'),
        '',
        '</details>',
    ].join('\n');
}
function failureDetail(result, evaluatorName) {
    const where = result.yaml_line === null ? '' : ` (line ${result.yaml_line})`;
    const lines = [
        `**Row ${result.index}${where}: ${result.status.replace('_', ' ')}**${result.reason ? ` \u2014 ${(0,markdown_text/* escapeInline */.VV)(result.reason)}` : ''}`,
        '',
        ...Object.entries(result.dynamic_variables).map(([name, value]) => `- ${(0,markdown_text/* escapeInline */.VV)(name)}: ${(0,markdown_text/* escapeInline */.VV)(value)}`),
        `- Expected: ${(0,markdown_text/* escapeInline */.VV)(result.expected_result)}`,
    ];
    if (result.prompt_response.error !== null)
        lines.push(`- Server error: ${(0,markdown_text/* escapeInline */.VV)(result.prompt_response.error)}`);
    if (result.extracted_code !== null)
        lines.push('', (0,markdown_text/* fenced */.OF)(result.extracted_code, answerLanguage(result.code_language, evaluatorName)));
    if (result.execution_result !== '')
        lines.push('', 'Output:', '', (0,markdown_text/* fenced */.OF)(result.execution_result, 'text'));
    const stderr = result.execution?.stderr ?? '';
    if (stderr !== '')
        lines.push('', 'Stderr:', '', (0,markdown_text/* fenced */.OF)(stderr, 'text'));
    return lines.join('\n');
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/stream-json.js
var stream_json = __webpack_require__(34029);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/report-folder.js






/**
 * A file whose renderer's module is loaded when the file is written: JUnit's XML builder and the
 * CSV writer are large libraries, and a run that asks for neither format never loads them.
 */
async function* loadedThenRendered(load, render) {
    yield render(await load());
}
const csvModule = () => __webpack_require__.e(/* import() */ 665).then(__webpack_require__.bind(__webpack_require__, 76665));
/** The page of the folder: the HTML report, linking every other file. */
const INDEX_FILE = 'index.html';
/** The folder of a report folder that holds each model's report alone. */
const MODELS_FOLDER = 'models';
/**
 * The files of a report's folder for `formats`: the JSON report first (the report a comparison
 * reads), one JSON report per model under `models/`, `index.html` (the HTML report, which links the
 * others), then the files of each other format asked for. Pure: the caller writes them.
 */
function reportFolderFiles(report, formats, stem) {
    const files = [
        { name: `${stem}.json`, description: 'the JSON report', render: () => (0,stream_json/* streamJson */.f)(report) },
        ...modelFiles(report),
    ];
    if (formats.includes('csv')) {
        files.push({
            name: `${stem}.csv`,
            description: 'CSV, one record per result',
            render: () => loadedThenRendered(csvModule, (csv) => csv.renderResultsCsv(report)),
        }, {
            name: `${stem}.models.csv`,
            description: 'CSV, one record per model',
            render: () => loadedThenRendered(csvModule, (csv) => csv.renderModelsCsv(report)),
        });
    }
    if (formats.includes('junit')) {
        files.push({
            name: `${stem}.junit.xml`,
            description: 'JUnit XML, a testsuite per model and a testcase per row',
            render: () => loadedThenRendered(() => __webpack_require__.e(/* import() */ 521).then(__webpack_require__.bind(__webpack_require__, 67521)), (junit) => junit.renderJunit(report)),
        });
    }
    if (formats.includes('md')) {
        files.push({ name: `${stem}.md`, description: 'markdown', render: () => [renderReportMarkdown(report)] });
    }
    if (formats.includes('github-action-benchmark')) {
        const entries = () => benchmarkActionEntries(report);
        files.push({
            name: `${stem}.customBiggerIsBetter.json`,
            description: "github-action-benchmark's customBiggerIsBetter input (accuracy, decode speed)",
            render: () => [JSON.stringify(entries().biggerIsBetter, null, 2)],
        }, {
            name: `${stem}.customSmallerIsBetter.json`,
            description: "github-action-benchmark's customSmallerIsBetter input (times)",
            render: () => [JSON.stringify(entries().smallerIsBetter, null, 2)],
        });
    }
    const linked = files.map(({ name, description }) => ({ name, description }));
    return [
        ...files.slice(0, 1),
        { name: INDEX_FILE, description: 'this page', render: () => renderHtmlReport(report, { files: linked }) },
        ...files.slice(1),
    ];
}
/** A JSON report per model, named after it (`models/qwen2.5-coder_1.5b.json`), each once. */
function modelFiles(report) {
    const taken = new Set();
    return report.models.map((model) => {
        const base = (0,report_file_name/* safeFileName */.T)((0,report_figures/* modelLabel */.mM)(model), 'model');
        let name = base;
        for (let n = 2; taken.has(name.toLowerCase()); n += 1)
            name = `${base}_${n}`;
        taken.add(name.toLowerCase());
        return {
            name: `${MODELS_FOLDER}/${name}.json`,
            description: `the JSON report of ${(0,report_figures/* modelLabel */.mM)(model)} alone`,
            render: () => (0,stream_json/* streamJson */.f)(reportOfModel(report, model)),
        };
    });
}
/**
 * The report as if only `model` had run: its overall figures are the model's, so the file reads
 * (and compares, with `exbench compare`) as a report of its own.
 */
function reportOfModel(report, model) {
    return {
        ...report,
        models: [model],
        overall_correct_count: model.correct_count,
        overall_incorrect_count: model.incorrect_count,
        overall_accuracy: model.accuracy,
        average_tokens_per_second: model.average_tokens_per_second,
        average_total_duration_ms: model.average_total_duration_ms,
        average_load_duration_ms: model.average_load_duration_ms,
        overall_errored_count: model.errored_count,
        overall_timed_out_count: model.timed_out_count,
        overall_not_run_count: model.not_run_count ?? 0,
    };
}


/***/ })

};
