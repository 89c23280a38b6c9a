export const id = 144;
export const ids = [144];
export const modules = {

/***/ 10144:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tL: () => (/* binding */ baseline_reports_readReport),
  KF: () => (/* binding */ readReportDirectory),
  Ak: () => (/* binding */ readReportFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/lazily.js
var lazily = __webpack_require__(34892);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-format.js
var report_format = __webpack_require__(74762);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/report/report-schema.js




/**
 * The JSON report, as one zod schema: the writer's output type is inferred from it, every reader
 * parses with it, and `npm run schemas` publishes it as schemas/report.schema.json.
 *
 * Changing it: a field added to format 1 is one line here, `.optional()` when reports written
 * before it lack it (the reader still reads them). Removing a field or changing its meaning bumps
 * REPORT_FORMAT and keeps a reader for the old format beside the new one.
 */
/** The report exbench writes, built on first use: a run that reads no report never builds it. */
const reportSchema = (0,lazily/* lazily */.q)(() => {
    const Distribution = schemas/* object */.Ikc({
        n: schemas/* number */.aig().int(),
        mean: schemas/* number */.aig().nullable(),
        median: schemas/* number */.aig().nullable(),
        p95: schemas/* number */.aig().nullable(),
        min: schemas/* number */.aig().nullable(),
        max: schemas/* number */.aig().nullable(),
    });
    const Executor = schemas/* enum */.k5n(['python3', 'uv']);
    /** The server's timings of one request (milliseconds), and the client's time to first token. */
    const Timings = schemas/* object */.Ikc({
        done_reason: schemas/* string */.YjP().nullable(),
        time_to_first_token_ms: schemas/* number */.aig().nullable(),
        prefill_tokens_per_second: schemas/* number */.aig().nullable(),
        eval_count: schemas/* number */.aig(),
        eval_duration_ms: schemas/* number */.aig(),
        prompt_eval_count: schemas/* number */.aig(),
        prompt_eval_duration_ms: schemas/* number */.aig(),
        load_duration_ms: schemas/* number */.aig(),
        total_duration_ms: schemas/* number */.aig(),
        wall_ms: schemas/* number */.aig(),
        /** Whose clock timed decode and prefill (absent in reports before engines: the server). */
        decode_timed_by: schemas/* enum */.k5n(['server', 'client']).optional(),
        prefill_timed_by: schemas/* enum */.k5n(['server', 'client']).optional(),
        /** Client: from sending the request to the last chunk that carried text. */
        time_to_last_token_ms: schemas/* number */.aig().nullable().optional(),
    });
    const EngineName = schemas/* enum */.k5n(['ollama', 'llamacpp', 'openai']);
    const ModelFigureSource = schemas/* enum */.k5n(['server', 'client', 'mixed']).nullable();
    const PromptResponse = schemas/* object */.Ikc({
        // The predecessor's fields.
        response: schemas/* string */.YjP(),
        tokens_per_second: schemas/* number */.aig(),
        provider: schemas/* string */.YjP(),
        total_duration_ms: schemas/* number */.aig(),
        load_duration_ms: schemas/* number */.aig(),
        inputAndOutputCost: schemas/* number */.aig(),
        errored: schemas/* boolean */.zMY().nullable(),
        // exbench's: the timings only when the server answered.
        ...Timings.omit({ load_duration_ms: true, total_duration_ms: true }).partial().shape,
        attempts: schemas/* number */.aig().int(),
        error: schemas/* string */.YjP().nullable(),
    });
    const Execution = schemas/* object */.Ikc({
        executor: Executor,
        command: schemas/* string */.YjP(),
        exit_code: schemas/* number */.aig().int().nullable(),
        signal: schemas/* string */.YjP().nullable(),
        timed_out: schemas/* boolean */.zMY(),
        stderr: schemas/* string */.YjP(),
        stdout_truncated: schemas/* boolean */.zMY(),
        stderr_truncated: schemas/* boolean */.zMY(),
        duration_ms: schemas/* number */.aig(),
        /** PEP 723 dependencies installed before the code ran (uv executor, namespace tier). */
        installed_dependencies: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional(),
    });
    const Result = schemas/* object */.Ikc({
        // The predecessor's fields.
        prompt_response: PromptResponse,
        execution_result: schemas/* string */.YjP(),
        expected_result: schemas/* string */.YjP(),
        input_prompt: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        correct: schemas/* boolean */.zMY(),
        index: schemas/* number */.aig().int(),
        // exbench's.
        /** not_run: an interruption stopped the run before the row was finished; counted apart. */
        status: schemas/* enum */.k5n(['passed', 'failed', 'errored', 'timed_out', 'not_run', 'answered']),
        reason: schemas/* string */.YjP().nullable(),
        /** The rule that judged the answer; null when there was nothing to compare. */
        comparison: schemas/* enum */.k5n(['exact_integer', 'absolute_1e-6', 'string', 'json', 'choice']).nullable().optional(),
        /** `server`: the server failed (the row says nothing about the model); `request`: it refused it. */
        error_kind: schemas/* enum */.k5n(['server', 'request']).nullable().optional(),
        yaml_line: schemas/* number */.aig().int().nullable(),
        dynamic_variables: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
        extracted_code: schemas/* string */.YjP().nullable(),
        code_language: schemas/* string */.YjP().nullable(),
        thinking: schemas/* string */.YjP().nullable(),
        execution: Execution.nullable(),
        /** Which repeat of the row this is, from 1 (absent before repeats existed: 1). */
        repeat: schemas/* number */.aig().int().optional(),
        /** The seed the request was sent with, when the options set one (varied per repeat). */
        seed: schemas/* number */.aig().int().nullable().optional(),
    });
    /** A spread between repeats of the same row, relative to its median (see measurement.repeat_spread). */
    const RepeatSpread = schemas/* object */.Ikc({
        rows: schemas/* number */.aig().int(),
        median: schemas/* number */.aig().nullable(),
        max: schemas/* number */.aig().nullable(),
    });
    /** A model's accuracy on multiple-choice questions (one file's or all), beside the chance level. */
    const ChoiceAccuracy = schemas/* object */.Ikc({
        questions: schemas/* number */.aig().int(),
        /** Results judged: one per question and repeat, rows not run left out. */
        answered: schemas/* number */.aig().int(),
        correct_count: schemas/* number */.aig().int(),
        /** Answers that named no option: wrong, but apart from a wrong letter. */
        no_choice_count: schemas/* number */.aig().int(),
        accuracy: schemas/* number */.aig().nullable(),
        /** 1 / the number of options, averaged over the questions: what guessing scores. */
        chance: schemas/* number */.aig().nullable(),
    });
    const ModelDetails = schemas/* object */.Ikc({
        digest: schemas/* string */.YjP().nullable(),
        family: schemas/* string */.YjP().nullable(),
        parameter_size: schemas/* string */.YjP().nullable(),
        quantization_level: schemas/* string */.YjP().nullable(),
        format: schemas/* string */.YjP().nullable(),
        context_length: schemas/* number */.aig().nullable(),
        size_bytes: schemas/* number */.aig().nullable(),
    });
    const Model = schemas/* object */.Ikc({
        // The predecessor's fields.
        model: schemas/* string */.YjP().min(1),
        results: schemas/* array */.YOg(Result),
        correct_count: schemas/* number */.aig().int(),
        incorrect_count: schemas/* number */.aig().int(),
        accuracy: schemas/* number */.aig(),
        average_tokens_per_second: schemas/* number */.aig(),
        average_total_duration_ms: schemas/* number */.aig(),
        average_load_duration_ms: schemas/* number */.aig(),
        total_cost: schemas/* number */.aig(),
        // exbench's.
        provider: schemas/* string */.YjP(),
        name: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['completed', 'unavailable', 'skipped', 'interrupted', 'incomplete']),
        error: schemas/* string */.YjP().nullable(),
        pulled: schemas/* boolean */.zMY(),
        details: ModelDetails.nullable(),
        passed_count: schemas/* number */.aig().int(),
        failed_count: schemas/* number */.aig().int(),
        errored_count: schemas/* number */.aig().int(),
        /** Rows errored because the server failed; the gate leaves them out. */
        server_errored_count: schemas/* number */.aig().int().optional(),
        timed_out_count: schemas/* number */.aig().int(),
        not_run_count: schemas/* number */.aig().int().optional(),
        /** Free-form rows answered with nothing to judge (evaluator none): not in accuracy. */
        no_expectation_count: schemas/* number */.aig().int().optional(),
        decode_tokens_per_second: Distribution,
        prefill_tokens_per_second: Distribution,
        time_to_first_token_ms: Distribution,
        total_duration_ms: Distribution,
        load_duration_ms: Distribution,
        warmup_load_duration_ms: schemas/* number */.aig().nullable(),
        warmup: Timings.nullable(),
        executor: Executor.nullable(),
        // Repeats and sweeps; absent in reports written before them.
        /** The variant's name (`temperature=0.5`) when options were swept; shown as `model @ variant`. */
        variant: schemas/* string */.YjP().nullable().optional(),
        /** The options this model (variant) ran with: the run's, the variant's over them. */
        options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
        /** Results asked for per row. */
        repeat: schemas/* number */.aig().int().optional(),
        /** pass@k by the unbiased estimator of Chen et al. 2021, by k (1, and 5 and 10 up to `repeat`). */
        pass_at_k: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).optional(),
        /** 95 % interval of `accuracy`, null when no row ran. */
        accuracy_interval: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).nullable().optional(),
        /**
         * wilson: one run per row; bootstrap_wilson_floor: with repeats, rows resampled, never narrower
         * than the Wilson interval of the pooled results; bootstrap: rows resampled (older reports).
         */
        accuracy_interval_method: schemas/* enum */.k5n(['wilson', 'bootstrap', 'bootstrap_wilson_floor']).optional(),
        /** Per row over its repeats: results run, passes and pass rate. */
        rows: schemas/* array */.YOg(schemas/* object */.Ikc({
            index: schemas/* number */.aig().int(),
            runs: schemas/* number */.aig().int(),
            passes: schemas/* number */.aig().int(),
            pass_rate: schemas/* number */.aig().nullable(),
        }))
            .optional(),
        /** How far apart repeats of the same row are, per speed figure. */
        repeat_spread: schemas/* object */.Ikc({
            decode_tokens_per_second: RepeatSpread,
            time_to_first_token_ms: RepeatSpread,
            total_duration_ms: RepeatSpread,
        })
            .optional(),
        /** Multiple-choice benchmarks only: accuracy over all question files, and per file. */
        multiple_choice: ChoiceAccuracy.extend({
            files: schemas/* array */.YOg(ChoiceAccuracy.extend({ file: schemas/* string */.YjP() })),
        }).optional(),
        /** The engine that served the model; absent in reports before engines (Ollama). */
        engine: EngineName.optional(),
        /** Who timed each speed figure of the model: `server`, `client`, or `mixed` rows. */
        figure_sources: schemas/* object */.Ikc({
            decode_tokens_per_second: ModelFigureSource,
            prefill_tokens_per_second: ModelFigureSource,
            time_to_first_token_ms: schemas/* literal */.euz('client'),
        })
            .optional(),
    });
    const Environment = schemas/* object */.Ikc({
        os: schemas/* object */.Ikc({ platform: schemas/* string */.YjP(), release: schemas/* string */.YjP(), version: schemas/* string */.YjP().nullable() }),
        arch: schemas/* string */.YjP(),
        cpu: schemas/* object */.Ikc({ model: schemas/* string */.YjP().nullable(), cores: schemas/* number */.aig().int() }),
        memory_bytes: schemas/* number */.aig(),
        gpus: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), memory: schemas/* string */.YjP().nullable(), driver: schemas/* string */.YjP().nullable() })),
        runner: schemas/* object */.Ikc({
            image_os: schemas/* string */.YjP().nullable(),
            image_version: schemas/* string */.YjP().nullable(),
            name: schemas/* string */.YjP().nullable(),
            environment: schemas/* string */.YjP().nullable(),
        })
            .nullable(),
    });
    /** A YAML scalar as written, or (for `json_validator_eval`) a mapping or list. */
    const Expectation = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* array */.YOg(schemas/* unknown */.L5J())]);
    return schemas/* object */.Ikc({
        // The predecessor's fields.
        benchmark_name: schemas/* string */.YjP(),
        purpose: schemas/* string */.YjP(),
        base_prompt: schemas/* string */.YjP(),
        prompt_iterations: schemas/* array */.YOg(schemas/* object */.Ikc({ dynamic_variables: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()), expectation: Expectation })),
        models: schemas/* array */.YOg(Model),
        overall_correct_count: schemas/* number */.aig().int(),
        overall_incorrect_count: schemas/* number */.aig().int(),
        overall_accuracy: schemas/* number */.aig(),
        average_tokens_per_second: schemas/* number */.aig(),
        average_total_duration_ms: schemas/* number */.aig(),
        average_load_duration_ms: schemas/* number */.aig(),
        // exbench's.
        report_format: schemas/* literal */.euz(report_format/* REPORT_FORMAT */.t),
        /** interrupted: a signal stopped the run; rows not run are `not_run`. */
        status: schemas/* enum */.k5n(['completed', 'interrupted']).optional(),
        exbench_version: schemas/* string */.YjP(),
        benchmark_file: schemas/* string */.YjP(),
        evaluator: schemas/* string */.YjP(),
        executor: Executor.nullable(),
        options: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        ollama: schemas/* object */.Ikc({ host: schemas/* string */.YjP(), version: schemas/* string */.YjP() }),
        /** Each engine the run used, with its version (part of the fingerprint speed is judged by). */
        engines: schemas/* array */.YOg(schemas/* object */.Ikc({ engine: EngineName, host: schemas/* string */.YjP(), version: schemas/* string */.YjP() })).optional(),
        /** Null when not gathered; absent from reports written before it existed. */
        environment: Environment.nullable().optional(),
        started_at: schemas/* string */.YjP(),
        finished_at: schemas/* string */.YjP(),
        settings: schemas/* object */.Ikc({
            pull: schemas/* boolean */.zMY(),
            warmup: schemas/* boolean */.zMY(),
            overlap: schemas/* boolean */.zMY(),
            evaluation_concurrency: schemas/* number */.aig().int(),
            /** Requests in flight to one server at once; absent from reports before it existed: 1. */
            request_concurrency: schemas/* number */.aig().int().optional(),
            code_timeout_ms: schemas/* number */.aig(),
            max_output_bytes: schemas/* number */.aig().int(),
            retry_attempts: schemas/* number */.aig().int(),
            connect_timeout_ms: schemas/* number */.aig().optional(),
            request_timeout_ms: schemas/* number */.aig().optional(),
            idle_timeout_ms: schemas/* number */.aig().optional(),
            server_wait_ms: schemas/* number */.aig().optional(),
            /** Each model's time budget for its rows (`--model-timeout`); null for none. */
            model_timeout_ms: schemas/* number */.aig().nullable().optional(),
            /** Models run at once (`--parallel-models`). */
            parallel_models: schemas/* number */.aig().int().optional(),
        }),
        /** Set when the speed figures cannot be taken at face value (models run at once on one server). */
        speed_warning: schemas/* string */.YjP().optional(),
        overall_errored_count: schemas/* number */.aig().int(),
        overall_timed_out_count: schemas/* number */.aig().int(),
        overall_not_run_count: schemas/* number */.aig().int().optional(),
        /** Results asked for per row and model (variant); absent before repeats existed: 1. */
        repeat: schemas/* number */.aig().int().optional(),
        /** The options swept and their values; empty for none. */
        sweep: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* unknown */.L5J())).optional(),
        /** Whether a fixed seed was kept in every repeat instead of varied. */
        fixed_seed: schemas/* boolean */.zMY().optional(),
        /** With a sweep: success rate (mean per-row pass rate) per model (rows) and variant (columns). */
        heatmap: schemas/* object */.Ikc({
            options: schemas/* array */.YOg(schemas/* string */.YjP()),
            models: schemas/* array */.YOg(schemas/* string */.YjP()),
            variants: schemas/* array */.YOg(schemas/* string */.YjP()),
            success_rate: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* number */.aig().nullable())),
        })
            .nullable()
            .optional(),
        /** Where model-written code ran, what that isolates and what it does not. */
        sandbox: schemas/* object */.Ikc({
            tier: schemas/* enum */.k5n(['namespace', 'process']),
            isolates: schemas/* array */.YOg(schemas/* string */.YjP()),
            does_not_isolate: schemas/* array */.YOg(schemas/* string */.YjP()),
            warning: schemas/* string */.YjP().nullable(),
        })
            .optional(),
        measurement: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
        /** `--shard i/n`: this run holds the rows whose 0-based position modulo `count` is `index - 1`. */
        shard: schemas/* object */.Ikc({
            index: schemas/* number */.aig().int().min(1),
            count: schemas/* number */.aig().int().min(1),
            /** The row indexes run, in order: `prompt_iterations[k]` is row `rows[k]`. */
            rows: schemas/* array */.YOg(schemas/* number */.aig().int()),
            /** Of the whole benchmark (prompt, evaluator, every row), so shards of other files never merge. */
            content_sha256: schemas/* string */.YjP(),
        })
            .optional(),
        /** Set by `exbench merge`: the reports joined into this one, each with its machine. */
        merged_from: schemas/* array */.YOg(schemas/* object */.Ikc({
            file: schemas/* string */.YjP(),
            shard: schemas/* object */.Ikc({ index: schemas/* number */.aig().int(), count: schemas/* number */.aig().int() }).nullable(),
            started_at: schemas/* string */.YjP(),
            models: schemas/* array */.YOg(schemas/* string */.YjP()),
            environment: Environment.nullable(),
        }))
            .optional(),
        /** Set by a partial `exbench merge` (`--allow-partial`): the shard numbers whose rows are absent. */
        missing_shards: schemas/* array */.YOg(schemas/* number */.aig().int().min(1)).optional(),
    })
        .meta({
        title: 'exbench report',
        description: `The JSON report exbench writes (report_format "${report_format/* REPORT_FORMAT */.t}").`,
    });
});
/**
 * The report of the Python tool exbench succeeds (it has no `report_format`). Only what a
 * comparison needs is required; the rest is read when present, as that tool's reports vary.
 */
