export const id = 370;
export const ids = [370];
export const modules = {

/***/ 97370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JsonLogger: () => (/* binding */ JsonLogger),
/* harmony export */   PLAIN_EVENT: () => (/* binding */ PLAIN_EVENT)
/* harmony export */ });
/* harmony import */ var _core_aggregate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83918);
/* harmony import */ var _core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51643);


/** The event of a line logged without fields. */
const PLAIN_EVENT = 'log';
/**
 * Code points JSON.stringify leaves raw although a terminal acts on them (C1 controls, DEL) or
 * they make text read differently (bidirectional overrides); written as `\uXXXX` escapes, which
 * decode to the same string. C0 controls are escaped by JSON.stringify already.
 */
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * Logger for log collectors (`--log-format json`): one JSON object per line, each with `time`
 * (ISO 8601), `level`, `event`, `message` and, when the event concerns them, `model`, `row` and
 * other fields. Server text in messages is untrusted: secrets are redacted from every string before
 * encoding, and the line holds no raw control character. Groups add a `group` field to the events
 * inside them instead of a heading line.
 */
class JsonLogger {
    options;
    groups = [];
    constructor(options) {
        this.options = options;
    }
    debug(message, fields) {
        if (this.options.verbose === true)
            this.event('debug', message, fields);
    }
    info(message, fields) {
        this.event('info', message, fields);
    }
    warning(message, fields) {
        this.event('warning', message, fields);
    }
    error(message, fields) {
        this.event('error', message, fields);
    }
    async group(name, body) {
        this.groups.push(name);
        try {
            return await body();
        }
        finally {
            this.groups.pop();
        }
    }
    /** Writes one event. Fields never replace `time`, `level` or `message`. */
    event(level, message, fields = { event: PLAIN_EVENT }) {
        const { redact } = this.options;
        const entries = [
            ['time', this.options.now().toISOString()],
            ['level', level],
            ['event', fields.event],
        ];
        const group = this.groups.at(-1);
        if (group !== undefined)
            entries.push(['group', group]);
        for (const [key, value] of Object.entries(fields)) {
            if (value !== undefined && !['time', 'level', 'event', 'message', 'group'].includes(key))
                entries.push([key, value]);
        }
        entries.push(['message', message]);
        const redacted = entries.map(([key, value]) => [
            redact(key),
            typeof value === 'string' ? redact(value) : value,
        ]);
        const line = JSON.stringify(Object.fromEntries(redacted)).replace(RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        this.options.write(line);
    }
    /**
     * Text the CLI writes to stderr outside the logger (its final error, a regression), as one event:
     * `error: \u2026` and `warning: \u2026` keep their level, anything else is info.
     */
    text(text) {
        const trimmed = text.replace(/\n+$/, '');
        if (trimmed === '')
            return;
        const prefixed = /^(error|warning): /.exec(trimmed);
        const level = prefixed?.[1] ?? 'info';
        this.event(level, prefixed === null ? trimmed : trimmed.slice(prefixed[0].length), {
            event: prefixed === null ? 'cli_message' : `cli_${level}`,
        });
    }
    /** The run's progress as events: model_started, row_finished, model_finished. */
    observer() {
        return {
            modelStarted: (ref, rowCount) => this.info(`${(0,_core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .targetName */ .je)(ref)}: ${rowCount} result(s) to run`, {
                event: 'model_started',
                model: (0,_core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .targetName */ .je)(ref),
                rows: rowCount,
            }),
            rowFinished: (ref, row) => this.rowFinished(ref, row),
            modelFinished: (model) => this.modelFinished(model),
        };
    }
    rowFinished(ref, row) {
        const tokensPerSecond = row.generation === null ? null : (0,_core_aggregate_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeTokensPerSecond */ .KY)(row.generation);
        this.info(`${(0,_core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .targetName */ .je)(ref)}: row ${row.index} ${row.status}`, {
            event: 'row_finished',
            model: (0,_core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .targetName */ .je)(ref),
            row: row.index,
            repeat: row.repeat ?? 1,
            status: row.status,
            correct: row.correct,
            reason: row.reason,
            error_kind: row.errorKind,
            attempts: row.attempts,
            wall_ms: row.generation?.wallMs ?? null,
            decode_tokens_per_second: tokensPerSecond,
        });
    }
    modelFinished(model) {
        const passed = model.rows.filter((row) => row.correct).length;
        const name = (0,_core_run_targets_js__WEBPACK_IMPORTED_MODULE_0__/* .targetName */ .je)(model.ref);
        this.event(model.status === 'unavailable' ? 'error' : 'info', `${name}: ${model.status}, ${passed}/${model.rows.length} passed`, {
            event: 'model_finished',
            model: name,
            status: model.status,
            engine: model.engine ?? null,
            passed,
            results: model.rows.length,
            error: model.error,
        });
    }
}


/***/ }),

