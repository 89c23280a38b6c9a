import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import type { BenchmarkRun } from '../../src/core/types.js';
import { ModelServerError, type GenerateRequest, type Generation } from '../../src/ports.js';
import { renderMarkdown, type MarkdownOptions, type RenderedRun } from '../../src/report/markdown.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { RecordingLogger } from '../support/recording-logger.js';

const MATH = `benchmark_name: "Simple Math"
purpose: "p"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: "execute_python_code_with_num_output"
prompts:
  - dynamic_variables: { statement: "1 + 1" }
    expectation: "2"
  - dynamic_variables: { statement: "2 * 3" }
    expectation: "6"
  - dynamic_variables: { statement: "10 / 4" }
    expectation: "2.5"
`;

/** How a scripted model answers: its speed, and whether a row is answered right, wrong or not at all. */
interface ModelScript {
  tokensPerSecond?: number;
  ttftMs?: number;
  /** Per row index from 1: 'right' (default), 'wrong' (adds one), 'error' (server error) or an answer. */
  rows?: Record<number, 'right' | 'wrong' | 'error' | { answer: string }>;
  /** The server reports no decode timing and no token arrives before the last chunk. */
  unmeasured?: boolean;
  /** Fails its warm-up, so it is unavailable. */
  down?: boolean;
}

const statement = (prompt: string): string => /<statement>(.*)<\/statement>/.exec(prompt)?.[1] ?? '';

