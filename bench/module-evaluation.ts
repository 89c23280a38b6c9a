/**
 * Where the built CLI's start-up goes: the time each module of ncc's bundle takes to evaluate, for
 * `node dist/cli/index.js --version`, which needs none of them. "before" is the CLI as committed
 * (dist/ at HEAD), "after" the one in the working tree: run `npm run build` first. Each is copied and
 * its module loader patched to time every module without the modules it requires; runs alternate;
 * medians of the total are printed, then the slowest modules of either.
 *
 *   npm run build && npx tsx bench/module-evaluation.ts [--runs 15] [--top 12]
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { committedCli } from './built-clis.js';
import {
  formatMs,
  median,
  parseBenchArgs,
  printLoadAverage,
  printTable,
  publishFigures,
  REPO_ROOT,
  runScript,
} from './figures.js';

/** ncc's (webpack's) loader line that runs one module's code. */
const LOADER_CALL =
  '__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);';

/** The same call, timed; a stack of child time gives each module's self time. */
const TIMED_CALL = `{ const t = globalThis.__moduleTimes; const started = performance.now(); t.stack.push(0);
try { ${LOADER_CALL} } finally {
  const took = performance.now() - started; const children = t.stack.pop();
  t.modules[moduleId] = (t.modules[moduleId] ?? 0) + took - children;
  if (t.stack.length > 0) t.stack[t.stack.length - 1] += took; else t.total += took;
} }`;

/** Loaded with `-r`: gathers the times and writes them where the bench asked on exit. */
const PRELOAD = `globalThis.__moduleTimes = { stack: [], modules: {}, total: 0 };
process.on('exit', () => {
  const { modules, total } = globalThis.__moduleTimes;
  require('node:fs').writeFileSync(process.env.EXBENCH_MODULE_TIMES, JSON.stringify({ modules, total }));
});
`;

interface ModuleTimes {
  /** Each module's self time, in ms. */
  modules: Record<string, number>;
  total: number;
}

async function patchLoader(indexJs: string): Promise<void> {
  const text = await readFile(indexJs, 'utf8');
  if (!text.includes(LOADER_CALL)) throw new Error(`${indexJs}: ncc's module loader line not found`);
  await writeFile(indexJs, text.replace(LOADER_CALL, TIMED_CALL));
}

/** What a module is: the source (ours or a package's) ncc concatenated the others into, a builtin, or its first line. */
function describeModule(bundle: string, id: string): string {
  const start = bundle.indexOf(`\n/***/ ${id}:`);
  if (start < 0) return '?';
  const nextModule = /\n\/\*{3}\/ \d+:/g;
  nextModule.lastIndex = start;
  nextModule.exec(bundle); // this module's own header
  const next = nextModule.exec(bundle)?.index;
  const body = bundle.slice(start, next);
  // ncc concatenates ES modules in import order: the last is the one the others were pulled in for.
  const sources = [
    ...body.matchAll(/CONCATENATED MODULE: \.\/node_modules\/(?:\.cache\/exbench-build\/)?(\S+)/g),
  ].map((match) => match[1] ?? '?');
  const root = sources.at(-1);
  if (root !== undefined) {
    const packageOf = (source: string): string => source.split('/', source.startsWith('@') ? 2 : 1).join('/');
    const packages = new Set(sources.filter((source) => !source.startsWith('src/')).map(packageOf));
    packages.delete(packageOf(root));
    return packages.size === 0 ? root : `${root} + ${[...packages].join(', ')}`;
  }
  const builtin = /createRequire\(import\.meta\.url\)\("([^"]+)"\)/.exec(body);
  if (builtin) return `builtin ${builtin[1]}`;
  const line = body
    .split('\n')
    .slice(2)
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('/') && !l.startsWith('*') && !l.startsWith('"use strict"'));
  return (line ?? '?').slice(0, 60);
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('module-evaluation.ts', { runs: 15, top: 12 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-module-evaluation-'));
  try {
    const clis = {
      before: await committedCli(path.join(dir, 'before')),
      after: path.join(dir, 'after', 'index.js'),
    };
    await cp(path.join(REPO_ROOT, 'dist/cli'), path.join(dir, 'after'), { recursive: true });
    for (const cli of Object.values(clis)) await patchLoader(cli);
    const preload = path.join(dir, 'preload.cjs');
    await writeFile(preload, PRELOAD);
    const timesFile = path.join(dir, 'times.json');
    const node = promisify(execFile);
    const measure = async (cli: string): Promise<ModuleTimes & { wallMs: number }> => {
      const started = performance.now();
      await node(process.execPath, ['-r', preload, cli, '--version'], {
        cwd: dir,
        env: { ...process.env, EXBENCH_MODULE_TIMES: timesFile },
      });
      const wallMs = performance.now() - started;
      return { ...(JSON.parse(await readFile(timesFile, 'utf8')) as ModuleTimes), wallMs };
    };

    const runs: Record<'before' | 'after', (ModuleTimes & { wallMs: number })[]> = { before: [], after: [] };
    for (const which of ['before', 'after'] as const) await measure(clis[which]); // warm the disk cache
    for (let run = 0; run < values.runs; run += 1) {
      for (const which of run % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        runs[which].push(await measure(clis[which]));
      }
    }

    console.log(`node dist/cli/index.js --version, module loader timed, ${values.runs} runs each (medians)`);
    printTable(
      ['CLI', 'modules evaluated', 'module evaluation', 'wall (timed loader)'],
      (['before', 'after'] as const).map((which) => [
        which === 'before' ? 'before (dist/ at HEAD)' : 'after (dist/ built here)',
        String(median(runs[which].map((r) => Object.keys(r.modules).length))),
        formatMs(median(runs[which].map((r) => r.total))),
        formatMs(median(runs[which].map((r) => r.wallMs))),
      ]),
    );

    // Each module's median self time, before and after, slowest (in either) first; ncc's ids follow
    // the module's path, so one id is the same module in both bundles.
    const bundles = {
      before: await readFile(clis.before, 'utf8'),
      after: await readFile(clis.after, 'utf8'),
    };
    const selfTime = (which: 'before' | 'after', id: string): number | null =>
      runs[which][0]?.modules[id] === undefined ? null : median(runs[which].map((r) => r.modules[id] ?? 0));
    const ids = new Set([...runs.before, ...runs.after].flatMap((r) => Object.keys(r.modules)));
    const slowest = [...ids]
      .map((id) => ({ id, before: selfTime('before', id), after: selfTime('after', id) }))
      .sort((a, b) => Math.max(b.before ?? 0, b.after ?? 0) - Math.max(a.before ?? 0, a.after ?? 0))
      .slice(0, values.top);
    const shown = (ms: number | null): string => (ms === null ? 'not loaded' : formatMs(ms));
    console.log('');
    console.log(`the ${values.top} slowest modules by self time, without the modules they load (medians)`);
    printTable(
      ['module', 'before', 'after', 'what'],
      slowest.map((m) => [
        m.id,
        shown(m.before),
        shown(m.after),
        describeModule(m.after === null ? bundles.before : bundles.after, m.id),
      ]),
    );
    printLoadAverage();
    publishFigures(
      [
        {
          figure: 'module evaluation of --version (built CLI, median)',
          measured: formatMs(median(runs.after.map((r) => r.total))),
          target: `below before (${formatMs(median(runs.before.map((r) => r.total)))})`,
        },
      ],
      figuresFile,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

runScript(main);