/***/ 83918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   KY: () => (/* binding */ decodeTokensPerSecond),
/* harmony export */   Rw: () => (/* binding */ figureSources),
/* harmony export */   VD: () => (/* binding */ modelFigures),
/* harmony export */   sC: () => (/* binding */ prefillSource),
/* harmony export */   sl: () => (/* binding */ prefillTokensPerSecond)
/* harmony export */ });
/* harmony import */ var _statistics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51322);

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;
const MS_PER_S = 1e3;
/**
 * Decode speed, one definition for every engine. Server-timed (Ollama's eval_duration, llama-server's
 * predicted_ms): generated tokens over the time the server spent generating them. Client-timed (a
 * server that times nothing), as vLLM's and llmperf's benchmarks do: the tokens after the first over
 * the time from the first streamed token to the last, `(n \u2212 1) / (t_last \u2212 t_first)`.
 */
function decodeTokensPerSecond(generation) {
    if (decodeSource(generation) === 'client') {
        const first = generation.timeToFirstTokenMs;
        const last = generation.timeToLastTokenMs ?? null;
        if (first === null || last === null || generation.evalCount < 2 || last <= first)
            return null;
        return (generation.evalCount - 1) / ((last - first) / MS_PER_S);
    }
    if (generation.evalCount <= 0 || generation.evalDurationNs <= 0)
        return null;
    return generation.evalCount / (generation.evalDurationNs / NS_PER_S);
}
/**
 * Prompt processing speed; null when the server reused a cached prompt and timed nothing.
 * Client-timed: prompt tokens over the time to the first token (which includes the network).
 */
function prefillTokensPerSecond(generation) {
    if (prefillSource(generation) === 'client') {
        const first = generation.timeToFirstTokenMs;
        if (first === null || first <= 0 || generation.promptEvalCount <= 0)
            return null;
        return generation.promptEvalCount / (first / MS_PER_S);
    }
    if (generation.promptEvalCount <= 0 || generation.promptEvalDurationNs <= 0)
        return null;
    return generation.promptEvalCount / (generation.promptEvalDurationNs / NS_PER_S);
}
function decodeSource(generation) {
    return generation.decodeTimedBy ?? 'server';
}
function prefillSource(generation) {
    return generation.prefillTimedBy ?? 'server';
}
function figureSources(model) {
    const answered = model.rows.map((row) => row.generation).filter((g) => g !== null);
    const one = (of) => {
        const seen = new Set(answered.map(of));
        if (seen.size > 1)
            return 'mixed';
        return [...seen][0] ?? null;
    };
    return {
        decodeTokensPerSecond: one(decodeSource),
        prefillTokensPerSecond: one(prefillSource),
        timeToFirstTokenMs: 'client',
    };
}
function modelFigures(model) {
    const rows = model.rows;
    const answered = rows.map((row) => row.generation).filter((g) => g !== null);
    const count = (status) => rows.filter((row) => row.status === status).length;
    const correct = rows.filter((row) => row.correct).length;
    const notRun = count('not_run');
    const noExpectation = count('answered');
    const judged = rows.length - notRun - noExpectation;
    return {
        rows: rows.length,
        correct,
        incorrect: judged - correct,
        passed: count('passed'),
        failed: count('failed'),
        errored: count('errored'),
        timedOut: count('timed_out'),
        notRun,
        noExpectation,
        accuracy: judged === 0 ? null : correct / judged,
        decodeTokensPerSecond: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map(decodeTokensPerSecond).filter(isNumber)),
        prefillTokensPerSecond: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map(prefillTokensPerSecond).filter(isNumber)),
        timeToFirstTokenMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map((g) => g.timeToFirstTokenMs).filter(isNumber)),
        totalDurationMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.filter((g) => g.totalDurationNs > 0).map((g) => g.totalDurationNs / NS_PER_MS)),
        loadDurationMs: (0,_statistics_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(answered.map((g) => g.loadDurationNs / NS_PER_MS)),
        warmupLoadDurationMs: model.warmup ? model.warmup.loadDurationNs / NS_PER_MS : null,
    };
}
function isNumber(value) {
    return value !== null;
}


