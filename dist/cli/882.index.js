export const id = 882;
export const ids = [882];
export const modules = {

/***/ 48305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ killProcessGroup),
/* harmony export */   Uu: () => (/* binding */ untrackSnippet),
/* harmony export */   eH: () => (/* binding */ stopAllSnippets),
/* harmony export */   rZ: () => (/* binding */ trackSnippet),
/* harmony export */   y_: () => (/* binding */ signalQuietly)
/* harmony export */ });
/**
 * Snippets still running, each with the way to stop it at once. Each snippet's launcher is spawned
 * detached, so it leads a new process group; how it is stopped depends on the tier (see
 * runProcessGroup's `stopWith`).
 */
const running = new Map();
let exitHookInstalled = false;
/**
 * SIGKILLs every process in the group led by `pid`. A group that is already gone is fine, and so is
 * one whose only survivors we may not signal (a setuid program the snippet started).
 */
function killProcessGroup(pid) {
    signalQuietly(-pid, 'SIGKILL');
}
/** Sends `signal` to `pid` (a negative pid: a group); a process already gone is fine. */
function signalQuietly(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch (error) {
        const code = error.code;
        if (code !== 'ESRCH' && code !== 'EPERM')
            throw error;
    }
}
/**
 * Remembers a running snippet so that it is stopped if this process exits first: detached children
 * are not taken down with their parent, and an endless loop would otherwise run on for good. The
 * 'exit' event does not fire when a signal ends the process, so the shells also call
 * stopAllSnippets from their signal handlers.
 */
function trackSnippet(pid, stop) {
    if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.once('exit', stopAllSnippets);
    }
    running.set(pid, stop);
}
function untrackSnippet(pid) {
    running.delete(pid);
}
/** Stops every running snippet now (synchronously: safe to call just before exiting). */
function stopAllSnippets() {
    for (const stop of running.values())
        stop();
}


/***/ }),

/***/ 18160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qe: () => (/* binding */ INTERRUPT_SIGNALS),
/* harmony export */   qj: () => (/* binding */ interruptExitStatus),
/* harmony export */   vD: () => (/* binding */ listenForInterrupts)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var _sandbox_process_group_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48305);



/** The signals that stop a run: Ctrl-C, `kill`, a closed terminal, a cancelled CI job. */
const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** The conventional exit status for a process ended by `signal`: 128 + its number (130, 143, 129). */
function interruptExitStatus(signal) {
    return 128 + node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal];
}
/**
 * Turns the first interrupt signal into an abort (the run stops, kills its snippets and writes
 * what it has); a second one kills every running snippet and, with `exitOnSecond` (the CLI's
 * second Ctrl-C), exits at once. The action keeps going instead: a cancelled job gets SIGINT and
 * then SIGTERM, and the partial summary must still be written. Listening replaces
 * Node's default, which would end the process without running any clean-up ('exit' handlers do not
 * run when a signal ends the process) and leave the snippets running.
 */
function listenForInterrupts(say, options = { exitOnSecond: true }) {
    const controller = new AbortController();
    // Every request in flight listens for the interruption (and stops listening when it ends), so
    // with --concurrency and --parallel-models there are rightly more than Node's default of 10.
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(0, controller.signal);
    let first = null;
    const handlers = INTERRUPT_SIGNALS.map((name) => {
        const handler = () => {
            if (first !== null) {
                (0,_sandbox_process_group_js__WEBPACK_IMPORTED_MODULE_2__/* .stopAllSnippets */ .eH)();
                if (!options.exitOnSecond)
                    return;
                // The report may or may not be written by now; the journal is, row by row.
                say(`${name} again: stopped every snippet; exiting now. The rows finished so far are in the run's journal (<report>.jsonl); --resume <journal> finishes the run`);
                process.exit(interruptExitStatus(first));
            }
            first = name;
            say(`${name}: stopping; killing the running snippets and writing the report so far (${name} again to quit at once)`);
            controller.abort(name);
        };
        process.on(name, handler);
        return [name, handler];
    });
    return {
        signal: controller.signal,
        received: () => first,
        dispose: () => {
            for (const [name, handler] of handlers)
                process.off(name, handler);
        },
    };
}


/***/ }),