const predecessorReportSchema = (0,lazily/* lazily */.q)(() => {
    const PredecessorFigure = schemas/* number */.aig().nullish();
    return schemas/* object */.Ikc({
        benchmark_name: schemas/* string */.YjP(),
        purpose: schemas/* string */.YjP().nullish(),
        base_prompt: schemas/* string */.YjP().nullish(),
        prompt_iterations: schemas/* array */.YOg(schemas/* object */.Ikc({
            dynamic_variables: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
            expectation: schemas/* unknown */.L5J().optional(),
        }))
            .nullish(),
        models: schemas/* array */.YOg(schemas/* object */.Ikc({
            model: schemas/* string */.YjP().min(1),
            results: schemas/* array */.YOg(schemas/* object */.Ikc({
                prompt_response: schemas/* object */.Ikc({
                    response: schemas/* string */.YjP().nullish(),
                    tokens_per_second: PredecessorFigure,
                    provider: schemas/* string */.YjP().nullish(),
                    total_duration_ms: PredecessorFigure,
                    load_duration_ms: PredecessorFigure,
                    inputAndOutputCost: PredecessorFigure,
                    errored: schemas/* boolean */.zMY().nullish(),
                })
                    .nullish(),
                execution_result: schemas/* unknown */.L5J().optional(),
                expected_result: schemas/* unknown */.L5J().optional(),
                input_prompt: schemas/* string */.YjP().nullish(),
                model: schemas/* string */.YjP().nullish(),
                correct: schemas/* boolean */.zMY(),
                index: schemas/* number */.aig().int().nullish(),
            })),
            correct_count: PredecessorFigure,
            incorrect_count: PredecessorFigure,
            accuracy: PredecessorFigure,
            average_tokens_per_second: PredecessorFigure,
            average_total_duration_ms: PredecessorFigure,
            average_load_duration_ms: PredecessorFigure,
            total_cost: PredecessorFigure,
        })),
        overall_correct_count: PredecessorFigure,
        overall_incorrect_count: PredecessorFigure,
        overall_accuracy: PredecessorFigure,
        average_tokens_per_second: PredecessorFigure,
        average_total_duration_ms: PredecessorFigure,
        average_load_duration_ms: PredecessorFigure,
    });
});
/**
 * Checks that a parsed JSON value is a report exbench reads, choosing the schema by `report_format`.
 * Returns the problem in words (with the path of the first bad field) instead of throwing, so the
 * caller can name the file.
 */