/***/ }),

/***/ 51643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gl: () => (/* binding */ targetOptions),
/* harmony export */   Vq: () => (/* binding */ expandTargets),
/* harmony export */   _q: () => (/* binding */ variantLabel),
/* harmony export */   bW: () => (/* binding */ repeatSeed),
/* harmony export */   df: () => (/* binding */ describePlan),
/* harmony export */   hD: () => (/* binding */ targetKey),
/* harmony export */   ic: () => (/* binding */ warmupKey),
/* harmony export */   je: () => (/* binding */ targetName)
/* harmony export */ });
/* unused harmony exports expandVariants, LOAD_OPTIONS */
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36528);

/**
 * Run targets: the planned models expanded by the sweep. Each combination of swept values is a
 * variant of every model; a target is a model ref carrying its variant (see ModelRef.variant), so
 * the engine's loop over models stays one loop over targets.
 */
/** Every combination of the sweep's values, the first key varying slowest; [] for no sweep. */
function expandVariants(sweep) {
    const keys = Object.keys(sweep);
    if (keys.length === 0)
        return [];
    let combinations = [{}];
    for (const key of keys) {
        const values = sweep[key] ?? [];
        combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
    }
    return combinations.map((options) => ({
        name: Object.entries(options)
            .map(([key, value]) => `${key}=${formatValue(value)}`)
            .join(', '),
        options,
    }));
}
function formatValue(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** Each model once per variant, a model's variants together (they share its warm-up). */
function expandTargets(refs, sweep) {
    const variants = expandVariants(sweep);
    if (variants.length === 0)
        return [...refs];
    return refs.flatMap((ref) => variants.map((variant) => ({ ...ref, variant })));
}
/** How a target is named everywhere: `qwen2.5:1.5b @ temperature=0.5`, or the model as given. */
/** One key per run target: variants of one model share its `id`, so the variant is part of the key. */
function targetKey(ref) {
    return ref.variant === undefined ? ref.id : `${ref.id} @ ${ref.variant.name}`;
}
function targetName(ref) {
    return variantLabel(ref.spec, ref.variant?.name);
}
/** `model @ variant`, or `model` without one: one spelling for runs and reports. */
function variantLabel(model, variant) {
    return variant ? `${model} @ ${variant}` : model;
}
/** The options a target's requests carry: the run's, the variant's over them. */
function targetOptions(ref, options) {
    return ref.variant ? { ...options, ...ref.variant.options } : options;
}
/**
 * Options that change what Ollama loads: its scheduler reloads a model when any of the request's
 * runner options (api.Runner in ollama/api/types.go: num_ctx, num_batch, num_gpu, main_gpu,
 * use_mmap, num_thread) differ from the loaded runner's. Older servers also had numa, low_vram,
 * f16_kv, use_mlock and vocab_only there. Sampling options (temperature, top_p, seed, \u2026) do not.
 */
const LOAD_OPTIONS = [
    'num_ctx',
    'num_batch',
    'num_gpu',
    'main_gpu',
    'use_mmap',
    'num_thread',
    'numa',
    'low_vram',
    'f16_kv',
    'use_mlock',
    'vocab_only',
];
/** Targets with the same key are served by the same loaded model: one warm-up serves them all. */
function warmupKey(ref, options) {
    const loaded = LOAD_OPTIONS.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]);
    return JSON.stringify([ref.id, loaded]);
}
/**
 * The seed a repeat is sent with. A fixed seed makes every repeat give the same answer, so unless
 * the user asked to keep it (`fixedSeed`), repeat r (from 1) uses seed + r - 1.
 */