/***/ 34393:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ helpOrVersion),
/* harmony export */   X: () => (/* binding */ wantsJsonLogs)
/* harmony export */ });
/*
 * What the CLI reads of its arguments before it loads a command's code (the flags' rules, the
 * settings' schemas): enough to answer --help and --version, and to know how to write errors.
 */
/** The commands whose usage is USAGE (usage.ts), and which take `--version` as `exbench` does. */
const USAGE_COMMANDS = new Set(['ollama-bench', 'compare']);
/**
 * The command that needs no code of a run: `--help` (also no arguments, -h, help) or `--version`,
 * alone or among a command's arguments (`exbench ollama-bench --help`), before a `--`. Answered
 * here, they load none of the command's code (its flags' rules, the settings' schemas, the run).
 */
function helpOrVersion(argv) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help')
        return 'help';
    if (command === '--version' || command === 'version')
        return 'version';
    if (!USAGE_COMMANDS.has(command))
        return null;
    const flags = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined);
    // The first one given wins, as when the command's flags are parsed.
    for (const flag of flags) {
        if (flag === '-h' || flag === '--help')
            return 'help';
        if (flag === '--version')
            return 'version';
    }
    return null;
}
/**
 * Whether argv asks for JSON logs, read before the arguments are parsed so that an error in them is
 * written as JSON too.
 */
function wantsJsonLogs(argv) {
    return argv.some((arg, i) => arg === '--log-format=json' || (arg === '--log-format' && argv[i + 1] === 'json'));
}


/***/ }),

/***/ 91882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/adapters/system/checked-output.js
function checkedOutput(stream) {
    let failure = null;
    const note = (error) => {
        failure ??= error ?? null;
    };
    // Without a listener, the stream's error would be an uncaught exception; the callbacks keep it.
    stream.on('error', note);
    return {
        write: (text) => {
            stream.write(text, note);
        },
        // Callbacks run in the order of the writes, so this one comes after every earlier write's.
        settled: () => new Promise((resolve) => stream.write('', () => resolve(failure))),
    };
}
/** The exit status of a shell's process ended by SIGPIPE (128 + 13), which is what `| head` gives. */
const READER_GONE_EXIT_STATUS = 141;
/**
 * The exit status once the command returned `status` and its stdout had `failure`, and the line to
 * say on stderr. A reader that went away is no error to print (as for `yes | head`): quiet, 141. A
 * failure to write is said, with Node's reason, and exits 1. A failing status is kept either way.
 */