async function benchmarkRun(
  yaml: string,
  scripts: Record<string, ModelScript>,
  outcomes: Record<string, { stdout?: string; stderr?: string; exitCode?: number }> = {},
): Promise<BenchmarkRun> {
  const benchmark = parseBenchmarkFile(yaml, 'bench.yaml');
  const statements = benchmark.rows.map((row) => row.variables.statement ?? '');
  const server = new FakeModelServer((request: GenerateRequest): Generation | ModelServerError => {
    const script = scripts[request.model] ?? {};
    if (request.prompt === WARMUP_PROMPT) {
      if (script.down === true) return new ModelServerError('model requires more system memory', 500, false);
      return generation({ response: 'ready', loadDurationNs: 1.5e9, evalCount: 1 });
    }
    const expression = statement(request.prompt);
    const index = statements.indexOf(expression) + 1;
    const row = script.rows?.[index] ?? 'right';
    if (row === 'error') return new ModelServerError('connection reset', 500, false);
    const speed = script.unmeasured
      ? { evalCount: 0, evalDurationNs: 0, timeToFirstTokenMs: null }
      : {
          evalCount: 100,
          evalDurationNs: (100 / (script.tokensPerSecond ?? 50)) * 1e9,
          timeToFirstTokenMs: script.ttftMs ?? 120,
        };
    if (row === 'right')
      return generation({ ...speed, response: '```python\nprint(' + expression + ')\n```' });
    if (row === 'wrong') {
      return generation({ ...speed, response: '```python\nprint((' + expression + ') + 1)\n```' });
    }
    return generation({ ...speed, response: row.answer });
  });
  for (const name of Object.keys(scripts)) server.local.add(name);
  const runner = new FakeCodeRunner();
  for (const [code, outcome] of Object.entries(outcomes)) runner.outcomes.set(code, outcome);
  return runBenchmark(benchmark, runSettings({ models: Object.keys(scripts) }), {
    server,
    runner,
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
}

function render(runs: readonly BenchmarkRun[], options: Partial<MarkdownOptions> = {}): string {
  const rendered: RenderedRun[] = runs.map((run) => ({
    run,
    reportPath: `reports/${run.benchmark.benchmarkName.replace(/\W+/g, '_')}_20261123_120000.json`,
  }));
  return renderMarkdown(rendered, { maxLength: 65_536, exbenchVersion: '0.1.0-test', ...options });
}

/** The lines of a table, from its header to the line before the first blank line. */
function tableOf(markdown: string, benchmarkHeading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex(
    (line, i) => line.startsWith('| Rank | Model') && i > lines.indexOf(benchmarkHeading),
  );
  const end = lines.findIndex((line, i) => i > start && line === '');
  return lines.slice(start, end);
}

/** Cell texts of a table row, splitting only at pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .replace(/^\| /, '')
    .replace(/ \|$/, '')
    .split(/(?<!\\) \| /);
}

/**
 * Reads markdown the way a CommonMark parser finds fences: returns the lines outside fenced code,
 * the contents of each fenced block, and whether every fence was closed.
 */
function fences(markdown: string): { outside: string[]; blocks: string[]; closed: boolean } {
  const outside: string[] = [];
  const blocks: string[] = [];
  let open: string | null = null;
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (open === null) {
      const opening = /^(`{3,})/.exec(line);
      if (opening?.[1] !== undefined) {
        open = opening[1];
        current = [];
      } else {
        outside.push(line);
      }
    } else if (new RegExp(`^\`{${open.length},}\\s*$`).test(line)) {
      blocks.push(current.join('\n'));
      open = null;
    } else {
      current.push(line);
    }
  }
  return { outside, blocks, closed: open === null };
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

describe('renderMarkdown', () => {
  it('fences a text answer without a language and a JSON answer as json, not as python', async () => {
    const words = (evaluator: string) =>
      MATH.replace('execute_python_code_with_num_output', evaluator).replace('Simple Math', evaluator);
    const text = await benchmarkRun(words('raw_string_evaluator'), {
      m: { rows: { 1: { answer: 'three' }, 2: { answer: 'six' }, 3: { answer: 'two' } } },
    });
    const json = await benchmarkRun(words('json_validator_eval'), {
      m: { rows: { 1: { answer: '{"a": 1}' }, 2: { answer: '[]' }, 3: { answer: '{}' } } },
    });

    expect(render([text])).toContain('\n```\nthree\n```');
    expect(render([json])).toContain('\n```json\n{"a": 1}\n```');
    expect(render([text, json])).not.toContain('```python');
  });

  it('renders a run with a perfect, a partly wrong and an unavailable model', async () => {
    const run = await benchmarkRun(MATH, {
      'qwen2.5-coder:1.5b': { tokensPerSecond: 41.3, ttftMs: 182 },
      'llama3.2:1b': { tokensPerSecond: 55, ttftMs: 120, rows: { 2: 'wrong', 3: 'error' } },
      'big:70b': { down: true },
    });

    const markdown = render([run]);

    expect(markdown).toMatchSnapshot();
    expect(markdown).toContain('| qwen2.5-coder:1.5b | **100.0%** 🏆 (3/3) | 0 | 0 | 0 | 41.3 | 182 |');
    expect(markdown).toContain('| llama3.2:1b | 33.3% (1/3) | 1 | 1 | 0 | **55.0** 🏆 | **120** 🏆 |');
    expect(markdown).toContain('| big:70b | unavailable: ');
    expect(markdown).toContain('<summary>llama3.2:1b: 2 rows did not pass</summary>');
    expect(markdown).toContain('exbench 0.1.0-test · Ollama 0.12.0.');
    // Three rows are few: 3/3 right still leaves accuracy anywhere from 44 % up.
    expect(markdown).toContain(
      '95 % interval of accuracy (Wilson score): qwen2.5-coder:1.5b 43.9% – 100.0% · llama3.2:1b 6.1% – 79.2%',
    );
  });

  it('renders several benchmarks and the problems above them', async () => {
    const math = await benchmarkRun(MATH, { a: {}, b: { rows: { 1: 'wrong' } } });
    const other = await benchmarkRun(MATH.replace('Simple Math', 'More Math'), { a: {} });

    const markdown = render([math, other], {
      title: 'Nightly',
      problems: ['benchmarks/bad.yaml: evaluator: unknown evaluator "nope"'],
    });

    expect(markdown).toMatchSnapshot();
    expect(markdown.indexOf('> [!WARNING]')).toBeLessThan(markdown.indexOf('### Simple Math'));
    expect(markdown.indexOf('### Simple Math')).toBeLessThan(markdown.indexOf('### More Math'));
  });

  it('says so when no benchmark ran', () => {
    expect(render([])).toContain('No benchmark ran.');
  });

  describe('staying under maxLength', () => {
    const manyRows = `benchmark_name: "Long"
purpose: "p"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: "execute_python_code_with_num_output"
prompts:
${Array.from({ length: 30 }, (_, i) => `  - dynamic_variables: { statement: "${i} + 1" }\n    expectation: "${i + 1}"`).join('\n')}
`;
    const longCode = (i: number): string =>
      '```python\n' +
      Array.from({ length: 80 }, (_, line) => `x_${line} = ${i} * ${line}`).join('\n') +
      '\nprint(0)\n```';

    async function longRun(): Promise<BenchmarkRun> {
      const rows = Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [i + 1, { answer: longCode(i + 1) }]),
      );
      return benchmarkRun(manyRows, { good: {}, verbose: { rows } });
    }

    it('shows every failing row in full when there is room', async () => {
      const markdown = render([await longRun()]);
      expect(markdown).toContain('<summary>verbose: 30 rows did not pass</summary>');
      expect(markdown).toContain('**Row 30 (line ');
      expect(markdown).not.toContain('left out');
    });

    it.each([40_000, 20_000, 8_000, 3_000])(
      'shrinks the details to fit %p bytes and keeps the table whole',
      async (maxLength) => {
        const run = await longRun();
        const full = render([run]);
        const small = render([run], { maxLength });

        expect(bytes(small)).toBeLessThanOrEqual(maxLength);
        expect(bytes(full)).toBeGreaterThan(maxLength);
        expect(tableOf(small, '### Long')).toEqual(tableOf(full, '### Long'));
        expect(small).toContain('| verbose | 0.0% (0/30) |');
        expect(small).toContain('exbench 0.1.0-test');
        expect(fences(small).closed).toBe(true);
      },
    );

    it('never cuts an emoji in half when it shortens code', async () => {
      const emojis = '😀'.repeat(3000);
      const run = await benchmarkRun(MATH, {
        a: {},
        b: { rows: { 1: { answer: '```python\nprint("' + emojis + '")\n```' } } },
      });
      for (const maxLength of [14_000, 9_000, 5_000]) {
        const markdown = render([run], { maxLength });
        expect(markdown).not.toMatch(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
        );
        expect(bytes(markdown)).toBeLessThanOrEqual(maxLength);
      }
    });

    it('leaves rows out with a note pointing at the JSON report', async () => {
      const markdown = render([await longRun()], { maxLength: 20_000 });
      expect(markdown).toMatch(
        /_\d+ more rows left out to keep this under GitHub's size limit; every row is in the JSON report\._/,
      );
    });

    it('drops the details but never the table when even one row does not fit', async () => {
      const run = await longRun();
      const markdown = render([run], { maxLength: 1_000 });

      expect(tableOf(markdown, '### Long')).toEqual(tableOf(render([run]), '### Long'));
      expect(markdown).not.toContain('<details>');
      expect(markdown).toContain('| good | **100.0%** 🏆 (30/30) |');
    });
  });

  describe('model output that looks like markdown', () => {
    const TRICKY = `benchmark_name: "Pipes | and <b>tags</b>"
purpose: "p"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: "execute_python_code_with_num_output"
prompts:
  - dynamic_variables: { statement: "1 | 2" }
    expectation: "3"
`;
    const code = "print('```')\n# | a | b |\n# </details>\n# <details><summary>x</summary>";
    const answer = '````python\n' + code + '\n````';
    const stdout = '| x | y |\n</details>\n```\n<details>\n';

    async function trickyRun(): Promise<BenchmarkRun> {
      return benchmarkRun(
        TRICKY,
        { 'odd|name': { rows: { 1: { answer } } }, plain: {} },
        { [code]: { stdout } },
      );
    }

    it('keeps fences, pipes and details tags inside fenced blocks where they cannot close anything', async () => {
      const markdown = render([await trickyRun()]);
      const { outside, blocks, closed } = fences(markdown);

      expect(closed).toBe(true);
      expect(blocks).toContain(code);
      expect(blocks).toContain(stdout.replace(/\n$/, ''));
      expect(outside.filter((line) => line.includes('<details>'))).toEqual(['<details>', '<details>']);
      expect(outside.filter((line) => line.includes('</details>'))).toEqual(['</details>', '</details>']);
      expect(markdown).toMatchSnapshot();
    });

    it("escapes pipes and tags in table cells and headings, so every row has the header's cell count", async () => {
      const markdown = render([await trickyRun()]);
      const heading = '### Pipes \\| and &lt;b&gt;tags&lt;/b&gt;';
      expect(markdown).toContain(heading);

      const table = tableOf(markdown, heading);
      expect(table).toHaveLength(4);
      for (const row of table) expect(cells(row)).toHaveLength(10);
      expect(table[2]).toMatch(/^\| 1 \| odd\\\|name \| 0\.0% \(0\/1\) \| 1 \|/);
    });

    it('writes the reason and variables on one line with markdown escaped', async () => {
      const markdown = render([await trickyRun()]);
      const { outside } = fences(markdown);
      expect(outside).toContain('- statement: 1 \\| 2');
      const rowLine = outside.find((line) => line.startsWith('**Row 1'));
      expect(rowLine).toBeDefined();
      expect(rowLine).not.toMatch(/(?<!\\)\|/);
      expect(rowLine).not.toContain('<');
    });
  });

  it('says how many requests were in flight at once when they overlapped, and nothing for a serial run', async () => {
    const run = await benchmarkRun(MATH, { a: {} });
    expect(render([run])).not.toContain('requests at once');
    const concurrent = { ...run, settings: { ...run.settings, requestConcurrency: 4 } };
    expect(render([concurrent])).toContain(
      '3 rows · 4 requests at once (speeds are not those of a serial run) · evaluator',
    );
  });

  it('links each report path to the uploaded artifact page when there is one', async () => {
    const run = await benchmarkRun(MATH, { a: {} });
    const markdown = render([run], { artifactUrl: 'https://github.com/o/r/actions/runs/9/artifacts/42' });
    expect(markdown).toContain(
      'report [`reports/Simple_Math_20261123_120000.json`](https://github.com/o/r/actions/runs/9/artifacts/42)',
    );
  });

  describe('leaderboard', () => {
    it('marks nothing in a column where every model has the same figure', async () => {
      const run = await benchmarkRun(MATH, { a: { ttftMs: 100 }, b: { ttftMs: 150 } });
      const table = tableOf(render([run]), '### Simple Math')
        .slice(2)
        .map(cells);
      expect(table.map((row) => [row[1], row[2], row[6], row[7]])).toEqual([
        ['a', '100.0% (3/3)', '50.0', '**100** 🏆'],
        ['b', '100.0% (3/3)', '50.0', '150'],
      ]);
    });

    it('marks every model tied for the best figure', async () => {
      const run = await benchmarkRun(MATH, {
        a: { tokensPerSecond: 40, ttftMs: 100 },
        b: { tokensPerSecond: 40, ttftMs: 100 },
        c: { tokensPerSecond: 20, ttftMs: 300, rows: { 1: 'wrong' } },
      });
      const table = tableOf(render([run]), '### Simple Math')
        .slice(2)
        .map(cells);

      expect(table.map((row) => [row[1], row[2], row[6], row[7]])).toEqual([
        ['a', '**100.0%** 🏆 (3/3)', '**40.0** 🏆', '**100** 🏆'],
        ['b', '**100.0%** 🏆 (3/3)', '**40.0** 🏆', '**100** 🏆'],
        ['c', '66.7% (2/3)', '20.0', '300'],
      ]);
    });

    it('compares figures as shown, so two speeds that read the same tie', async () => {
      const run = await benchmarkRun(MATH, {
        a: { tokensPerSecond: 41.31 },
        b: { tokensPerSecond: 41.29 },
        c: { tokensPerSecond: 30 },
      });
      const table = tableOf(render([run]), '### Simple Math')
        .slice(2)
        .map(cells);
      expect(table.map((row) => row[6])).toEqual(['**41.3** 🏆', '**41.3** 🏆', '30.0']);
    });

    it('marks nothing when only one model has the figure, and says what the mark means otherwise', async () => {
      const single = render([await benchmarkRun(MATH, { a: {}, down: { down: true } })]);
      expect(single).not.toContain('🏆');

      const noSpeed = render([
        await benchmarkRun(MATH, {
          a: { ttftMs: 90 },
          silent: { unmeasured: true, rows: { 1: 'wrong' } },
        }),
      ]);
      const table = tableOf(noSpeed, '### Simple Math').slice(2).map(cells);
      expect(table.map((row) => [row[1], row[2], row[6], row[7]])).toEqual([
        ['a', '**100.0%** 🏆 (3/3)', '50.0', '90'],
        ['silent', '66.7% (2/3)', '–', '–'],
      ]);
      expect(noSpeed).toContain('🏆 **Most accurate**: a (100.0%)');
    });
  });
});

describe('renderMarkdown of a run with nothing to judge', () => {
  const LATENCY = `benchmark_name: "Latency"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: none
prompts:
  - dynamic_variables: { statement: "1 + 1" }
  - dynamic_variables: { statement: "2 * 3" }
  - dynamic_variables: { statement: "3 - 1" }
    checks: { check: contains, text: print }
`;

  it('shows "no expectation" instead of an accuracy, with speed as usual and no failures listed', async () => {
    const run = await benchmarkRun(LATENCY.split('\n').slice(0, 7).join('\n'), { 'fast:1b': {} });
    const [, row] = tableOf(render([run]), '## Latency').slice(1);
    expect(cells(row ?? '').slice(1, 3)).toEqual(['fast:1b', 'no expectation (3 answered)']);
    expect(row).toContain('50.0');
    expect(render([run])).not.toContain('did not pass');
  });

  it('counts accuracy over the judged rows only when some rows have checks', async () => {
    const run = await benchmarkRun(LATENCY, { 'fast:1b': {} });
    const [, row] = tableOf(render([run]), '## Latency').slice(1);
    expect(cells(row ?? '')[2]).toBe('100.0% (1/1, 2 answered, no expectation)');
  });
});