function repeatSeed(options, repeat, fixedSeed) {
    if (typeof options.seed !== 'number')
        return undefined;
    return fixedSeed ? options.seed : options.seed + repeat - 1;
}
/** How the plan reads before the first request: `3 models × 3 temperatures × 12 rows × 5 repeats = 540 requests`. */
function describePlan(models, sweep, rows, repeat) {
    const factors = [(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(models, 'model')];
    for (const [key, values] of Object.entries(sweep)) {
        factors.push(key === 'temperature' ? (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(values.length, 'temperature') : `${values.length} ${key} values`);
    }
    factors.push((0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(rows, 'row'), (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(repeat, 'repeat'));
    const requests = models * Object.values(sweep).reduce((product, values) => product * values.length, 1) * rows * repeat;
    return `${factors.join(' × ')} = ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .L)(requests, 'request')}`;
}


/***/ }),

/***/ 51322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ wilsonInterval),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   q0: () => (/* binding */ describe)
/* harmony export */ });
/* unused harmony export Z_95 */
/** Summary of a sample; every figure is null for an empty sample, never NaN or 0. */
function describe(values) {
    const finite = values.filter((v) => Number.isFinite(v));
    if (finite.length === 0)
        return { n: 0, mean: null, median: null, p95: null, min: null, max: null };
    const sorted = [...finite].sort((a, b) => a - b);
    return {
        n: sorted.length,
        mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length,
        median: quantile(sorted, 0.5),
        p95: quantile(sorted, 0.95),
        min: sorted[0] ?? null,
        max: sorted.at(-1) ?? null,
    };
}
/** Linear interpolation between closest ranks (R type 7, NumPy's default) on sorted values. */
function quantile(sorted, q) {
    if (sorted.length === 0)
        throw new Error('quantile of an empty sample');
    const position = (sorted.length - 1) * q;
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    const low = sorted[lower];
    const high = sorted[upper];
    return low + (high - low) * (position - lower);
}
function mean(values) {
    return describe(values).mean;
}
/** z of the two-sided 95 % normal interval. */
const Z_95 = 1.959963984540054;
/**
 * Wilson score interval of a proportion, `successes` out of `trials` (Wilson 1927; Newcombe 1998,
 * method 3): unlike the normal ("Wald") interval it stays within [0, 1] and is not empty at 0 % or
 * 100 %. Null for no trials.
 */
function wilsonInterval(successes, trials, z = Z_95) {
    if (trials <= 0)
        return null;
    const p = successes / trials;
    const z2 = z * z;
    const centre = p + z2 / (2 * trials);
    const half = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
    const denominator = 1 + z2 / trials;
    // At 0 % and 100 % the bound is exactly 0 or 1; rounding would otherwise leave 0.9999999999999999.
    const low = successes === 0 ? 0 : Math.max(0, (centre - half) / denominator);
    const high = successes === trials ? 1 : Math.min(1, (centre + half) / denominator);
    return [low, high];
}


/***/ }),

/***/ 36528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** `1 row`, `2 rows`: a count and its noun, in the plural unless the count is one. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ })

};