function statusAfterOutput(status, failure) {
    if (failure === null)
        return { status, message: null };
    if (failure.code === 'EPIPE')
        return { status: status === 0 ? READER_GONE_EXIT_STATUS : status, message: null };
    return {
        status: status === 0 ? 1 : status,
        message: `stdout could not be written (${failure.message}); the output there is incomplete`,
    };
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/adapters/system/interrupts.js
var system_interrupts = __webpack_require__(18160);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/core/redact.js
var core_redact = __webpack_require__(1688);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/errors.js
var errors = __webpack_require__(51398);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/report/safe-text.js
var safe_text = __webpack_require__(51863);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/version.js
var version = __webpack_require__(62129);
// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/argv-glance.js
var argv_glance = __webpack_require__(34393);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/site-command-names.js
function isSiteCommand(name) {
    return name === 'dashboard' || name === 'merge';
}

// EXTERNAL MODULE: ./node_modules/.cache/exbench-build/src/cli/usage.js
var usage = __webpack_require__(30979);
;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/run-cli.js







/**
 * The CLI: parses arguments, runs the benchmark, prints the table and the report path; returns the
 * exit status. `--help` and `--version` are answered before any command's code is loaded (the
 * settings' schemas, the run, its adapters): they and each command load only what they use.
 */
async function runCli(rawIo) {
    // Whatever this prints passes through the redactor, so a secret never reaches the terminal or a
    // CI log, and may carry untrusted text (server errors, model output), so no escape sequence acts.
    let current = (0,core_redact/* createRedactor */.lY)((0,core_redact/* secretsFromEnv */.zr)(rawIo.env));
    const redact = (text) => current(text);
    // With --log-format json every stderr line is a JSON event, the final error included; the JSON
    // logger redacts and escapes itself (terminal escaping would break the JSON).
    const jsonLogger = async (verbose) => {
        const [{ JsonLogger }, { systemClock }] = await Promise.all([
            __webpack_require__.e(/* import() */ 370).then(__webpack_require__.bind(__webpack_require__, 97370)),
            __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 709)),
        ]);
        return new JsonLogger({
            write: (line) => rawIo.stderr(`${line}\n`),
            now: () => systemClock.date(),
            redact,
            verbose,
        });
    };
    const stderrEvents = (0,argv_glance/* wantsJsonLogs */.X)(rawIo.argv) ? await jsonLogger(false) : null;
    const io = {
        ...rawIo,
        stdout: (text) => rawIo.stdout((0,safe_text/* terminalText */.eR)(redact(text))),
        stderr: (text) => stderrEvents === null ? rawIo.stderr((0,safe_text/* terminalText */.eR)(redact(text))) : stderrEvents.text(text),
    };
    try {
        const [name, ...rest] = io.argv;
        // The history site and the merge (HTML pages, charts) are loaded only for their commands.
        if (isSiteCommand(name))
            return await (await Promise.all(/* import() */[__webpack_require__.e(953), __webpack_require__.e(817), __webpack_require__.e(144), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 27006))).runSiteCommand(name, rest, io);
        switch ((0,argv_glance/* helpOrVersion */.H)(io.argv)) {
            case 'help':
                io.stdout(`${usage/* USAGE */.u}\n`);
                return 0;
            case 'version':
                io.stdout(`${version/* EXBENCH_VERSION */.r}\n`);
                return 0;
            case null:
                break;
        }
        const { runParsedCommand } = await Promise.all(/* import() */[__webpack_require__.e(817), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 43102));
        return await runParsedCommand(io, {
            redact,
            addSecret: (secret) => {
                current = (0,core_redact/* createRedactor */.lY)([...(0,core_redact/* secretsFromEnv */.zr)(rawIo.env), secret]);
            },
            jsonLogger,
        });
    }
    catch (error) {
        io.stderr(`error: ${(0,errors/* describeError */.Uc)(error)}\n`);
        return error instanceof errors/* ConfigurationError */.j1 ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/exbench-build/src/cli/main.js



/** The CLI on this process: its arguments, environment, streams and signals. */
function main() {
    // A reader that went away (`exbench \u2026 | head -1`) must not stop the run: its report is still written.
    // Without a listener, the EPIPE of the next write would be an uncaught exception. A failed write to
    // stdout is kept for the exit status; one to stderr has nowhere to be told.
    const stdout = checkedOutput(process.stdout);
    process.stderr.on('error', () => undefined);
    const interrupts = (0,system_interrupts/* listenForInterrupts */.vD)((line) => process.stderr.write(`\n${line}\n`));
    void runCli({
        argv: process.argv.slice(2),
        env: process.env,
        cwd: process.cwd(),
        stdout: (text) => stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        stdoutIsTerminal: process.stdout.isTTY,
        progressTerminal: process.stderr.isTTY ? process.stderr : undefined,
        signal: interrupts.signal,
    }).then(async (status) => {
        const received = interrupts.received();
        // An interrupted run may leave a request to Ollama open; the report is written, so leave now.
        if (received !== null)
            process.exit((0,system_interrupts/* interruptExitStatus */.qj)(received));
        const outcome = statusAfterOutput(status, await stdout.settled());
        if (outcome.message !== null)
            process.stderr.write(`error: ${outcome.message}\n`);
        process.exitCode = outcome.status;
    });
}


/***/ }),

/***/ 30979:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75512);

