import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import type { RunSettings } from '../../src/core/types.js';
import type { GenerateRequest, Generation } from '../../src/ports.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { heatmapMark } from '../../src/report/repeat-markdown.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { RecordingLogger } from '../support/recording-logger.js';

const FILE = parseBenchmarkFile(
  `benchmark_name: "Math"
base_prompt: "Print {{statement}}"
evaluator: "execute_python_code_with_num_output"
prompts:
${Array.from({ length: 10 }, (_, i) => `  - dynamic_variables: { statement: "${i} + 1" }\n    expectation: "${i + 1}"`).join('\n')}
`,
  'math.yaml',
);

/** The summary of a run where `wrong(row, request)` decides which answers are off by one. */
async function summary(
  settings: Partial<RunSettings>,
  wrong: (row: number, request: GenerateRequest) => boolean,
  timing: (request: GenerateRequest) => Partial<Generation> = () => ({}),
) {
  const server = new FakeModelServer((request) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready' });
    const expr = request.prompt.replace('Print ', '');
    const row = Number(expr.split(' + ')[0]);
    return generation({
      response: '```python\nprint(' + (wrong(row, request) ? `${expr} + 1` : expr) + ')\n```',
      ...timing(request),
    });
  });
  server.local.add('qwen');
  server.local.add('llama');
  const run = await runBenchmark(FILE, runSettings(settings), {
    server,
    runner: new FakeCodeRunner(),
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
  return renderMarkdown([{ run, reportPath: 'reports/math.json' }], {
    maxLength: 65_536,
    exbenchVersion: '0.1.0',
  });
}

describe('the success-rate heatmap in the summary', () => {
  it('grades each model at each swept value in five steps, with a legend', async () => {
    // qwen gets rows wrong as the temperature rises (none, 3, 7 of 10); llama never does.
    const wrongRows: Record<string, number> = { '0': 0, '0.5': 3, '1': 7 };
    const markdown = await summary(
      { models: ['qwen', 'llama'], sweep: { temperature: [0, 0.5, 1] } },
      (row, request) =>
        request.model === 'qwen' && row < (wrongRows[String(request.options?.temperature)] ?? 0),
    );
    expect(markdown).toContain(
      [
        '**Success rate by temperature**',
        '',
        '| Model | 0 | 0.5 | 1 |',
        '| --- | :---: | :---: | :---: |',
        '| qwen | 🟦 100% | 🟩 70% | 🟧 30% |',
        '| llama | 🟦 100% | 🟦 100% | 🟦 100% |',
      ].join('\n'),
    );
    expect(markdown).toContain('🟥 under 20 % · 🟧 20–40 % · 🟨 40–60 % · 🟩 60–80 % · 🟦 80 % and over');
    // Every table names the variant.
    expect(markdown).toContain('| qwen @ temperature=0.5 |');
  });

  it('has no heatmap without a sweep', async () => {
    const markdown = await summary({ models: ['qwen'] }, () => false);
    expect(markdown).not.toContain('Success rate by');
    expect(markdown).not.toContain('repeats of each row');
  });

  it('puts each step boundary in the step above it', () => {
    expect([0, 0.19, 0.2, 0.4, 0.59, 0.6, 0.8, 1].map(heatmapMark).join('')).toBe('🟥🟥🟧🟨🟨🟩🟦🟦');
  });
});

describe('repeats in the summary', () => {
  it('shows accuracy with its interval, pass@k and the speed pooled over repeats', async () => {
    // Row 0 is right only in the first of 5 repeats (seed 10); that repeat also decodes at 40 tok/s, not 50.
    const markdown = await summary(
      { models: ['qwen'], repeat: 5, options: { seed: 10 } },
      (row, request) => row === 0 && request.options?.seed !== 10,
      (request) => (request.options?.seed === 10 ? { evalDurationNs: 2.5e9 } : {}),
    );
    expect(markdown).toContain('10 rows × 5 repeats');
    expect(markdown).toContain('**Over 5 repeats of each row**');
    expect(markdown).toContain(
      '| Model | Accuracy \\[95 % interval\\] | pass@1 | pass@5 | Decode tok/s median (p95) | TTFT ms median (p95) | Spread between repeats (decode, TTFT) |',
    );
    // Accuracy (0.2 + 9) / 10 = 92 %; pass@5 is 100 % (row 0 passed once in 5). Each row's decode
    // speeds are 40 once and 50 four times: a spread of (50 - 40) / 50 = 20 %.
    expect(markdown).toMatch(
      /\| qwen \| 92\.0% \[\d+\.\d% – 100\.0%\] \| 92\.0% \| 100\.0% \| 50\.0 \(50\.0\) \| 120 \(120\) \| 20%, 0% \|/,
    );
  });
});
