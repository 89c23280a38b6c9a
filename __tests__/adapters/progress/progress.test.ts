import { PassThrough } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { BarProgress } from '../../../src/adapters/progress/bar-progress.js';
import { LineProgress } from '../../../src/adapters/progress/line-progress.js';
import { createProgressDisplay } from '../../../src/adapters/progress/progress-display.js';
import { parseModelRef } from '../../../src/core/model-ref.js';
import type { ModelRun, RowResult } from '../../../src/core/types.js';
import { FakeClock } from '../../support/fakes.js';
import { failedRow, modelRun, rowResult } from '../../support/run-factory.js';

const REF = parseModelRef('llama3.2:1b');

function row(index: number, correct = true): RowResult {
  return correct ? rowResult({ index, line: index + 3 }) : failedRow(index, 'got 2, expected 1');
}

const finished = (rows: RowResult[]): ModelRun => modelRun('llama3.2:1b', rows);

describe('LineProgress', () => {
  it('writes a line at every tenth of the rows when rows finish quickly', () => {
    const clock = new FakeClock();
    const lines: string[] = [];
    const progress = new LineProgress(clock, (line) => lines.push(line));
    progress.modelStarted(REF, 100);
    for (let i = 0; i < 100; i += 1) {
      clock.advance(10);
      progress.rowFinished(REF, row(i, i % 4 !== 0));
    }
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('llama3.2:1b: 10/100 rows (10%), 7 passed, 100.0 rows/s, about 1 s left');
    expect(lines.at(-1)).toBe('llama3.2:1b: 100/100 rows (100%), 75 passed, 100.0 rows/s, done');
  });

  it('writes a line every 10 s when a tenth of the rows takes longer', () => {
    const clock = new FakeClock();
    const lines: string[] = [];
    const progress = new LineProgress(clock, (line) => lines.push(line));
    progress.modelStarted(REF, 1000);
    for (let i = 0; i < 30; i += 1) {
      clock.advance(2_000);
      progress.rowFinished(REF, row(i));
    }
    // 60 s for 30 rows, 3 % of them: one line per 10 s.
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('llama3.2:1b: 5/1000 rows (0%), 5 passed, 0.5 rows/s, about 33 min 10 s left');
  });

  it('follows models run at once (--parallel-models), each on its own lines', () => {
    const clock = new FakeClock();
    const lines: string[] = [];
    const progress = new LineProgress(clock, (line) => lines.push(line));
    const other = parseModelRef('qwen2.5:1.5b');
    progress.modelStarted(REF, 10);
    progress.modelStarted(other, 10);
    for (let i = 0; i < 10; i += 1) {
      clock.advance(10);
      progress.rowFinished(REF, row(i));
      progress.rowFinished(other, row(i));
    }
    expect(lines.filter((line) => line.startsWith('llama3.2:1b: '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('qwen2.5:1.5b: '))).toHaveLength(10);
  });
});

/** A stream that says it is a terminal and keeps what was written. */
function fakeTerminal(): { stream: PassThrough & { isTTY: boolean; columns: number }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return { stream, text: () => written };
}

describe('BarProgress', () => {
  it('draws a bar with rows, passes, rate and time left, and prints log lines whole above it', () => {
    const clock = new FakeClock();
    const { stream, text } = fakeTerminal();
    const bars = new BarProgress(stream, clock, (t) => t);
    bars.modelStarted(REF, 4);
    clock.advance(1000);
    bars.rowFinished(REF, row(0));
    bars.log('warning: row 1: connection reset');
    clock.advance(1000);
    bars.rowFinished(REF, row(1, false));
    bars.modelFinished(finished([row(0), row(1, false)]));
    bars.stop();
    const out = text();
    expect(out).toContain('warning: row 1: connection reset\n');
    expect(out).toMatch(/llama3\.2:1b \[[█░]+\] 2\/4 rows \| 1 passed \| 1\.0 rows\/s \| about 2 s left/);
    // The cursor is shown again at the end.
    expect(out.endsWith('\x1B[?25h\n') || out.includes('\x1B[?25h')).toBe(true);
  });
});

describe('createProgressDisplay', () => {
  it('prints plain lines and no bar escape codes without a terminal, and nothing but failures when quiet', async () => {
    for (const quiet of [false, true]) {
      const clock = new FakeClock();
      const lines: string[] = [];
      const display = await createProgressDisplay({
        quiet,
        terminal: undefined,
        clock,
        safe: (t) => t,
        writeLine: (line) => lines.push(line),
        showFailures: 5,
        seeAllHint: 'see them all with --show-failures all',
      });
      display.observer?.modelStarted?.(REF, 2);
      display.observer?.rowFinished?.(REF, row(0));
      display.observer?.rowFinished?.(REF, row(1, false));
      display.observer?.modelFinished?.(finished([row(0), row(1, false)]));
      display.stop();
      expect(lines.join('\n')).not.toContain('\x1B[');
      const progressLines = lines.filter((line) => line.includes('rows ('));
      expect(progressLines.length).toBe(quiet ? 0 : 2);
      expect(lines).toContain('  row 1 (line 4): failed — got 2, expected 1');
    }
  });

  it('draws bars on a terminal, with the failing rows above them', async () => {
    const clock = new FakeClock();
    const { stream, text } = fakeTerminal();
    const display = await createProgressDisplay({
      quiet: false,
      terminal: stream,
      clock,
      safe: (t) => t,
      writeLine: () => {
        throw new Error('no plain line is written while bars are drawn');
      },
      showFailures: 5,
      seeAllHint: 'see them all with --show-failures all',
    });
    display.observer?.modelStarted?.(REF, 2);
    clock.advance(1000);
    display.observer?.rowFinished?.(REF, row(0));
    display.observer?.rowFinished?.(REF, row(1, false));
    display.observer?.modelFinished?.(finished([row(0), row(1, false)]));
    display.stop();
    expect(text()).toMatch(/llama3\.2:1b \[[█░]+\] 2\/2 rows/);
    expect(text()).toContain('  row 1 (line 4): failed — got 2, expected 1');
  });
});