/** `exbench --help`. It needs only constants: printing it loads none of the run's code. */
const USAGE = `Usage: exbench ollama-bench [options] [model...] <benchmark.yaml | prompts.txt | questions.csv | glob | folder>
       exbench compare [options] <base.json> <head.json>
       exbench dashboard <reports or folders\u2026> --out <dir>   (see exbench dashboard --help)
       exbench merge <reports or folders\u2026> --out <dir>       (see exbench merge --help)

exbench ollama-bench runs every row of an execution-evaluated benchmark against each Ollama model and writes a JSON report.
With no model named, the benchmark file's "models" are used. A .txt file is a list of prompts, one a
line (blank lines and # comments skipped), timed with nothing judged (evaluator none).
Multiple-choice CSV files (question, A, B, C, D, answer; or MMLU's headerless layout) are scored by
the letter each answer chooses, per file and overall, beside the chance level (see the README).

Options:
  --host <address>        Ollama address (default: $OLLAMA_HOST, else 127.0.0.1:11434)
  --models <list|all>     models to run, comma-separated, instead of model arguments; "all" runs every
                          model the server has (models that cannot generate text, such as embedding
                          models, are skipped with a note)
  --include <glob>        with --models all, only models whose name matches (repeatable; e.g. "qwen*")
  --exclude <glob>        with --models all, not models whose name matches (repeatable)
  --quiet                 no progress display
  --show-failures <n|all> failing rows to list after each model (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SHOWN_FAILURES */ .O3})
  --server <provider=URL> the server of llamacpp~ or openai~ models (repeatable), e.g.
                          llamacpp=http://127.0.0.1:8080 or openai=http://127.0.0.1:8000/v1;
                          overrides the file's servers:
  --api-key-env <NAME>    send the key in this environment variable to those servers (never
                          the key itself on the command line); it is redacted from all output
  --no-pull               fail a model the server lacks instead of pulling it
  --output-dir <dir>      where the report goes (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REPORT_DIR */ .dw})
  --format <list>         report formats, comma-separated: json, html, csv, junit, md,
                          github-action-benchmark, or all (default: json, one file; any other
                          writes a folder <name>_<timestamp>/ with the JSON report, one per model,
                          index.html and each format)
  --timeout <seconds>     time limit for each snippet of generated code (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CODE_TIMEOUT_MS */ .Te / 1000},
                          at most ${Math.floor(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CODE_TIMEOUT_MS */ .UN / 1000)})
  --max-output <bytes>    cap on each snippet's stdout and stderr (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_OUTPUT_BYTES */ .n9},
                          at most ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_OUTPUT_BYTES_LIMIT */ .x3})
  --temperature <n>       Ollama option, overrides the file's options
  --seed <n>              Ollama option
  --num-ctx <n>           Ollama option
  --num-predict <n>       Ollama option
  --option <key=value>    any other Ollama option (repeatable; value parsed as JSON when it can be);
                          a comma-separated list (--temperature 0,0.5,1, --option top_p=0.9,1)
                          sweeps the option: every model runs once per value, as a variant
  --repeat <n>            ask each row n times per model (default: the file's repeat, else 1)
  --fixed-seed            with --repeat, keep a fixed seed in every repeat instead of seed+r-1
  --overlap               run generated code while the model is still generating (faster, less pure)
  --concurrency <n>       requests in flight to one server at once, 1 to 64 (default: 1, serial;
                          Ollama answers OLLAMA_NUM_PARALLEL at once, each slower, so speed is not
                          judged against a run of another concurrency)
  --code-concurrency <n>  snippets run at once (default: CPU cores)
  --sandbox <tier>        auto, namespace or process (default: auto: namespace when bubblewrap works
                          here, else process with a warning; see the README's sandbox section)
  --memory <size>         address-space limit of each snippet process, e.g. 512M or 2G (default: 1G)
  --retries <n>           attempts per request, the first included (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_ATTEMPTS */ .K7})
  --request-timeout <s>   deadline for a whole generation, first byte included (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_REQUEST_TIMEOUT_MS */ .Zc / 1000})
  --idle-timeout <s>      deadline between two streamed chunks (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_IDLE_TIMEOUT_MS */ .C9 / 1000})
  --connect-timeout <s>   deadline to connect to the server (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONNECT_TIMEOUT_MS */ .od / 1000})
  --server-wait <s>       after a server fault, how long to wait for the server to answer again
                          before the request is given up (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_SERVER_WAIT_MS */ .X7 / 1000})
  --model-timeout <s>     time budget of each model's rows: past it the model stops (its request in
                          flight aborted), its remaining rows are not_run, its status incomplete,
                          and the other models go on (default: none)
  --parallel-models <n>   models (or sweep variants) run at once (default: 1); on one server they
                          share its compute, and the report carries a speed warning
  --no-warmup             skip the untimed warm-up request per model
  --shard <i/n>           run only the rows whose 0-based position modulo n is i-1 (a matrix leg;
                          join the legs' reports with exbench merge)
  --metrics-port <port>   serve live metrics while the run lasts: /metrics (Prometheus text format)
                          and /metrics.json on this port (0: any free port; the address is logged)
  --metrics-host <addr>   where --metrics-port listens (default: 127.0.0.1, this machine only)
  --resume <report.jsonl>   finish a stopped run from its journal (or the .json report beside it): the
                          results it holds are kept, the rest asked for (server-failed and not-run ones
                          again); the same benchmark, models, options and settings are required, and
                          the report is written beside the journal
  --baseline <report.json>  after the run, compare the new report with this one (see compare below;
                          --alpha, --min-accuracy-drop and --max-slowdown apply) and exit 1 on a regression
  -v, --verbose           more log lines
  --log-format <text|json>  text (default): lines for people; json: one JSON object per log event
                          on stderr (time, level, event, model, row, message) for log collectors,
                          without progress bars; the results table stays on stdout
  -h, --help              this text
  --version               exbench's version

Exit status: 0 when the run completed (whatever the accuracy), 1 when a model could not be had, the
server could not be reached or, with --baseline, a model regressed; 2 for a bad benchmark file, a bad
baseline report (or one of another benchmark) or bad arguments; 130 (Ctrl-C), 143 (SIGTERM) or 129
(SIGHUP) when interrupted, after writing the report so far.

exbench compare judges head against base, model by model, on the rows both share: accuracy by a
paired exact McNemar test, decode tok/s and time to first token by the ratio of medians with a
seeded bootstrap interval (speed is not judged when the machines or Ollama versions differ).

Options:
  --alpha <p>                  significance level of the accuracy test (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.alpha})
  --min-accuracy-drop <points> smallest drop that can regress, as a fraction: 0.05 = 5 points (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.minAccuracyDrop})
  --max-slowdown <fraction>    slowdown the whole interval must lie beyond: 0.1 = 10 % (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.maxSlowdown})
  --seed <n>                   seed of the bootstrap (default: ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_COMPARISON_THRESHOLDS */ .rK.seed})
  --format <plain|markdown|json>  how to print the comparison (default: plain on a terminal, else markdown)
  --json                       the same as --format json

Models pair by identity as Ollama resolves names: llama3.2, llama3.2:latest and ollama~llama3.2 are
one model.

Exit status: 0 when nothing regressed, 1 on a regression, 2 for bad arguments, a file that is not a
readable exbench report, or reports that cannot be compared (another benchmark, rows that do not
match, no model on head).`;


