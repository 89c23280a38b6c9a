import path from 'node:path';
import { systemClock } from '../adapters/clock/system-clock.js';
import { loadBenchmarkFile } from '../adapters/fs/benchmark-source.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { ConsoleLogger } from '../adapters/logger/console-logger.js';
import { OllamaModelServer } from '../adapters/ollama/client.js';
import { PythonCodeRunner } from '../adapters/sandbox/python-code-runner.js';
import { mergeOptions, runBenchmarkJob } from '../core/benchmark-job.js';
import { ConfigurationError, describeError } from '../errors.js';
import type { CodeRunner } from '../ports.js';
import { renderConsoleTable } from '../report/console-table.js';
import { EXBENCH_VERSION } from '../version.js';
import { parseCliArgs, USAGE } from './args.js';

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Tests may pass a runner; otherwise the real sandbox is created. */
  createRunner?: () => Promise<CodeRunner>;
}

/** The CLI: parses arguments, runs the benchmark, prints the table and the report path; returns the exit status. */
export async function runCli(io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(io.argv, io.env);
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command.command === 'version') {
      io.stdout(`${EXBENCH_VERSION}\n`);
      return 0;
    }

    const logger = new ConsoleLogger(command.verbose, (line) => io.stderr(`${line}\n`));
    const benchmark = await loadBenchmarkFile(path.resolve(io.cwd, command.benchmarkPath));
    const runner = await (io.createRunner ?? (() => PythonCodeRunner.create()))();
    const { run, reportPath } = await runBenchmarkJob(
      { ...benchmark, fileName: command.benchmarkPath },
      {
        models: command.models,
        options: mergeOptions(benchmark, command.optionOverrides),
        pull: command.pull,
        warmup: command.warmup,
        overlap: command.overlap,
        evaluationConcurrency: command.concurrency,
        codeTimeoutMs: command.codeTimeoutMs,
        maxOutputBytes: command.maxOutputBytes,
        retry: { attempts: command.retryAttempts, initialDelayMs: 500 },
      },
      {
        server: new OllamaModelServer({ url: command.hostUrl, clock: systemClock }),
        runner,
        clock: systemClock,
        logger,
        reports: new DirectoryReportStore(path.resolve(io.cwd, command.outputDir)),
      },
      { exbenchVersion: EXBENCH_VERSION, benchmarkPath: command.benchmarkPath },
    );
    io.stdout(`${renderConsoleTable(run)}\n\nReport: ${path.relative(io.cwd, reportPath) || reportPath}\n`);
    const unavailable = run.models.filter((model) => model.status === 'unavailable');
    if (unavailable.length > 0) {
      io.stderr(
        `error: ${unavailable.length} model(s) could not be run: ${unavailable.map((m) => m.ref.spec).join(', ')}\n`,
      );
      return 1;
    }
    return 0;
  } catch (error: unknown) {
    io.stderr(`error: ${describeError(error)}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}
