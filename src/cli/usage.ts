import {
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_COMPARISON_THRESHOLDS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_REPORT_DIR,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_ATTEMPTS,
  DEFAULT_SERVER_WAIT_MS,
  DEFAULT_SHOWN_FAILURES,
  MAX_CODE_TIMEOUT_MS,
  MAX_OUTPUT_BYTES_LIMIT,
} from '../constants.js';

/** `exbench --help`. It needs only constants: printing it loads none of the run's code. */
export const USAGE = `Usage: exbench ollama-bench [options] [model...] <benchmark.yaml | prompts.txt | questions.csv | glob | folder>
       exbench compare [options] <base.json> <head.json>
       exbench dashboard <reports or folders…> --out <dir>   (see exbench dashboard --help)
       exbench merge <reports or folders…> --out <dir>       (see exbench merge --help)

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
  --show-failures <n|all> failing rows to list after each model (default: ${DEFAULT_SHOWN_FAILURES})
  --server <provider=URL> the server of llamacpp~ or openai~ models (repeatable), e.g.
                          llamacpp=http://127.0.0.1:8080 or openai=http://127.0.0.1:8000/v1;
                          overrides the file's servers:
  --api-key-env <NAME>    send the key in this environment variable to those servers (never
                          the key itself on the command line); it is redacted from all output
  --no-pull               fail a model the server lacks instead of pulling it
  --output-dir <dir>      where the report goes (default: ${DEFAULT_REPORT_DIR})
  --format <list>         report formats, comma-separated: json, html, csv, junit, md,
                          github-action-benchmark, or all (default: json, one file; any other
                          writes a folder <name>_<timestamp>/ with the JSON report, one per model,
                          index.html and each format)
  --timeout <seconds>     time limit for each snippet of generated code (default: ${DEFAULT_CODE_TIMEOUT_MS / 1000},
                          at most ${Math.floor(MAX_CODE_TIMEOUT_MS / 1000)})
  --max-output <bytes>    cap on each snippet's stdout and stderr (default: ${DEFAULT_MAX_OUTPUT_BYTES},
                          at most ${MAX_OUTPUT_BYTES_LIMIT})
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
  --retries <n>           attempts per request, the first included (default: ${DEFAULT_RETRY_ATTEMPTS})
  --request-timeout <s>   deadline for a whole generation, first byte included (default: ${DEFAULT_REQUEST_TIMEOUT_MS / 1000})
  --idle-timeout <s>      deadline between two streamed chunks (default: ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --connect-timeout <s>   deadline to connect to the server (default: ${DEFAULT_CONNECT_TIMEOUT_MS / 1000})
  --server-wait <s>       after a server fault, how long to wait for the server to answer again
                          before the request is given up (default: ${DEFAULT_SERVER_WAIT_MS / 1000})
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
  --alpha <p>                  significance level of the accuracy test (default: ${DEFAULT_COMPARISON_THRESHOLDS.alpha})
  --min-accuracy-drop <points> smallest drop that can regress, as a fraction: 0.05 = 5 points (default: ${DEFAULT_COMPARISON_THRESHOLDS.minAccuracyDrop})
  --max-slowdown <fraction>    slowdown the whole interval must lie beyond: 0.1 = 10 % (default: ${DEFAULT_COMPARISON_THRESHOLDS.maxSlowdown})
  --seed <n>                   seed of the bootstrap (default: ${DEFAULT_COMPARISON_THRESHOLDS.seed})
  --format <plain|markdown|json>  how to print the comparison (default: plain on a terminal, else markdown)
  --json                       the same as --format json

Models pair by identity as Ollama resolves names: llama3.2, llama3.2:latest and ollama~llama3.2 are
one model.

Exit status: 0 when nothing regressed, 1 on a regression, 2 for bad arguments, a file that is not a
readable exbench report, or reports that cannot be compared (another benchmark, rows that do not
match, no model on head).`;