/***/ }),

/***/ 75512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ BASELINE_AUTO),
/* harmony export */   Az: () => (/* binding */ DEFAULT_OLLAMA_HOST),
/* harmony export */   C9: () => (/* binding */ DEFAULT_IDLE_TIMEOUT_MS),
/* harmony export */   K7: () => (/* binding */ DEFAULT_RETRY_ATTEMPTS),
/* harmony export */   Km: () => (/* binding */ ENV),
/* harmony export */   O3: () => (/* binding */ DEFAULT_SHOWN_FAILURES),
/* harmony export */   Te: () => (/* binding */ DEFAULT_CODE_TIMEOUT_MS),
/* harmony export */   UN: () => (/* binding */ MAX_CODE_TIMEOUT_MS),
/* harmony export */   Vb: () => (/* binding */ RETRY_INITIAL_DELAY_MS),
/* harmony export */   X7: () => (/* binding */ DEFAULT_SERVER_WAIT_MS),
/* harmony export */   Zc: () => (/* binding */ DEFAULT_REQUEST_TIMEOUT_MS),
/* harmony export */   dw: () => (/* binding */ DEFAULT_REPORT_DIR),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   n9: () => (/* binding */ DEFAULT_MAX_OUTPUT_BYTES),
/* harmony export */   od: () => (/* binding */ DEFAULT_CONNECT_TIMEOUT_MS),
/* harmony export */   rK: () => (/* binding */ DEFAULT_COMPARISON_THRESHOLDS),
/* harmony export */   x3: () => (/* binding */ MAX_OUTPUT_BYTES_LIMIT)
/* harmony export */ });
/* unused harmony exports OUTPUTS, STATE, RUNNER_ENV, DEFAULT_OLLAMA_VERSION, DEFAULT_ARTIFACT_NAME */
/** Names the outside world sees, spelled exactly as in action.yml and the docs. */
const ENV = {
    ollamaHost: 'OLLAMA_HOST',
    ollamaModels: 'OLLAMA_MODELS',
};
const DEFAULT_OLLAMA_HOST = '127.0.0.1:11434';
const DEFAULT_CODE_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
const DEFAULT_REPORT_DIR = 'reports';
/** Failing rows the console lists after each model (`--show-failures`). */
const DEFAULT_SHOWN_FAILURES = 5;
/** Attempts per request to Ollama, the first included, before a row is recorded as errored. */
const DEFAULT_RETRY_ATTEMPTS = 3;
/** Wait before the first retry; it doubles with each further one. */
const RETRY_INITIAL_DELAY_MS = 500;
/** exbench's own deadlines for the model server (the HTTP library's hidden ones are turned off). */
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** A whole generation, first byte included (a large model loading sends nothing meanwhile). */
const DEFAULT_REQUEST_TIMEOUT_MS = 600_000;
/** Between two streamed chunks of an answer or a pull. */
const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
/** After a server fault, how long to wait for the server to answer again before a request is given up. */
const DEFAULT_SERVER_WAIT_MS = 120_000;
/** The action's inputs, as named in action.yml. */
const INPUTS = {
    models: 'models',
    include: 'include',
    exclude: 'exclude',
    quiet: 'quiet',
    benchmark: 'benchmark',
    ollamaVersion: 'ollama-version',
    ollamaDownloadUrl: 'ollama-download-url',
    ollamaHost: 'ollama-host',
    servers: 'servers',
    apiKeyEnv: 'api-key-env',
    cacheModels: 'cache-models',
    options: 'options',
    sweep: 'sweep',
    repeat: 'repeat',
    fixedSeed: 'fixed-seed',
    timeout: 'timeout',
    requestTimeout: 'request-timeout',
    idleTimeout: 'idle-timeout',
    connectTimeout: 'connect-timeout',
    serverWait: 'server-wait',
    modelTimeout: 'model-timeout',
    parallelModels: 'parallel-models',
    reportDir: 'report-dir',
    format: 'format',
    artifactName: 'artifact-name',
    comment: 'comment',
    githubToken: 'github-token',
    failOnError: 'fail-on-error',
    sandbox: 'sandbox',
    memory: 'memory',
    baseline: 'baseline',
    alpha: 'alpha',
    minAccuracyDrop: 'min-accuracy-drop',
    maxSlowdown: 'max-slowdown',
    failOnRegression: 'fail-on-regression',
    shard: 'shard',
    concurrency: 'concurrency',
    publish: 'publish',
    publishDir: 'publish-dir',
    maxHistory: 'max-history',
    commentKey: 'comment-key',
    mode: 'mode',
    mergePattern: 'merge-pattern',
};
/** The action's outputs, as named in action.yml. */
const OUTPUTS = {
    reportPath: 'report-path',
    accuracy: 'accuracy',
    passed: 'passed',
    failed: 'failed',
    summary: 'summary',
    results: 'results',
    regressed: 'regressed',
    comparison: 'comparison',
};
/** What the main step leaves for the post step (core.saveState / core.getState). */
const STATE = {
    ollamaPid: 'ollama-pid',
};
/** Variables the Actions runner sets that the action reads. */
const RUNNER_ENV = {
    runnerTemp: 'RUNNER_TEMP',
    workspace: 'GITHUB_WORKSPACE',
    workflow: 'GITHUB_WORKFLOW',
    /** The job's id in the workflow file: with the workflow, what the comment's marker is keyed by. */
    job: 'GITHUB_JOB',
    /** The id of this workflow run, to find its workflow and so the base branch's runs of it. */
    runId: 'GITHUB_RUN_ID',
};
/** `baseline: auto` looks for the newest successful run of this workflow on the pull request's base. */
const BASELINE_AUTO = 'auto';
/** The Ollama release installed when `ollama-version` is not given (kept equal to action.yml). */
const DEFAULT_OLLAMA_VERSION = '0.33.3';
const DEFAULT_ARTIFACT_NAME = 'exbench-report';
/** The longest delay setTimeout can wait, and so the longest time limit the sandbox can keep. */
const MAX_CODE_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Each of stdout and stderr is kept in memory up to this and then becomes one string, which V8
 * caps near 512 MiB; half of that leaves room for both streams.
 */
