export const id = 385;
export const ids = [385];
export const modules = {

/***/ 39385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compare: () => (/* binding */ compare),
  judgeAgainstBaseline: () => (/* binding */ judgeAgainstBaseline),
  readReportArgument: () => (/* binding */ readReportArgument)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/baseline-reports.js + 1 modules
var baseline_reports = __webpack_require__(10144);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/config/comparison-settings.js
var comparison_settings = __webpack_require__(70477);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/constants.js
var constants = __webpack_require__(75512);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/statistics.js
var statistics = __webpack_require__(51322);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/regression/bootstrap.js
var bootstrap = __webpack_require__(62353);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/server-registry.js
var server_registry = __webpack_require__(74976);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/regression/fingerprint-compare.js

/** Relative difference in total memory below which two machines count as the same size. */
const MEMORY_TOLERANCE = 0.05;
/**
 * Compares where two reports measured. Hardware (OS, architecture, CPU model and cores, memory,
 * GPUs with their driver) or the Ollama version differing makes speed not comparable. A report
 * without a fingerprint (the predecessor's, or exbench before it recorded one) cannot show a
 * difference: speed is still judged, with a note saying the machine was not recorded.
 */
function compareFingerprints(base, head) {
    const reasons = [];
    const notes = [];
    const differ = (label, a, b) => {
        if (a !== null && b !== null && a !== b)
            reasons.push(`${label}: ${a} \u2192 ${b}`);
    };
    const used = (version) => version === undefined || version === server_registry/* NOT_USED_VERSION */.zP ? null : version;
    differ('Ollama', used(base.ollama?.version), used(head.ollama?.version));
    // The other engines' versions, where both runs used the engine (Ollama's is compared above).
    for (const engine of ['llamacpp', 'openai']) {
        const version = (report) => report.engines?.find((use) => use.engine === engine)?.version ?? null;
        differ(server_registry/* ENGINE_LABELS */.H[engine], version(base), version(head));
    }
    // Requests served together each decode slower, so speed at one concurrency says nothing of another.
    const concurrency = (report) => report.settings?.request_concurrency ?? 1;
    if (concurrency(base) !== concurrency(head)) {
        reasons.push(`requests at once: ${concurrency(base)} \u2192 ${concurrency(head)} (requests served together each run slower)`);
    }
    const a = base.environment ?? null;
    const b = head.environment ?? null;
    if (a === null || b === null) {
        const missing = [a === null ? 'base' : null, b === null ? 'head' : null].filter(Boolean).join(' and ');
        notes.push(`the machine was not recorded on ${missing}; speed is compared without checking it`);
    }
    else {
        differ('OS', osLabel(a), osLabel(b));
        differ('architecture', a.arch ?? null, b.arch ?? null);
        differ('CPU', a.cpu?.model ?? null, b.cpu?.model ?? null);
        differ('CPU cores', numberLabel(a.cpu?.cores), numberLabel(b.cpu?.cores));
        const memoryA = a.memory_bytes ?? null;
        const memoryB = b.memory_bytes ?? null;
        if (memoryA !== null &&
            memoryB !== null &&
            Math.abs(memoryA - memoryB) > MEMORY_TOLERANCE * Math.max(memoryA, memoryB)) {
            reasons.push(`memory: ${gib(memoryA)} \u2192 ${gib(memoryB)}`);
        }
        differ('GPU', gpuLabel(a), gpuLabel(b));
        const imageA = runnerImage(a);
        const imageB = runnerImage(b);
        if (imageA !== null && imageB !== null && imageA !== imageB)
            notes.push(`runner image: ${imageA} \u2192 ${imageB}`);
    }
    const optionsA = canonicalJson(base.options ?? null);
    const optionsB = canonicalJson(head.options ?? null);
    if (base.options && head.options && optionsA !== optionsB)
        notes.push(`options: ${optionsA} \u2192 ${optionsB}`);
    return { speedComparable: reasons.length === 0, reasons, notes };
}
function compareDigests(base, head) {
    const a = base.details?.digest ?? null;
    const b = head.details?.digest ?? null;
    return { base: a, head: b, changed: a !== null && b !== null && a !== b };
}
function osLabel(environment) {
    if (!environment?.os)
        return null;
    return `${environment.os.platform} ${environment.os.release}`;
}
function gpuLabel(environment) {
    const gpus = environment?.gpus;
    if (!gpus)
        return null;
    if (gpus.length === 0)
        return 'none';
    return gpus
        .map((gpu) => [gpu.name, gpu.memory, gpu.driver && `driver ${gpu.driver}`].filter((part) => part).join(', '))
        .join('; ');
}
function runnerImage(environment) {
    const runner = environment?.runner;
    if (!runner?.image_os)
        return null;
    return [runner.image_os, runner.image_version].filter((part) => part).join(' ');
}
function numberLabel(value) {
    return value === null || value === undefined ? null : String(value);
}
function gib(bytes) {
    return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}
/** JSON with object keys sorted, so equal values give equal text whatever the key order. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : inner);
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/regression/mcnemar.js
function exactMcNemar(worse, better) {
    for (const [name, value] of [
        ['worse', worse],
        ['better', better],
    ]) {
        if (!Number.isInteger(value) || value < 0)
            throw new RangeError(`${name} must be a whole number \u2265 0, got ${value}`);
    }
    const n = worse + better;
    return {
        worse,
        better,
        discordant: n,
        pTwoSided: Math.min(1, 2 * binomialHalfAtMost(Math.min(worse, better), n)),
        pHeadWorse: binomialHalfAtLeast(worse, n),
        pHeadBetter: binomialHalfAtLeast(better, n),
    };
}
/** P(X \u2265 k) for X ~ Binomial(n, 1/2). */
function binomialHalfAtLeast(k, n) {
    // Symmetric around n/2: P(X \u2265 k) = P(X \u2264 n \u2212 k).
    return binomialHalfAtMost(n - k, n);
}
/** P(X \u2264 k) for X ~ Binomial(n, 1/2), summed in log space so large n neither underflows nor overflows. */
function binomialHalfAtMost(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    const logHalfPowerN = -n * Math.LN2;
    const logTerms = [];
    let logChoose = 0; // log C(n, 0)
    for (let i = 0; i <= k; i += 1) {
        if (i > 0)
            logChoose += Math.log((n - i + 1) / i);
        logTerms.push(logChoose + logHalfPowerN);
    }
    const largest = Math.max(...logTerms);
    const sum = logTerms.reduce((total, term) => total + Math.exp(term - largest), 0);
    return Math.min(1, Math.exp(largest + Math.log(sum)));
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/model-ref.js
var model_ref = __webpack_require__(17464);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/run-targets.js
var run_targets = __webpack_require__(51643);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/core/regression/compare-reports.js







const DEFAULT_COMPARISON_OPTIONS = {
    ...constants/* DEFAULT_COMPARISON_THRESHOLDS */.rK,
    resamples: bootstrap/* DEFAULT_BOOTSTRAP_RESAMPLES */._s,
    confidence: bootstrap/* DEFAULT_CONFIDENCE */.FH,
};
/** Fewer answered rows than this on either side and a speed figure is shown but not judged. */
const MIN_SPEED_SAMPLES = 5;
/** Why speed is not judged on a side where the server failed too many rows. */
const OUTAGE_SPEED_REASON = 'the server failed too many rows on a side; speed measured through a server fault is not judged';
/** More than this share of a model's rows errored by the server, on either side, and it is not judged. */
const MAX_SERVER_ERRORED_SHARE = 0.1;
const SPEED_FIGURES = [
    {
        figure: 'decode_tokens_per_second',
        label: 'decode tok/s',
        higherIsBetter: true,
        read: (r) => r.prompt_response?.tokens_per_second,
    },
    {
        figure: 'time_to_first_token_ms',
        label: 'TTFT ms',
        higherIsBetter: false,
        read: (r) => r.prompt_response?.time_to_first_token_ms,
    },
    {
        figure: 'total_duration_ms',
        label: 'total ms',
        higherIsBetter: false,
        read: (r) => r.prompt_response?.total_duration_ms,
    },
];
/**
 * Compares a head report with its base, model by model, on rows paired by index (and checked to be
 * the same row: same variables and expectation). Pure and deterministic for given options.
 */
function compareReports(base, head, options = {}) {
    const settings = { ...DEFAULT_COMPARISON_OPTIONS, ...options };
    const sameBenchmark = base.benchmark_name === head.benchmark_name;
    const environment = compareFingerprints(base, head);
    const baseModels = modelsByName(base);
    const headModels = modelsByName(head);
    const models = [];
    // Models with rows on both sides, and those of them where not one row pairs.
    const bothAnswered = [];
    const noRowPaired = [];
    for (const [id, headModel] of headModels) {
        const baseModel = baseModels.get(id);
        if (!baseModel) {
            models.push(oneSided(displayName(headModel), 'added'));
            continue;
        }
        const compared = compareModel({ report: base, model: baseModel }, { report: head, model: headModel }, sameBenchmark, environment, settings);
        models.push(compared);
        if (baseModel.results.length > 0 && headModel.results.length > 0) {
            bothAnswered.push(compared.model);
            // Rows the server lost on a side pair with nothing; that makes the model inconclusive, not
            // the benchmark another version.
            if (compared.accuracy?.pairedRows === 0 && compared.verdict !== 'inconclusive')
                noRowPaired.push(compared.model);
        }
    }
    for (const [id, baseModel] of baseModels) {
        if (!headModels.has(id))
            models.push(oneSided(displayName(baseModel), 'removed'));
    }
    const regressions = models.flatMap(regressionLines);
    return {
        benchmark: { base: base.benchmark_name, head: head.benchmark_name, same: sameBenchmark },
        mismatch: findMismatch(base, head, noRowPaired.length > 0 && noRowPaired.length === bothAnswered.length ? noRowPaired : [], models.some((model) => model.verdict !== 'added' && model.verdict !== 'removed')),
        options: settings,
        environment,
        models,
        regressed: regressions.length > 0,
        regressions,
        inconclusive: models
            .filter((m) => m.verdict === 'inconclusive')
            .map((m) => `${m.model}: ${m.notes[0] ?? ''}`),
    };
}
function compareModel(base, head, sameBenchmark, environment, options) {
    const name = displayName(head.model);
    const notes = [];
    const digest = compareDigests(base.model, head.model);
    if (digest.changed)
        notes.push(`model digest changed: ${shortDigest(digest.base)} \u2192 ${shortDigest(digest.head)}`);
    for (const [label, side] of [
        ['base', base],
        ['head', head],
    ]) {
        if (side.model.results.length === 0) {
            const status = side.model.status
                ? ` (${side.model.status}${side.model.error ? `: ${side.model.error}` : ''})`
                : '';
            notes.push(`no rows on ${label}${status}`);
        }
    }
    const baseRows = rowsOf(base);
    const headRows = rowsOf(head);
    const serverErrored = { base: serverErroredRows(baseRows), head: serverErroredRows(headRows) };
    const paired = [];
    let changedRows = 0;
    let lostToServer = 0;
    if (sameBenchmark) {
        for (const [index, headRow] of headRows) {
            const baseRow = baseRows.get(index);
            if (!baseRow)
                continue;
            if (!sameRow(baseRow, headRow)) {
                changedRows += 1;
                continue;
            }
            // A server fault says nothing about the model: such a result is left out, and a row left
            // with no result on a side is not compared.
            const pair = { base: answeredOnly(baseRow), head: answeredOnly(headRow) };
            if (pair.base.results.length === 0 || pair.head.results.length === 0)
                lostToServer += 1;
            else
                paired.push(pair);
        }
    }
    else {
        notes.push(`different benchmarks: "${base.report.benchmark_name}" and "${head.report.benchmark_name}"`);
    }
    if (changedRows > 0)
        notes.push(`${changedRows} row(s) changed between base and head and are not compared`);
    const unpaired = baseRows.size + headRows.size - 2 * paired.length - 2 * changedRows - 2 * lostToServer;
    const share = (count, rows) => (rows.size === 0 ? 0 : count / rows.size);
    const inconclusive = share(serverErrored.base, baseRows) > MAX_SERVER_ERRORED_SHARE ||
        share(serverErrored.head, headRows) > MAX_SERVER_ERRORED_SHARE;
    if (serverErrored.base + serverErrored.head > 0) {
        const counted = `rows errored by the server (not the model): ${serverErrored.base} of ${baseRows.size} on base, ${serverErrored.head} of ${headRows.size} on head; left out of the comparison`;
        if (inconclusive) {
            notes.unshift(`inconclusive: ${counted}, and more than ${MAX_SERVER_ERRORED_SHARE * 100}% of a side is too many to judge; run it again`);
        }
        else {
            notes.push(counted);
        }
    }
    if (sameBenchmark && unpaired > 0)
        notes.push(`${unpaired} row(s) present on one side only are not compared`);
    // Free-form answers with nothing to judge (evaluator none) are timed, not judged.
    const judged = paired
        .map((pair) => ({ base: judgedOnly(pair.base), head: judgedOnly(pair.head) }))
        .filter((pair) => pair.base.results.length > 0 && pair.head.results.length > 0);
    const accuracy = paired.length > 0 && judged.length === 0
        ? noExpectation(compareAccuracy([], serverErrored, options), paired.length)
        : compareAccuracy(judged, serverErrored, options);
    const speed = SPEED_FIGURES.map((spec) => compareSpeed(spec, paired.flatMap((pair) => pair.base.results), paired.flatMap((pair) => pair.head.results), environment, options, { base: figureSource(base.model, spec.figure), head: figureSource(head.model, spec.figure) })).map((comparison) => 
    // A server failing that many rows was in trouble for the others too: their speed says nothing.
    inconclusive && comparison.verdict !== 'not comparable'
        ? { ...comparison, verdict: 'not comparable', reason: OUTAGE_SPEED_REASON }
        : comparison);
    const flipped = [];
    const fixed = [];
    for (const pair of judged) {
        const baseOutcome = outcome(pair.base);
        const headOutcome = outcome(pair.head);
        if (headOutcome.passRate < baseOutcome.passRate) {
            flipped.push({
                index: pair.head.index,
                variables: pair.head.variables ?? pair.base.variables,
                expected: pair.head.expected ?? pair.base.expected,
                base: baseOutcome,
                head: headOutcome,
            });
        }
        else if (headOutcome.passRate > baseOutcome.passRate) {
            fixed.push(pair.head.index);
        }
    }
    return {
        model: name,
        verdict: inconclusive ? 'inconclusive' : modelVerdict(accuracy, speed),
        accuracy,
        speed,
        digest,
        flipped,
        fixed,
        notes,
    };
}
function compareAccuracy(paired, serverErrored, options) {
    const rates = paired.map((pair) => ({ base: passRate(pair.base), head: passRate(pair.head) }));
    const worse = rates.filter((r) => r.head < r.base).length;
    const better = rates.filter((r) => r.head > r.base).length;
    const test = exactMcNemar(worse, better);
    const single = paired.every((pair) => pair.base.results.length === 1 && pair.head.results.length === 1);
    const base = rates.length === 0 ? null : rates.reduce((sum, r) => sum + r.base, 0) / rates.length;
    const head = rates.length === 0 ? null : rates.reduce((sum, r) => sum + r.head, 0) / rates.length;
    const change = base === null || head === null ? null : head - base;
    let verdict = 'unchanged';
    let reason = null;
    // A tolerance so that e.g. 0.80 \u2212 0.85 counts as a drop of 0.05.
    const enough = (delta) => delta >= options.minAccuracyDrop - 1e-9;
    if (change === null) {
        verdict = 'not comparable';
        reason = 'no rows in common';
    }
    else if (test.pHeadWorse <= options.alpha && enough(-change)) {
        verdict = 'regressed';
    }
    else if (test.pHeadBetter <= options.alpha && enough(change)) {
        verdict = 'improved';
    }
    return {
        pairedRows: paired.length,
        serverErrored,
        base,
        head,
        change,
        test: single ? 'mcnemar' : 'sign',
        worse,
        better,
        pTwoSided: test.pTwoSided,
        pHeadWorse: test.pHeadWorse,
        pHeadBetter: test.pHeadBetter,
        verdict,
        reason,
    };
}
function compareSpeed(spec, baseResults, headResults, environment, options, sources) {
    const baseValues = speedValues(baseResults, spec.read);
    const headValues = speedValues(headResults, spec.read);
    const interval = (0,bootstrap/* bootstrapMedianRatio */.E6)(baseValues, headValues, {
        seed: options.seed,
        resamples: options.resamples,
        confidence: options.confidence,
    });
    const comparison = {
        figure: spec.figure,
        label: spec.label,
        higherIsBetter: spec.higherIsBetter,
        baseMedian: (0,statistics/* describe */.q0)(baseValues).median,
        headMedian: (0,statistics/* describe */.q0)(headValues).median,
        baseCount: baseValues.length,
        headCount: headValues.length,
        ratio: interval?.ratio ?? null,
        lower: interval?.lower ?? null,
        upper: interval?.upper ?? null,
        verdict: 'not comparable',
        reason: null,
    };
    if (interval === null) {
        comparison.reason = `no ${spec.label} on ${baseValues.length === 0 ? 'base' : 'head'}`;
    }
    else if (sources.base !== sources.head || sources.base === 'mixed') {
        comparison.reason = `timed by the ${sources.base} on base and by the ${sources.head} on head; figures of different sources are not judged against each other`;
    }
    else if (!environment.speedComparable) {
        comparison.reason = `different environment: ${environment.reasons.join('; ')}`;
    }
    else if (baseValues.length < MIN_SPEED_SAMPLES || headValues.length < MIN_SPEED_SAMPLES) {
        comparison.reason = `fewer than ${MIN_SPEED_SAMPLES} answered rows on a side`;
    }
    else {
        // "Slower by s" is symmetric in log space: times × (1 + s), rates ÷ (1 + s).
        const slower = 1 + options.maxSlowdown;
        const worseBeyond = spec.higherIsBetter ? interval.upper < 1 / slower : interval.lower > slower;
        const betterBeyond = spec.higherIsBetter ? interval.lower > slower : interval.upper < 1 / slower;
        comparison.verdict = worseBeyond ? 'regressed' : betterBeyond ? 'improved' : 'unchanged';
    }
    return comparison;
}
/**
 * Who timed a model's figure: the report's figure_sources, else what reports before engines meant
 * (the server timed decode; the client, time to first token).
 */
function figureSource(model, figure) {
    const sources = model.figure_sources ?? null;
    switch (figure) {
        case 'decode_tokens_per_second':
            return sources?.decode_tokens_per_second ?? 'server';
        case 'time_to_first_token_ms':
            return sources?.time_to_first_token_ms ?? 'client';
        case 'total_duration_ms':
            return 'server';
    }
}
/** Regressed beats improved; a speed figure that could not be judged only shows when nothing else did. */
function modelVerdict(accuracy, speed) {
    const judgesAccuracy = accuracy.reason !== NO_EXPECTATION_REASON;
    const verdicts = [...(judgesAccuracy ? [accuracy.verdict] : []), ...speed.map((s) => s.verdict)];
    if (verdicts.includes('regressed'))
        return 'regressed';
    if (verdicts.includes('improved'))
        return 'improved';
    if (verdicts.includes('not comparable'))
        return 'not comparable';
    return 'unchanged';
}
function oneSided(model, verdict) {
    return { model, verdict, accuracy: null, speed: [], digest: null, flipped: [], fixed: [], notes: [] };
}
function regressionLines(model) {
    const lines = [];
    if (model.verdict === 'inconclusive')
        return lines;
    const a = model.accuracy;
    if (a?.verdict === 'regressed' && a.base !== null && a.head !== null) {
        lines.push(`${model.model}: accuracy ${percent(a.base)} \u2192 ${percent(a.head)} (${a.worse} row(s) worse, ${a.better} better, p = ${formatP(a.pHeadWorse)})`);
    }
    for (const s of model.speed) {
        if (s.verdict === 'regressed' && s.ratio !== null) {
            lines.push(`${model.model}: ${s.label} median ${fixed(s.baseMedian)} \u2192 ${fixed(s.headMedian)} (×${s.ratio.toFixed(2)}, interval ${s.lower?.toFixed(2)}\u2013${s.upper?.toFixed(2)})`);
        }
    }
    return lines;
}
/** `model @ variant`, as every table names a variant. */
function displayName(model) {
    return (0,run_targets/* variantLabel */._q)(model.model, model.variant);
}
/**
 * Models keyed by their canonical identity, so `llama3.2`, `llama3.2:latest` and `ollama~llama3.2`
 * pair, and by variant, so `temperature=0.5` on head pairs with `temperature=0.5` on base. exbench's
 * reports record the provider a bare name was read with; older ones mean Ollama.
 */
function modelsByName(report) {
    const models = new Map();
    for (const model of report.models) {
        const provider = model.provider ?? model_ref/* SERVED_PROVIDER */.e8;
        const id = JSON.stringify([(0,model_ref/* modelId */.ZR)(model.model, provider), model.variant ?? null]);
        if (!models.has(id))
            models.set(id, model);
    }
    return models;
}
/** The reason two reports cannot be compared, naming both sides; null when they can. */
function findMismatch(base, head, 
/** Models answered on both sides of which not one row pairs, when that is true of all such models. */
unpairedModels, 
/** Whether any model is on both sides. */
anyShared) {
    const names = `base "${base.benchmark_name}", head "${head.benchmark_name}"`;
    if (base.benchmark_name !== head.benchmark_name)
        return `the reports are of different benchmarks: ${names}`;
    if (head.models.length === 0)
        return `the head report has no models (${names})`;
    if (!anyShared && base.models.length > 0) {
        const list = (report) => report.models.map((m) => m.model).join(', ');
        return `the reports share no model, so nothing can be judged: base has ${list(base)}; head has ${list(head)}`;
    }
    if (unpairedModels.length > 0) {
        return `no row of the head report matches a row of the base report (same index, variables and expectation) for ${unpairedModels.join(', ')}: ${names} are different versions of the benchmark`;
    }
    return null;
}
/**
 * Results grouped by row; more than one result per row means repeats. A row an interruption left
 * not run has no result: it is absent, never a failure.
 */
function rowsOf(side) {
    const rows = new Map();
    side.model.results.forEach((result, position) => {
        if (result.status === 'not_run')
            return;
        const index = result.index ?? position + 1;
        let row = rows.get(index);
        if (!row) {
            const variables = result.dynamic_variables ?? side.report.prompt_iterations?.[index - 1]?.dynamic_variables ?? null;
            row = {
                index,
                variables: variables && stringValues(variables),
                expected: compare_reports_text(result.expected_result),
                results: [],
            };
            rows.set(index, row);
        }
        row.results.push(result);
    });
    return rows;
}
function isServerErrored(result) {
    return result.error_kind === 'server';
}
/** Rows with a result the server failed (error kind `server`). */
function serverErroredRows(rows) {
    return [...rows.values()].filter((row) => row.results.some(isServerErrored)).length;
}
/** Why accuracy is not judged when no paired row has an expectation. */
const NO_EXPECTATION_REASON = 'no expectation: the answers are timed, not judged; only speed is compared';
function noExpectation(accuracy, pairedRows) {
    return { ...accuracy, pairedRows, verdict: 'not comparable', reason: NO_EXPECTATION_REASON };
}
/** The row's results that were judged: not those answered with nothing to judge (evaluator none). */
function judgedOnly(row) {
    return { ...row, results: row.results.filter((result) => result.status !== 'answered') };
}
function answeredOnly(row) {
    return { ...row, results: row.results.filter((result) => !isServerErrored(result)) };
}
/** Same row when what is known on both sides agrees; `10.0` written and `10` parsed count as equal. */
function sameRow(a, b) {
    if (a.expected !== null && b.expected !== null && !sameText(a.expected, b.expected))
        return false;
    if (a.variables === null || b.variables === null)
        return true;
    const keys = new Set([...Object.keys(a.variables), ...Object.keys(b.variables)]);
    for (const key of keys) {
        const x = a.variables[key];
        const y = b.variables[key];
        if (x === undefined || y === undefined || !sameText(x, y))
            return false;
    }
    return true;
}
function sameText(a, b) {
    if (a === b)
        return true;
    const x = Number(a);
    const y = Number(b);
    return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && x === y;
}
function stringValues(record) {
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, compare_reports_text(value) ?? '']));
}
function compare_reports_text(value) {
    if (value === null || value === undefined)
        return null;
    return typeof value === 'string' ? value : canonicalJson(value);
}
function passRate(row) {
    return row.results.filter((r) => r.correct).length / row.results.length;
}
function outcome(row) {
    // Show a failing result when there is one: it is what explains a drop.
    const shown = row.results.find((r) => !r.correct) ?? row.results[0];
    return {
        passRate: passRate(row),
        results: row.results.length,
        status: shown?.status ?? null,
        reason: shown?.reason ?? null,
        executionResult: compare_reports_text(shown?.execution_result),
        extractedCode: shown?.extracted_code ?? null,
    };
}
/** Figures of answered rows only; 0 is how older reports wrote "no figure", never a measurement. */
function speedValues(results, read) {
    return results
        .filter((r) => r.prompt_response && r.prompt_response.errored !== true && r.status !== 'errored')
        .map(read)
        .filter((value) => typeof value === 'number' && Number.isFinite(value) && value > 0);
}
function shortDigest(digest) {
    return digest === null ? '?' : digest.replace(/^sha256:/, '').slice(0, 12);
}
function percent(value) {
    return `${(value * 100).toFixed(1)}%`;
}
function formatP(p) {
    if (p < 0.001)
        return '<0.001';
    return p.toFixed(3);
}
function fixed(value) {
    return value === null ? '\u2013' : value.toFixed(1);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/comparison-cells.js
function accuracyText(accuracy, style) {
    if (accuracy.base === null || accuracy.head === null || accuracy.change === null)
        return accuracy.reason ?? '\u2013';
    // The p-value of the test in the direction the accuracy moved.
    const p = accuracy.change < 0
        ? accuracy.pHeadWorse
        : accuracy.change > 0
            ? accuracy.pHeadBetter
            : accuracy.pTwoSided;
    return `${comparison_cells_percent(accuracy.base)} \u2192 ${comparison_cells_percent(accuracy.head)} (${points(accuracy.change)}, p = ${comparison_cells_formatP(p)})${style.mark(accuracy.verdict)}`;
}
function speedText(speed, figure, style) {
    const s = speed.find((item) => item.figure === figure);
    if (!s)
        return '\u2013';
    const medians = `${formatFigure(s.baseMedian)} \u2192 ${formatFigure(s.headMedian)}`;
    if (s.ratio === null)
        return medians;
    const interval = s.lower !== null && s.upper !== null ? ` [${s.lower.toFixed(2)}\u2013${s.upper.toFixed(2)}]` : '';
    const judged = s.verdict === 'not comparable' ? style.notJudged : style.mark(s.verdict);
    return `${medians} (×${s.ratio.toFixed(2)}${interval})${judged}`;
}
function comparison_cells_percent(value) {
    return `${(value * 100).toFixed(1)}%`;
}
function points(change) {
    const value = (change * 100).toFixed(1);
    if (value === '0.0' || value === '-0.0')
        return '±0.0 pts';
    return change < 0 ? `\u2212${value.slice(1)} pts` : `+${value} pts`;
}
function comparison_cells_formatP(p) {
    return p < 0.001 ? '<0.001' : p.toFixed(3);
}
function formatFigure(value) {
    if (value === null)
        return '\u2013';
    return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/markdown-text.js
var markdown_text = __webpack_require__(87731);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/safe-text.js
var safe_text = __webpack_require__(51863);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/comparison-markdown.js



const VERDICT_LABEL = {
    regressed: '\ud83d\udd34 regressed',
    improved: '\ud83d\udfe2 improved',
    unchanged: '\u26aa unchanged',
    'not comparable': '\u26a0\ufe0f not comparable',
    inconclusive: '\u26a0\ufe0f inconclusive (server faults)',
    added: '\ud83c\udd95 added',
    removed: '\u2796 removed',
};
const DETAIL_LEVELS = [
    { rows: Number.POSITIVE_INFINITY, chars: 4000 },
    { rows: 50, chars: 1500 },
    { rows: 20, chars: 600 },
    { rows: 10, chars: 200 },
    { rows: 5, chars: 80 },
    { rows: 0, chars: 0 },
];
/**
 * The comparison of head with its baseline as markdown, one section per benchmark, for the job
 * summary, the PR comment and the terminal alike. Pure. Stays under `maxLength` bytes by showing
 * less of the rows that flipped; the tables are never cut (short of a last-resort cut when the
 * tables alone are longer than the limit).
 */
function renderComparisonMarkdown(comparisons, options) {
    if (comparisons.length === 0)
        return '';
    for (const level of DETAIL_LEVELS) {
        const text = render(comparisons, level);
        if ((0,markdown_text/* byteLength */.dp)(text) <= options.maxLength)
            return text;
    }
    return cutToFit(render(comparisons, { rows: 0, chars: 0 }), options.maxLength);
}
function render(comparisons, level) {
    const parts = [headline(comparisons)];
    for (const item of comparisons)
        parts.push(section(item, level));
    const first = comparisons[0];
    if (first)
        parts.push(footnote(first.comparison.options));
    return `${parts.join('\n\n')}\n`;
}
function headline(comparisons) {
    const several = comparisons.length > 1;
    const lines = comparisons.flatMap(({ comparison }) => comparison.regressions.map((line) => `- ${several ? `${escapeMarkdown(comparison.benchmark.head)}: ` : ''}${escapeMarkdown(line)}`));
    const mismatches = comparisons.flatMap(({ comparison }) => comparison.mismatch === null ? [] : [`- ${escapeMarkdown(comparison.mismatch)}`]);
    if (lines.length === 0 && mismatches.length > 0)
        return ['\u26a0\ufe0f **Not comparable with the baseline:**', '', ...mismatches].join('\n');
    const inconclusive = comparisons.flatMap(({ comparison }) => comparison.inconclusive.map((line) => `- ${several ? `${escapeMarkdown(comparison.benchmark.head)}: ` : ''}${escapeMarkdown(line)}`));
    const notJudged = inconclusive.length === 0
        ? []
        : [
            '',
            `\u26a0\ufe0f **Not judged: the server failed too many rows** (${inconclusive.length}):`,
            '',
            ...inconclusive,
        ];
    if (lines.length === 0) {
        const clean = inconclusive.length === 0
            ? '\ud83d\udfe2 **No regression against the baseline.**'
            : '**No regression found among the models judged.**';
        return [clean, ...notJudged].join('\n');
    }
    return [`\ud83d\udd34 **Regression against the baseline** (${lines.length}):`, '', ...lines, ...notJudged].join('\n');
}
function section({ comparison, baseLabel }, level) {
    const { benchmark, environment } = comparison;
    const title = benchmark.same
        ? escapeMarkdown(benchmark.head)
        : `${escapeMarkdown(benchmark.head)} (baseline ran ${escapeMarkdown(benchmark.base)})`;
    const parts = [`### ${title}`, `Baseline: ${escapeMarkdown(baseLabel)}`];
    const context = [];
    if (!environment.speedComparable) {
        context.push(`\u26a0\ufe0f **Speed not comparable**, shown but not judged: the environments differ (${escapeMarkdown(environment.reasons.join('; '))}).`);
    }
    for (const note of environment.notes)
        context.push(`\u2139\ufe0f ${escapeMarkdown(note)}`);
    if (context.length > 0)
        parts.push(context.join('  \n'));
    parts.push(table(comparison.models));
    const notes = comparison.models.flatMap((model) => otherNotes(model).map((note) => `- **${escapeMarkdown(model.model)}**: ${escapeMarkdown(note)}`));
    if (notes.length > 0)
        parts.push(notes.join('\n'));
    const details = comparison.models
        .filter((model) => model.flipped.length > 0)
        .map((model) => flippedDetails(model, level));
    if (details.length > 0)
        parts.push(details.join('\n\n'));
    return parts.join('\n\n');
}
function table(models) {
    const header = ['Model', 'Accuracy (base \u2192 head)', 'Decode tok/s (median)', 'TTFT ms (median)', 'Verdict'];
    const lines = [row(header), row(header.map((_, i) => (i === 0 || i === 4 ? ':--' : '--:')))];
    for (const model of models) {
        lines.push(row([
            modelCell(model),
            model.accuracy ? accuracyCell(model.accuracy) : '\u2013',
            speedCell(model.speed, 'decode_tokens_per_second'),
            speedCell(model.speed, 'time_to_first_token_ms'),
            VERDICT_LABEL[model.verdict],
        ]));
    }
    return lines.join('\n');
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function modelCell(model) {
    const name = `\`${tableSafe(model.model.replaceAll('`', "'"))}\``;
    const digest = model.digest;
    if (!digest?.changed)
        return name;
    return `${name}<br>\u26a0\ufe0f digest changed: ${comparison_markdown_shortDigest(digest.base)} \u2192 ${comparison_markdown_shortDigest(digest.head)}`;
}
const MARKDOWN_CELLS = {
    mark: (verdict) => (verdict === 'regressed' ? ' \ud83d\udd34' : verdict === 'improved' ? ' \ud83d\udfe2' : ''),
    notJudged: ' _not judged_',
};
function accuracyCell(accuracy) {
    return escapeCell(accuracyText(accuracy, MARKDOWN_CELLS));
}
function speedCell(speed, figure) {
    return speedText(speed, figure, MARKDOWN_CELLS);
}
/** The model's notes but the digest one, which the table shows next to the name. */
function otherNotes(model) {
    return [
        ...model.notes.filter((note) => !note.startsWith('model digest changed')),
        ...speedNotJudged(model),
    ];
}
/**
 * Why a speed figure shows \u26a0\ufe0f not comparable, one line per reason (`TTFT, decode tok/s not judged:
 * fewer than 5 answered rows on a side`); differing environments are said once above the table.
 */
function speedNotJudged(model) {
    const labels = new Map();
    for (const figure of model.speed) {
        if (figure.verdict !== 'not comparable' || figure.reason === null)
            continue;
        if (figure.reason.startsWith('different environment'))
            continue;
        labels.set(figure.reason, [...(labels.get(figure.reason) ?? []), figure.label]);
    }
    return [...labels].map(([reason, figures]) => `${figures.join(', ')} not judged: ${reason}`);
}
function flippedDetails(model, level) {
    const count = model.flipped.length;
    const summary = `<summary>${(0,markdown_text/* escapeHtml */.ZD)(model.model)}: ${count} row(s) passed on base and fail on head</summary>`;
    if (level.rows === 0) {
        const indexes = model.flipped.map((row) => row.index).join(', ');
        return `<details>${summary}\n\nRows ${indexes} (details left out to fit).\n\n</details>`;
    }
    const shown = model.flipped.slice(0, level.rows);
    const parts = shown.map((row) => flippedRow(row, level.chars));
    if (count > shown.length) {
        const rest = model.flipped
            .slice(shown.length)
            .map((row) => row.index)
            .join(', ');
        parts.push(`\u2026and ${count - shown.length} more (rows ${rest}), left out to fit.`);
    }
    return `<details>${summary}\n\n${parts.join('\n\n')}\n\n</details>`;
}
function flippedRow(row, chars) {
    const variables = row.variables
        ? Object.entries(row.variables)
            .map(([key, value]) => `${key} = ${value}`)
            .join(', ')
        : null;
    const head = row.head;
    const facts = [
        variables !== null && variables !== '' ? `variables ${inlineCode(clip(variables, chars))}` : null,
        row.expected !== null ? `expected ${inlineCode(clip(row.expected, chars))}` : null,
        head.status !== null ? `head ${escapeMarkdown(head.status)}` : null,
        head.results > 1 ? `passed ${comparison_cells_percent(head.passRate)} of ${head.results} on head` : null,
    ].filter((fact) => fact !== null);
    const lines = [`**Row ${row.index}**${facts.length > 0 ? `: ${facts.join('; ')}` : ''}`];
    if (head.reason)
        lines.push(`Reason: ${escapeCell(clip(head.reason, chars))}`);
    lines.push('', "Head's code:", (0,markdown_text/* fenced */.OF)(head.extractedCode === null ? '(none)' : clip(head.extractedCode, chars)));
    lines.push('', "Head's output:", (0,markdown_text/* fenced */.OF)(head.executionResult === null ? '(none)' : clip(head.executionResult, chars)));
    return lines.join('\n');
}
function footnote(options) {
    const confidence = Math.round(options.confidence * 100);
    return [
        `<sub>Accuracy: paired exact McNemar test on the rows both runs share (one-sided p shown); regressed when p \u2264 ${options.alpha} and the drop is at least ${(options.minAccuracyDrop * 100).toFixed(0)} points.`,
        `Speed: ratio of medians head / base with a ${confidence}% bootstrap interval (${options.resamples} resamples, seed ${options.seed}); regressed only when the whole interval lies beyond a ${(options.maxSlowdown * 100).toFixed(0)}% slowdown.</sub>`,
    ].join(' ');
}
/** An inline code span that survives backticks in the text; newlines become a visible \u23ce. */
function inlineCode(text) {
    const flat = text.replace(/\r?\n/g, ' \u23ce ');
    const longest = (0,markdown_text/* longestBacktickRun */.Az)(flat);
    const ticks = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function clip(text, chars) {
    if (text.length <= chars)
        return text;
    const kept = Array.from(text).slice(0, chars).join('');
    return `${kept}\n\u2026 (${text.length - kept.length} more characters left out)`;
}
/**
 * Escapes what markdown would read as formatting or as an HTML tag; leaves `p = <0.001` and
 * snake_case names readable (GitHub does not read an underscore inside a word as emphasis).
 */
function escapeMarkdown(text) {
    return (0,safe_text/* markdownSafeText */.Ik)(text)
        .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
        .replace(/([\\`*[\]|])/g, '\\$1');
}
function escapeCell(text) {
    return escapeMarkdown(text.replace(/\r?\n/g, ' '));
}
function tableSafe(text) {
    return text.replaceAll('|', '\\|');
}
function comparison_markdown_shortDigest(digest) {
    return digest === null ? '?' : `\`${digest.replace(/^sha256:/, '').slice(0, 12)}\``;
}
/** Last resort when even the tables are too long: cut at a line and say so. */
function cutToFit(text, maxLength) {
    const note = '\n\n\u2026cut to fit the size limit.\n';
    const budget = Math.max(0, maxLength - (0,markdown_text/* byteLength */.dp)(note));
    const lines = text.split('\n');
    let kept = '';
    for (const line of lines) {
        const next = kept === '' ? line : `${kept}\n${line}`;
        if ((0,markdown_text/* byteLength */.dp)(next) > budget)
            break;
        kept = next;
    }
    return `${kept}${note}`;
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/console-table.js + 7 modules
var console_table = __webpack_require__(53123);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/comparison-text.js


const PLAIN_CELLS = { mark: () => '', notJudged: ' not judged' };
const VERDICT_WORD = {
    regressed: 'REGRESSED',
    improved: 'improved',
    unchanged: 'unchanged',
    'not comparable': 'not comparable',
    added: 'added',
    removed: 'removed',
    inconclusive: 'inconclusive (server faults)',
};
/**
 * The comparison as a plain table for a terminal: one line per model, aligned, followed by the
 * notes and the rows that got worse (by index). Untrusted text (model names, reasons) is reduced to
 * one line of printable characters.
 */
function renderComparisonText(comparison, baseLabel) {
    const { benchmark } = comparison;
    const title = benchmark.same ? benchmark.head : `${benchmark.head} (baseline ran ${benchmark.base})`;
    const header = ['Model', 'Accuracy (base \u2192 head)', 'Decode tok/s', 'TTFT ms', 'Verdict'];
    const rows = comparison.models.map((model) => [
        printable(model.model),
        model.accuracy ? printable(accuracyText(model.accuracy, PLAIN_CELLS)) : '\u2013',
        speedText(model.speed, 'decode_tokens_per_second', PLAIN_CELLS),
        speedText(model.speed, 'time_to_first_token_ms', PLAIN_CELLS),
        VERDICT_WORD[model.verdict],
    ]);
    const lines = [
        `${printable(title)} \u2014 against ${printable(baseLabel)}`,
        '',
        // Every cell is words and arrows, not one figure: left-aligned, each under its header's start.
        ...(0,console_table/* alignTable */.O)(header, rows, { leftColumns: header.length }),
    ];
    const notes = [
        ...(comparison.mismatch === null ? [] : [`not comparable: ${comparison.mismatch}`]),
        ...(comparison.environment.speedComparable
            ? []
            : [`speed shown but not judged: ${comparison.environment.reasons.join('; ')}`]),
        ...comparison.environment.notes,
        ...comparison.models.flatMap((model) => [
            ...model.notes.map((note) => `${model.model}: ${note}`),
            // Why a figure was shown but not judged (too few rows, no rows in common), once per reason.
            ...[
                ...new Set([model.accuracy, ...model.speed].flatMap((figure) => figure && figure.verdict === 'not comparable' && figure.reason ? [figure.reason] : [])),
            ].map((reason) => `${model.model}: not judged: ${reason}`),
            ...(model.flipped.length > 0
                ? [`${model.model}: rows worse on head: ${model.flipped.map((row) => row.index).join(', ')}`]
                : []),
        ]),
    ];
    if (notes.length > 0)
        lines.push('', ...notes.map((note) => `  ${printable(note)}`));
    lines.push('', comparison.regressed
        ? `Regression (${comparison.regressions.length}):`
        : comparison.mismatch === null
            ? 'No regression.'
            : 'Not comparable.', ...comparison.regressions.map((line) => `  ${printable(line)}`));
    if (comparison.inconclusive.length > 0) {
        lines.push('', `Not judged, the server failed too many rows (${comparison.inconclusive.length}):`, ...comparison.inconclusive.map((line) => `  ${printable(line)}`));
    }
    return `${lines.join('\n')}\n`;
}
/** One line without control characters, so a report's text cannot move the cursor or recolour the terminal. */
function printable(text) {
    return text.replace(/\r?\n/g, ' \u23ce ').replace(/\p{Cc}/gu, '\ufffd');
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/compare-command.js







/** `exbench compare`: 0 when nothing regressed, 1 on a regression, 2 when the reports cannot be compared. */
async function compare(command, io) {
    const base = await readReportArgument(command.basePath, io.cwd);
    const head = await readReportArgument(command.headPath, io.cwd);
    const comparison = compareReports(base, head, (0,comparison_settings/* comparisonThresholds */.ao)(command.comparison));
    const format = command.format ?? defaultFormat(io);
    // A comparison that proves nothing is not shown as a table, only refused; JSON keeps it for machines.
    if (comparison.mismatch === null || format === 'json')
        printComparison(comparison, command.basePath, format, io);
    refuseMismatch(comparison, command.basePath, command.headPath);
    warnInconclusive(comparison, io);
    return comparison.regressed ? regressedStatus(comparison, command.basePath, io) : 0;
}
/**
 * ollama-bench --baseline: this run's report judged against the baseline, printed; 1 when it
 * regressed, else 0. Reports that cannot be compared are the user's error.
 */
function judgeAgainstBaseline(baseline, baselinePath, report, settings, io) {
    const comparison = compareReports(baseline, report, (0,comparison_settings/* comparisonThresholds */.ao)(settings));
    refuseMismatch(comparison, baselinePath, 'this run');
    printComparison(comparison, baselinePath, defaultFormat(io), io);
    warnInconclusive(comparison, io);
    return comparison.regressed ? regressedStatus(comparison, baselinePath, io) : 0;
}
function defaultFormat(io) {
    return io.stdoutIsTerminal === true ? 'plain' : 'markdown';
}
/** Reports that cannot be judged against each other are the user's mistake, never "no regression". */
function refuseMismatch(comparison, baseLabel, headLabel) {
    if (comparison.mismatch !== null) {
        throw new errors/* ConfigurationError */.j1(`cannot compare ${baseLabel} (base) and ${headLabel} (head): ${comparison.mismatch}`);
    }
}
/** A report named on the command line; one that cannot be read or is no report is the user's error. */
async function readReportArgument(file, cwd) {
    const read = await (0,baseline_reports/* readReport */.tL)(external_node_path_.resolve(cwd, file));
    if (!read.ok)
        throw new errors/* ConfigurationError */.j1(`${file}: ${read.problem}`);
    return read.report;
}
function printComparison(comparison, baseLabel, format, io) {
    switch (format) {
        case 'json':
            io.stdout(`${JSON.stringify(comparison, null, 2)}\n`);
            return;
        case 'plain':
            io.stdout(`\n${renderComparisonText(comparison, baseLabel)}`);
            return;
        case 'markdown':
            io.stdout(`\n${renderComparisonMarkdown([{ comparison, baseLabel }], { maxLength: Number.MAX_SAFE_INTEGER })}`);
            return;
    }
}
/** A model the server failed too often is not judged: not a regression, not a clean pass either. */
function warnInconclusive(comparison, io) {
    if (comparison.inconclusive.length === 0)
        return;
    io.stderr(`warning: not judged, the server failed too many rows (exit status 0 says nothing about these):\n${comparison.inconclusive.map((line) => `  ${line}\n`).join('')}`);
}
function regressedStatus(comparison, baseLabel, io) {
    io.stderr(`error: regression against ${baseLabel}:\n${comparison.regressions.map((line) => `  ${line}\n`).join('')}`);
    return 1;
}


/***/ })

};