function readReport(value) {
    const format = typeof value === 'object' && value !== null
        ? value.report_format
        : undefined;
    if (format !== undefined && format !== report_format/* REPORT_FORMAT */.t) {
        return {
            ok: false,
            problem: `report_format: ${JSON.stringify(format)} is not a format this exbench reads (it reads "${report_format/* REPORT_FORMAT */.t}" and the predecessor's reports, which have none)`,
        };
    }
    const parsed = (format === undefined ? predecessorReportSchema() : reportSchema()).safeParse(value);
    if (parsed.success)
        return { ok: true, report: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    return { ok: false, problem: `${where}${issue?.message ?? 'not a report'}` };
}
function formatPath(path) {
    return path
        .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
        .join('');
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/benchmark-glob.js
var benchmark_glob = __webpack_require__(3626);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/report-folder.js + 7 modules
var report_folder = __webpack_require__(85953);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/fs/baseline-reports.js






/**
 * Reads the reports that files or globs name (relative to `cwd`). Nothing here throws for a file:
 * a pattern matching nothing, an unreadable file or one that is not a report is a line in `skipped`.
 */
async function readReportFiles(patterns, cwd) {
    const files = [];
    const skipped = [];
    for (const pattern of patterns) {
        try {
            files.push(...(await (0,benchmark_glob/* findBenchmarkFiles */.i)([pattern], cwd)));
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
                throw error;
            skipped.push(`"${pattern}" matches no file`);
        }
    }
    const read = await readReports([...new Set(files)].map((file) => external_node_path_.resolve(cwd, file)));
    return { reports: read.reports, skipped: [...skipped, ...read.skipped] };
}
/** Reads every `.json` file under `directory` (e.g. an extracted artifact) that is a report. */
async function readReportDirectory(directory) {
    let files;
    try {
        files = await (0,benchmark_glob/* findBenchmarkFiles */.i)(['**/*.json'], directory);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        return { reports: [], skipped: [`no JSON file in ${directory}`] };
    }
    const full = files.map((file) => external_node_path_.resolve(directory, file));
    // A report folder (--format) also holds each model's report alone: the run's report has them all.
    const kept = [];
    for (const file of full) {
        const folder = external_node_path_.dirname(external_node_path_.dirname(file));
        const perModel = external_node_path_.basename(external_node_path_.dirname(file)) === report_folder/* MODELS_FOLDER */.am &&
            (await (0,promises_.access)(external_node_path_.join(folder, report_folder/* INDEX_FILE */.K$)).then(() => true, () => false));
        if (!perModel)
            kept.push(file);
    }
    return readReports(kept);
}
async function readReports(files) {
    const reports = [];
    const skipped = [];
    for (const file of files) {
        const read = await baseline_reports_readReport(file);
        if (read.ok)
            reports.push({ path: file, report: read.report });
        else
            skipped.push(`${file}: ${read.problem}`);
    }
    return { reports, skipped };
}
/** One report file, checked by the same reader for both sides of a comparison. */
async function baseline_reports_readReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        return { ok: false, problem: (0,errors/* describeError */.Uc)(error) };
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        // A YAML benchmark or any other file given where a report belongs: say so, not "syntax error".
        const detail = (0,errors/* describeError */.Uc)(error)
            .replace(/\s*\n\s*/g, ' ')
            .slice(0, 120);
        return {
            ok: false,
            problem: `not an exbench report: a report is the JSON file exbench ollama-bench writes, and this is not JSON (${detail})`,
        };
    }
    const read = readReport(value);
    return read.ok ? read : { ok: false, problem: `not an exbench report (${read.problem})` };
}