const MAX_OUTPUT_BYTES_LIMIT = 256 * 1024 * 1024;
/** The thresholds a comparison uses when none are given. */
const DEFAULT_COMPARISON_THRESHOLDS = {
    alpha: 0.05,
    minAccuracyDrop: 0.05,
    maxSlowdown: 0.1,
    seed: 1,
};


/***/ }),

/***/ 1688:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ redactDeep),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, REDACTED, NO_REDACTION */
/**
 * Secret redaction, applied wherever text leaves exbench (report, console, job summary, comment).
 * Generated code can read secrets in ways no sandbox tier fully prevents in every setup (and a model
 * may even echo one), so every occurrence of a known secret value is replaced before anything is
 * stored, printed or published.
 */
/** Names of environment variables whose values are treated as secrets. */
const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|PASSWD|CREDENTIAL|AUTH/i;
/** Shorter values would redact ordinary words and numbers all over the report. */
const MIN_SECRET_LENGTH = 6;
const REDACTED = '***';
/** The redactor when there is no secret to hide: redactDeep then returns its input untouched. */
const NO_REDACTION = (text) => text;
/** The values of the variables whose names look secret, at least MIN_SECRET_LENGTH characters long. */
function secretsFromEnv(env) {
    return Object.entries(env)
        .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined)
        .map(([, value]) => value ?? '');
}
/**
 * A function replacing every occurrence of each secret by `***`, as written or as escaped inside a
 * JSON string. Longer secrets go first, so one that contains another is replaced whole. Values
 * shorter than MIN_SECRET_LENGTH are ignored.
 */
