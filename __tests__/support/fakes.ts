import { defaultRunSettings } from '../../src/config/run-settings.js';
/** Plain in-memory fakes of the ports, for core tests without servers, processes or module mocks. */
import {
  ModelServerError,
  type Clock,
  type CodeRunner,
  type CodeRunRequest,
  type CodeRunResult,
  type Engine,
  type Executor,
  type GenerateRequest,
  type Generation,
  type ModelDetails,
  type ListedModel,
  type ModelServer,
  type PullProgress,
  type SandboxDescription,
} from '../../src/ports.js';
import type { RunSettings } from '../../src/core/types.js';

export function generation(overrides: Partial<Generation> = {}): Generation {
  return {
    response: '',
    thinking: '',
    doneReason: 'stop',
    evalCount: 100,
    evalDurationNs: 2e9,
    promptEvalCount: 50,
    promptEvalDurationNs: 1e8,
    loadDurationNs: 1e6,
    totalDurationNs: 2.2e9,
    timeToFirstTokenMs: 120,
    wallMs: 2300,
    ...overrides,
  };
}

export function details(name: string, capabilities: string[] | null = ['completion']): ModelDetails {
  return {
    name,
    digest: `sha256:${name}`,
    sizeBytes: 1000,
    family: 'llama',
    parameterSize: '1B',
    quantizationLevel: 'Q4_K_M',
    format: 'gguf',
    contextLength: 4096,
    capabilities,
  };
}

type Answer = Generation | ModelServerError;

/** A model server whose models answer from a function; records every call in order. */
export class FakeModelServer implements ModelServer {
  host = 'http://fake:11434';
  engine: Engine = 'ollama';
  readonly calls: string[] = [];
  readonly requests: GenerateRequest[] = [];
  readonly local = new Set<string>();
  /** What `/api/show` says a local model can do, by name; default `['completion']`. */
  readonly capabilities = new Map<string, string[] | null>();
  pullError: ModelServerError | null = null;
  /** Whether `GET /api/version` answers, by call (1 = the run's first); default always. */
  answersVersion: (call: number) => boolean = () => true;
  private versionCalls = 0;

  constructor(private readonly answer: (request: GenerateRequest, call: number) => Answer) {}

  version(): Promise<string> {
    this.calls.push('version');
    this.versionCalls += 1;
    return this.answersVersion(this.versionCalls)
      ? Promise.resolve('0.12.0')
      : Promise.reject(new Error('cannot reach Ollama at http://fake:11434 (connect ECONNREFUSED)'));
  }
  show(model: string): Promise<ModelDetails | null> {
    this.calls.push(`show ${model}`);
    return Promise.resolve(
      this.local.has(model) ? details(model, this.capabilities.get(model) ?? ['completion']) : null,
    );
  }
  listModels(): Promise<ListedModel[]> {
    this.calls.push('list');
    return Promise.resolve([...this.local].map((name) => ({ name })));
  }
  pull(model: string, onProgress: (progress: PullProgress) => void): Promise<void> {
    this.calls.push(`pull ${model}`);
    if (this.pullError) return Promise.reject(this.pullError);
    onProgress({ status: 'pulling manifest' });
    onProgress({ status: 'pulling abc', total: 100, completed: 100 });
    onProgress({ status: 'success' });
    this.local.add(model);
    return Promise.resolve();
  }
  generate(request: GenerateRequest): Promise<Generation> {
    this.requests.push(request);
    this.calls.push(`generate ${request.model}`);
    const answer = this.answer(request, this.requests.length);
    return answer instanceof ModelServerError ? Promise.reject(answer) : Promise.resolve(answer);
  }
}

export function codeResult(overrides: Partial<CodeRunResult> = {}): CodeRunResult {
  return {
    executor: 'python3',
    command: 'python3 -I main.py',
    exitCode: 0,
    signal: null,
    timedOut: false,
    stdout: '',
    stderr: '',
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: 20,
    spawnError: null,
    ...overrides,
  };
}

/**
 * "Runs" Python by recognising `print(<arithmetic>)` and evaluating the arithmetic; anything
 * registered in `outcomes` by exact code wins. Records each run in `calls` (shared with a server).
 */
export class FakeCodeRunner implements CodeRunner {
  readonly runs: CodeRunRequest[] = [];
  readonly sandbox: SandboxDescription = {
    tier: 'namespace',
    isolates: ['everything (a fake)'],
    doesNotIsolate: [],
    warning: null,
  };
  readonly outcomes = new Map<string, Partial<CodeRunResult>>();

  constructor(
    private readonly calls: string[] = [],
    private readonly executors: Executor[] = ['python3'],
  ) {}

  available(): Promise<ReadonlySet<Executor>> {
    return Promise.resolve(new Set(this.executors));
  }
  run(request: CodeRunRequest): Promise<CodeRunResult> {
    this.runs.push(request);
    this.calls.push('run');
    const scripted = this.outcomes.get(request.code.trim());
    if (scripted) return Promise.resolve(codeResult({ executor: request.executor, ...scripted }));
    const printed = /^print\(([\d\s+\-*/().]+)\)$/.exec(request.code.trim());
    if (!printed?.[1])
      return Promise.resolve(codeResult({ exitCode: 1, stderr: 'SyntaxError: invalid syntax' }));
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test fake: evaluates plain arithmetic only
    const evaluate = new Function(`return (${printed[1]})`) as () => number;
    const value = evaluate();
    return Promise.resolve(codeResult({ executor: request.executor, stdout: `${value}\n` }));
  }
}

/** A clock that starts at zero, advances only when told, and records sleeps instead of waiting. */
export class FakeClock implements Clock {
  private ms = 0;
  readonly sleeps: number[] = [];
  now(): number {
    return this.ms;
  }
  date(): Date {
    return new Date(Date.UTC(2026, 10, 23, 12, 0, 0) + this.ms);
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.ms += ms;
    return Promise.resolve();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export function runSettings(overrides: Partial<RunSettings> = {}): RunSettings {
  return {
    ...defaultRunSettings({ cpuCount: 2 }),
    options: { temperature: 0 },
    ...overrides,
  };
}