/***/ }),

/***/ 3626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ findBenchmarkFiles)
/* harmony export */ });
/* unused harmony export globToRegExp */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51398);



const GLOB_CHARS = /[*?[{]/;
/** Folders a benchmark glob never looks into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
/**
 * The files that benchmark patterns name, relative to `cwd` as written (with `/`), sorted within
 * each pattern and without repeats. A pattern without glob characters must name an existing file;
 * a glob must match at least one. Globs know `*`, `?`, `**`, `[abc]` and `{a,b}`.
 */
async function findBenchmarkFiles(patterns, cwd) {
    const found = [];
    for (const pattern of patterns) {
        const normalized = pattern.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/').replace(/^\.\//, '');
        if (!GLOB_CHARS.test(normalized)) {
            found.push(normalized);
            continue;
        }
        const matcher = globToRegExp(normalized);
        const base = staticPrefix(normalized);
        const files = await listFiles(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, base));
        const matches = files
            .map((file) => node_path__WEBPACK_IMPORTED_MODULE_1__.relative(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))
            .map((file) => (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(normalized) ? node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, file) : file))
            .filter((file) => matcher.test(file))
            .sort();
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Benchmark pattern "${pattern}" matches no file (looked in ${cwd}).`);
        }
        found.push(...matches);
    }
    return [...new Set(found)];
}
/** A regular expression for a glob on `/`-separated paths. */
function globToRegExp(glob) {
    let source = '';
    let braces = 0;
    for (let i = 0; i < glob.length; i += 1) {
        const c = glob[i] ?? '';
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slash = glob[i + 2] === '/';
                source += slash ? '(?:[^/]*/)*' : '.*';
                i += slash ? 2 : 1;
            }
            else {
                source += '[^/]*';
            }
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0) {
                source += '\\[';
            }
            else {
                const set = glob
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\');
                source += `[${set}]`;
                i = close;
            }
        }
        else if (c === '{') {
            braces += 1;
            source += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces -= 1;
            source += ')';
        }
        else if (c === ',' && braces > 0) {
            source += '|';
        }
        else {
            source += c.replace(/[.+^$()|\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}
/** The folders before the first segment with a glob character, e.g. `bench/data` of `bench/data/*.yaml`. */
function staticPrefix(glob) {
    const segments = glob.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
    const prefix = segments.slice(0, firstGlob).join('/');
    return prefix === '' && glob.startsWith('/') ? '/' : prefix || '.';
}
async function listFiles(dir) {
    let entries;
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            return [];
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return [];
    }
    const nested = await Promise.all(entries.map(async (entry) => {
        const full = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, entry.name);
        if (entry.isDirectory())
            return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(full);
        return entry.isFile() ? [full] : [];
    }));
    return nested.flat();
}


/***/ })

};
