import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { buildJsonReport, MEASUREMENT_NOTES } from '../../src/report/json-report.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { ModelServerError } from '../../src/ports.js';

const REPORTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/benchy/reports');
const predecessor = JSON.parse(
  readFileSync(path.join(REPORTS, readdirSync(REPORTS).find((f) => f.endsWith('.json')) ?? ''), 'utf8'),
) as Record<string, unknown>;

/** Every key path of a JSON value with the type found there; list items are folded into `[]`. */
function shape(value: unknown, prefix = '$', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    for (const item of value) shape(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      out.set(`${prefix}.${key}`, inner === null ? 'null' : Array.isArray(inner) ? 'array' : typeof inner);
      shape(inner, `${prefix}.${key}`, out);
    }
  }
  return out;
}

const FILE = parseBenchmarkFile(
  `benchmark_name: "Simple Function Coder Micro"
purpose: "Evaluate"
base_prompt: "Write {{function}} and call it with {{arguments}}"
evaluator: "execute_python_code_with_string_output"
prompts:
  - dynamic_variables: { function: "add", arguments: "1, 2" }
    expectation: "3.0"
  - dynamic_variables: { function: "reverse", arguments: "'ab'" }
    expectation: "ba"
`,
  'coder.yaml',
);

async function sampleReport() {
  const server = new FakeModelServer((request, call) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready', loadDurationNs: 2.5e9 });
    if (request.model === 'down') return new ModelServerError('boom', 500, true);
    return generation({ response: '```python\nprint(' + (call % 2 === 0 ? '3' : "'ba'") + ')\n```' });
  });
  server.local.add('qwen2.5-coder:1.5b');
  server.local.add('down');
  const runner = new FakeCodeRunner();
  runner.outcomes.set("print('ba')", { stdout: 'ba\n' });
  runner.outcomes.set('print(3)', { stdout: '3\n' });
  const run = await runBenchmark(FILE, runSettings({ models: ['qwen2.5-coder:1.5b'] }), {
    server,
    runner,
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
  return buildJsonReport(run, { exbenchVersion: '0.1.0', benchmarkPath: 'coder.yaml' });
}

describe('buildJsonReport', () => {
  it("keeps every field of the predecessor's report, with the same types", async () => {
    const ours = shape(JSON.parse(JSON.stringify(await sampleReport())));
    const theirs = shape(predecessor);
    const missing = [...theirs].filter(([key, type]) => {
      const found = ours.get(key);
      // The predecessor writes null for "not errored"; so do we. Otherwise types must match.
      return found === undefined || (found !== type && type !== 'null');
    });
    expect(missing).toEqual([]);
    expect(theirs.size).toBeGreaterThan(30);
  });

  it('grades like the predecessor: a printed 3 matches an expected "3.0", and records the rule that judged', async () => {
    const report = await sampleReport();
    const results = report.models[0]?.results ?? [];
    expect(
      results.map((r) => [r.index, r.correct, r.execution_result, r.expected_result, r.comparison]),
    ).toEqual([
      [1, true, '3\n', '3.0', 'absolute_1e-6'],
      [2, true, 'ba\n', 'ba', 'string'],
    ]);
    expect(report).toMatchObject({
      overall_correct_count: 2,
      overall_incorrect_count: 0,
      overall_accuracy: 1,
    });
  });

  it('adds speed distributions, the warm-up load, and says how each figure was obtained', async () => {
    const report = await sampleReport();
    const model = report.models[0];
    expect(model?.decode_tokens_per_second).toMatchObject({ n: 2, median: 50, mean: 50 });
    expect(model?.time_to_first_token_ms).toMatchObject({ n: 2, median: 120 });
    expect(model?.warmup_load_duration_ms).toBe(2500);
    expect(model?.average_load_duration_ms).toBe(1);
    expect(report.measurement).toEqual(MEASUREMENT_NOTES);
    expect(report).toMatchObject({
      evaluator: 'execute_python_code_with_string_output',
      executor: 'python3',
    });
    expect(report.ollama).toEqual({ host: 'http://fake:11434', version: '0.12.0' });
    expect(report.started_at).toBe('2026-11-23T12:00:00.000Z');
  });
});