function createRedactor(secrets) {
    const given = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH);
    // A secret quoted as JSON (a reason such as `output "\u2026" is not a number`) reads escaped: a `"`,
    // `\` or control character in it no longer matches, so that spelling is hidden too.
    const quoted = given.map((s) => JSON.stringify(s).slice(1, -1));
    const values = [...new Set([...given, ...quoted])].sort((a, b) => b.length - a.length);
    if (values.length === 0)
        return NO_REDACTION;
    const pattern = new RegExp(values.map(escapeRegExp).join('|'), 'g');
    return (text) => text.replace(pattern, REDACTED);
}
/**
 * `value` with `redact` applied to every string in it, keys included; arrays and plain objects are
 * walked, anything else (a Date, a number) is kept as is. Only what held a secret is copied: an
 * array or object none of whose strings changed is handed back as it is, so redacting a whole run
 * (30,000 results) costs a walk, not a second copy of the run, when the run holds no secret \u2014
 * the common case, even with secrets in the environment. Never mutates `value`.
 */
function redactDeep(value, redact) {
    if (redact === NO_REDACTION)
        return value;
    return walk(value, redact);
}
function walk(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value)) {
        let copy = null;
        for (let i = 0; i < value.length; i += 1) {
            const item = value[i];
            const redacted = walk(item, redact);
            if (!Object.is(redacted, item)) {
                copy ??= value.slice();
                copy[i] = redacted;
            }
        }
        return copy ?? value;
    }
    if (value !== null && typeof value === 'object') {
        const proto = Object.getPrototypeOf(value);
        if (proto !== Object.prototype && proto !== null)
            return value;
        const record = value;
        const keys = Object.keys(record);
        // Entries of the copy, made once a key or value is found to change (those before it did not).
        let entries = null;
        for (let i = 0; i < keys.length; i += 1) {
            const key = keys[i];
            const item = record[key];
            const redactedKey = redact(key);
            const redacted = walk(item, redact);
            if (entries === null && (redactedKey !== key || !Object.is(redacted, item))) {
                entries = keys.slice(0, i).map((k) => [k, record[k]]);
            }
            entries?.push([redactedKey, redacted]);
        }
        // fromEntries defines each key as the object's own (a `__proto__` key stays a key).
        return entries === null ? value : Object.fromEntries(entries);
    }
    return value;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 51398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   yA: () => (/* binding */ ExternalError),
