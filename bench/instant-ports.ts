/**
 * Ports that cost next to nothing, so a bench measures the harness and not its stand-ins. Unlike
 * the test fakes in __tests__/support/fakes.ts they record nothing: keeping every request would
 * count the fake's memory as the harness's.
 */
import type {
  CodeRunner,
  CodeRunResult,
  Executor,
  GenerateRequest,
  Generation,
  ListedModel,
  Logger,
  ModelDetails,
  ModelServer,
  SandboxDescription,
} from '../src/ports.js';

/** A model server in this process that answers every request at once with `answer(request)`. */
export class InstantModelServer implements ModelServer {
  readonly host = 'in-memory';

  constructor(private readonly answer: (request: GenerateRequest) => string) {}

  version(): Promise<string> {
    return Promise.resolve('in-memory');
  }

  listModels(): Promise<ListedModel[]> {
    return Promise.resolve([]);
  }

  show(model: string): Promise<ModelDetails> {
    return Promise.resolve({
      name: model,
      digest: null,
      sizeBytes: null,
      family: null,
      parameterSize: null,
      quantizationLevel: null,
      format: null,
      contextLength: null,
    });
  }

  pull(): Promise<void> {
    return Promise.resolve();
  }

  generate(request: GenerateRequest): Promise<Generation> {
    // Figures of the order a small local model reports, so the report's statistics have work to do.
    return Promise.resolve({
      response: this.answer(request),
      thinking: '',
      doneReason: 'stop',
      evalCount: 12,
      evalDurationNs: 240_000_000,
      promptEvalCount: 96,
      promptEvalDurationNs: 190_000_000,
      loadDurationNs: 2_000_000,
      totalDurationNs: 432_000_000,
      timeToFirstTokenMs: 195.5,
      wallMs: 440.25,
    });
  }
}

/** What an in-memory runner isolates: nothing, as it runs nothing. */
const NO_SANDBOX: SandboxDescription = { tier: 'process', isolates: [], doesNotIsolate: [], warning: null };

/** A CodeRunner for evaluators that run nothing; being asked to run code is a bench bug. */
export const noCodeRunner: CodeRunner = {
  sandbox: NO_SANDBOX,
  available: () => Promise.resolve(new Set<Executor>()),
  run: () => Promise.reject(new Error('noCodeRunner: this bench runs no code')),
};

/** A CodeRunner that "runs" `print(<a> + <b>)` by adding the two integers. */
export const additionCodeRunner: CodeRunner = {
  sandbox: NO_SANDBOX,
  available: () => Promise.resolve(new Set<Executor>(['python3'])),
  run: (request): Promise<CodeRunResult> => {
    const match = /^print\((\d+) \+ (\d+)\)$/.exec(request.code.trim());
    const ok = match !== null;
    return Promise.resolve({
      executor: request.executor,
      command: 'python3 -I -u main.py',
      exitCode: ok ? 0 : 1,
      signal: null,
      timedOut: false,
      stdout: ok ? `${Number(match[1]) + Number(match[2])}\n` : '',
      stderr: ok ? '' : 'SyntaxError: invalid syntax',
      stdoutTruncated: false,
      stderrTruncated: false,
      durationMs: 21.5,
      spawnError: null,
    });
  },
};

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, body) => body(),
};
