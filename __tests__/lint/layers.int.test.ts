import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of the layer rule when `code` is linted as if it were the file at `file`, with the real config. */
async function layerViolations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

// An existing file per layer, so the type-aware parser finds it in the project; only its text is replaced.
const CASES: [string, string, string][] = [
  [
    'src/core/aggregate.ts',
    "import { buildJsonReport } from '../report/json-report.js';",
    'core/ imports neither',
  ],
  [
    'src/core/regression/bootstrap.ts',
    "import { readReport } from '../../adapters/fs/baseline-reports.js';",
    'core/',
  ],
  ['src/core/aggregate.ts', "import { runCli } from '../cli/run-cli.js';", 'core/'],
  ['src/core/aggregate.ts', "import { readFile } from 'node:fs/promises';", 'ports'],
  ['src/core/aggregate.ts', "import * as core from '@actions/core';", 'ports'],
  ['src/core/aggregate.ts', "import { execa } from 'execa';", 'ports'],
  ['src/core/aggregate.ts', "import { Ollama } from 'ollama';", 'ports'],
  ['src/config/model-options.ts', "import { renderPrompt } from '../core/template.js';", 'config/'],
  ['src/report/markdown.ts', "import { readReport } from '../adapters/fs/baseline-reports.js';", 'report/'],
  ['src/report/markdown.ts', "import { run } from '../action/main.js';", 'report/'],
  ['src/adapters/fs/report-store.ts', "import { runCli } from '../../cli/run-cli.js';", 'adapters/'],
  ['src/app/benchmark-job.ts', "import { OllamaClient } from '../adapters/ollama/client.js';", 'app/'],
];

describe('layer rules of the linter', () => {
  it.each(CASES)('reject in %s: %s', async (file, code, reason) => {
    const messages = await layerViolations(file, `${code}\nexport const used = [${importedName(code)}];\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(reason);
  });

  it('accept the arrows that run the right way', async () => {
    expect(
      await layerViolations(
        'src/core/aggregate.ts',
        "import { findPlaceholders } from '../config/placeholders.js';\nexport const used = [findPlaceholders];\n",
      ),
    ).toEqual([]);
    expect(
      await layerViolations(
        'src/report/markdown.ts',
        "import { mean } from '../core/statistics.js';\nexport const used = [mean];\n",
      ),
    ).toEqual([]);
    expect(
      await layerViolations(
        'src/action/main.ts',
        "import { readReport } from '../adapters/fs/baseline-reports.js';\nexport const used = [readReport];\n",
      ),
    ).toEqual([]);
  });
});

function importedName(code: string): string {
  return /import (?:\* as )?\{? ?(\w+)/.exec(code)?.[1] ?? '';
}

describe('import cycle check', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'exbench-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (folder: string) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-cycles.mjs'), folder], {
      cwd: ROOT,
      encoding: 'utf8',
    });

  it('fails and names the cycle when two modules import each other', () => {
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b + 1;\n");
    writeFileSync(
      path.join(dir, 'b.ts'),
      "import { a } from './a.js';\nexport const b = 1;\nexport const c = () => a;\n",
    );
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import cycle: a.ts -> b.ts -> a.ts');
  });

  it('passes on src/ as it is', () => {
    const result = check('src');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