/* harmony export */   yI: () => (/* binding */ ProcessError)
/* harmony export */ });
/* unused harmony exports ExbenchError, UserError, WorldError */
/**
 * One tree for every failure exbench raises on purpose, so a program can tell them apart:
 *
 *     ExbenchError
 *     \u251c\u2500 ConfigurationError (UserError)  the user's to fix: bad benchmark file, bad flag or input;
 *     \u2502                                  the message names the file, the field and what was expected
 *     \u2514\u2500 ExternalError (WorldError)      the world failed: server down, download refused, process died;
 *        \u251c\u2500 HttpError                      keeps the HTTP `status` (null: no answer at all)
 *        \u2502  \u2514\u2500 ModelServerError (ports.ts)   \u2026 and whether trying again may help
 *        \u2514\u2500 ProcessError                   keeps the `exitCode`, the `signal` and the `stderrTail`
 *
 * What the world said is a field, not only words in the message.
 */
class ExbenchError extends Error {
}
class ConfigurationError extends ExbenchError {
    name = 'ConfigurationError';
}
class ExternalError extends ExbenchError {
    name = 'ExternalError';
}
/** A server answered with an HTTP error, or (status null) could not be reached. */
class HttpError extends ExternalError {
    status;
    name = 'HttpError';
    constructor(message, 
    /** HTTP status, or null when the connection itself failed. */
    status, options) {
        super(message, options);
        this.status = status;
    }
}
/** A process exbench started failed or could not be started. */
class ProcessError extends ExternalError {
    name = 'ProcessError';
    exitCode;
    signal;
    stderrTail;
    constructor(message, outcome, options) {
        super(message, options);
        this.exitCode = outcome.exitCode;
        this.signal = outcome.signal ?? null;
        this.stderrTail = outcome.stderrTail;
    }
}
/** The two halves of the tree under the names the issue and STYLE.md use. */

/** The message of anything thrown, for logs and reports. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 51863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ markdownSafeText),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   eR: () => (/* binding */ terminalText)
/* harmony export */ });
/* unused harmony exports workflowLogText, neutralizeMentions */
/**
 * Untrusted text (server errors, model output, generated code's output) made safe for where it
 * goes. Each edge calls the one for it: the terminal, the workflow log, markdown.
 */
/**
 * C0 and C1 control characters but tab and newline, DEL, and the bidirectional overrides that can
 * make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** A zero-width space: invisible, but it breaks what a parser would read as a command or mention. */
const BREAK = '\u200b';
/** Each control character as visible text: ESC as `\x1b`, CR as `\r`, U+202E as `\u202e`. */
function escapeControls(text) {
    return text.replace(CONTROL, (c) => {
        if (c === '\r')
            return '\\r';
        const code = c.charCodeAt(0);
        return code <= 0xff
            ? `\\x${code.toString(16).padStart(2, '0')}`
            : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
/** For a terminal: no escape sequence (colour, title, cursor, bell) can act; lines stay lines. */
function terminalText(text) {
    return escapeControls(text);
}
/**
 * For the GitHub Actions log: as for the terminal, and no line can be read as a workflow command.
 * The runner reads a line as a command when it starts with `::` after leading spaces, and `##[`
 * anywhere in it as a legacy one; a zero-width space breaks both without changing what one reads.
 */
function workflowLogText(text) {
    return escapeControls(text)
        .split('\n')
        .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${BREAK}`).replaceAll('##[', `#${BREAK}#[`))
        .join('\n');
}
/** `@name` or `@org/team` as text that notifies nobody (GitHub links a mention only after a bare `@`). */
function neutralizeMentions(text) {
    return text.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${BREAK}`);
}
/** For markdown outside code: controls visible, mentions inert. Markdown syntax is the caller's to escape. */
function markdownSafeText(text) {
    return neutralizeMentions(escapeControls(text));
}


/***/ }),

/***/ 62129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ EXBENCH_VERSION)
/* harmony export */ });
/** exbench's version; a test keeps it equal to package.json's. */
const EXBENCH_VERSION = '0.1.0';


/***/ })

};
