/**
 * Compatibility with the predecessor's own files: its benchmark files load and run unchanged, its
 * report is read, and ours keeps every field of it. Those files lie beside the team's checkout
 * (../shared/benchy), not in the repository; without them this suite is skipped with a note, and the
 * project's own predecessor-format fixtures (__tests__/fixtures) cover the same features.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { renderPrompt } from '../../src/core/template.js';
import { readReport } from '../../src/report/report-schema.js';
import { runCliIn } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { hasSharedBenchy, missingFields, shape, SHARED_BENCHY } from '../support/predecessor-files.js';
import { mathModels } from '../support/scripted-models.js';

if (!hasSharedBenchy) {
  // Written past jest's console capture, which shows nothing for a suite whose tests are all skipped.
  process.stderr.write(
    `\nNote: __tests__/compat skipped: the predecessor's own files are not at ${SHARED_BENCHY} (they lie ` +
      "beside the team's checkout). The project's fixtures in __tests__/fixtures/predecessor-format " +
      'cover the same format features.\n\n',
  );
}

const suite = hasSharedBenchy ? describe : describe.skip;
const BENCHMARKS = path.join(SHARED_BENCHY, 'benchmark_data');
const REPORTS = path.join(SHARED_BENCHY, 'reports');
const list = (dir: string, ext: string) =>
  hasSharedBenchy ? readdirSync(dir).filter((f) => f.endsWith(ext)) : [];
const benchmarkFiles = list(BENCHMARKS, '.yaml');
const reportFiles = list(REPORTS, '.json');

suite("the predecessor's own files", () => {
  let fake: FakeOllama;
  beforeAll(async () => {
    fake = await startFakeOllama({ models: mathModels(), local: ['exbench/right:latest'] });
  });
  afterAll(() => fake.close());

  it('are all there (the tests below are not vacuous)', () => {
    expect(benchmarkFiles.length).toBeGreaterThanOrEqual(11);
    expect(reportFiles.length).toBeGreaterThanOrEqual(1);
  });

  it.each(benchmarkFiles)('loads the benchmark file %s unchanged, with every row renderable', (file) => {
    const benchmark = parseBenchmarkFile(readFileSync(path.join(BENCHMARKS, file), 'utf8'), file);
    expect(benchmark.rows.length).toBeGreaterThan(0);
    for (const row of benchmark.rows) {
      expect(renderPrompt(benchmark.basePrompt, row.variables)).not.toMatch(/\{\{[^{}\s]+\}\}/);
    }
  });

  it('runs the micro benchmark files and simple_math unchanged, and our report keeps every field of theirs', async () => {
    const theirs = JSON.parse(readFileSync(path.join(REPORTS, reportFiles[0] ?? ''), 'utf8')) as {
      benchmark_name: string;
    };
    expect(shape(theirs).size).toBeGreaterThan(30);
    let sameBenchmark = 0;
    for (const file of benchmarkFiles.filter((f) => f.endsWith('_micro.yaml') || f === 'simple_math.yaml')) {
      const run = await runCliIn(fake.hostPort, [
        'ollama-bench',
        'exbench/right',
        path.join(BENCHMARKS, file),
        '--timeout',
        '2',
      ]);
      expect([file, run.status, run.stderr.match(/error: .*/)?.[0] ?? '']).toEqual([file, 0, '']);
      expect(run.report?.models[0]?.results.length).toBeGreaterThan(0);
      if (run.report?.benchmark_name === theirs.benchmark_name) {
        sameBenchmark += 1;
        expect(missingFields(run.report, theirs)).toEqual([]);
      }
    }
    expect(sameBenchmark).toBe(1);
  }, 90_000);

  it.each(reportFiles)('reads the report %s for a comparison', (file) => {
    const read = readReport(JSON.parse(readFileSync(path.join(REPORTS, file), 'utf8')));
    expect(read).toMatchObject({ ok: true });
  });
});
