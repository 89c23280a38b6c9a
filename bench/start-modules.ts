/**
 * What the built CLI evaluates at start, before (dist/ at HEAD) and after (`npm run build` in the
 * working tree; see built-clis.ts): in copies of `dist/cli/` whose module loader
 * (`__nccwpck_require__`) is timed, the number of bundled modules evaluated, the time spent
 * evaluating them (the outermost calls: ESM code ncc inlined into index.js is not counted), and
 * which of the heavy HTTP parts were loaded: undici's index, its fetch, mocks and websockets, the
 * official `ollama` client, and Node's own copy of undici (which touching the global `Headers` or
 * `fetch` loads). For `--version` and for a 1-row run that pulls nothing, against the fake Ollama
 * in another process, with the process's CPU time (user + system). Runs alternate; medians are
 * printed, then the slowest modules of each case by their own evaluation time.
 *
 *   npm run build && npx tsx bench/start-modules.ts [--runs 7]
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import { BUILT_CLI, committedCli, oneRowRun } from './built-clis.js';
import { formatMs, median, parseBenchArgs, printLoadAverage, printTable, runScript } from './figures.js';

const MODEL = 'exbench/echo';
const LOADER = '/******/ function __nccwpck_require__(moduleId) {';

/**
 * Text found only in the source of the part named: what the probe looks for in the modules
 * evaluated and in index.js's entry code (where ncc inlines ES modules such as ollama-js), which
 * always runs.
 */
const MARKERS: Record<string, string> = {
  "undici's index": 'Object.assign(Dispatcher.prototype, api)',
  "undici's fetch": 'function fetching (',
  "undici's mocks": 'class MockAgent',
  "undici's websockets": 'class WebSocket',
  'ollama-js': 'fetchWithHeaders',
};

/** Node's own modules that show a second HTTP stack or fetch's web streams being loaded. */
const NODE_MODULES = /internal\/deps\/undici|NativeModule (zlib|worker_threads)$/;

interface Probe {
  modules: number;
  evaluationMs: number;
  cpuMs: number;
  loaded: string[];
  /** Each module's own evaluation time (without the modules it loads), in ms, by ncc's id. */
  selfMs: Record<string, number>;
}

type Which = 'before' | 'after';

/** The loader, timed; at exit it writes a Probe as JSON to $EXBENCH_START_PROBE. */
function timedLoader(): string {
  const markers = JSON.stringify(MARKERS);
  return `/******/ const __probe = { depth: 0, ms: 0, ids: [], stack: [], selfMs: {} };
/******/ process.once('exit', () => {
/******/   const fs = process.getBuiltinModule?.('node:fs') ?? __WEBPACK_EXTERNAL_createRequire(import.meta.url)('node:fs');
/******/   const cpu = process.cpuUsage();
/******/   const sources = __probe.ids.map((id) => String(__webpack_modules__[id]));
/******/   const parts = Object.entries(${markers}).filter(([, text]) => sources.some((s) => s.includes(text))).map(([name]) => name);
/******/   const node = process.moduleLoadList.filter((m) => ${NODE_MODULES.toString()}.test(m)).map((m) => 'node: ' + m.replace(/^NativeModule /, ''));
/******/   fs.writeFileSync(process.env.EXBENCH_START_PROBE, JSON.stringify({ modules: __probe.ids.length, evaluationMs: __probe.ms, cpuMs: (cpu.user + cpu.system) / 1000, loaded: [...parts, ...node], selfMs: __probe.selfMs }));
/******/ });
/******/ function __nccwpck_require__(moduleId) {
/******/   if (__webpack_module_cache__[moduleId] !== undefined) return __webpack_module_cache__[moduleId].exports;
/******/   __probe.ids.push(moduleId);
/******/   const started = performance.now();
/******/   __probe.depth += 1;
/******/   __probe.stack.push(0);
/******/   try { return __nccwpck_require_untimed__(moduleId); } finally {
/******/     __probe.depth -= 1;
/******/     const took = performance.now() - started;
/******/     __probe.selfMs[moduleId] = took - __probe.stack.pop();
/******/     if (__probe.stack.length > 0) __probe.stack[__probe.stack.length - 1] += took;
/******/     if (__probe.depth === 0) __probe.ms += took;
/******/   }
/******/ }
/******/ function __nccwpck_require_untimed__(moduleId) {`;
}

/**
 * Copies the CLI at `index` into `dir` with its loader timed; gives the copy's index.js and the
 * parts found in its entry code (what follows the loader: webpack's runtime and the entry).
 */
function probedCopy(index: string, dir: string): { cli: string; inEntry: string[] } {
  cpSync(path.dirname(index), dir, { recursive: true });
  const cli = path.join(dir, 'index.js');
  const bundle = readFileSync(cli, 'utf8');
  if (!bundle.includes(LOADER)) throw new Error(`${index} has no ${JSON.stringify(LOADER)}`);
  writeFileSync(
    cli,
    bundle.replace(LOADER, () => timedLoader()),
  );
  const entry = bundle.slice(bundle.indexOf(LOADER));
  const inEntry = Object.entries(MARKERS)
    .filter(([, text]) => entry.includes(text))
    .map(([name]) => name);
  return { cli, inEntry };
}

/** What a module is: the source (ours or a package's) ncc concatenated the others into, a builtin, or its first line. */
function describeModule(copies: Record<Which, { cli: string }>, id: string): string {
  const bundle =
    Object.values(copies)
      .flatMap(({ cli }) =>
        readdirSync(path.dirname(cli))
          .filter((file) => file.endsWith('.js'))
          .map((file) => readFileSync(path.join(path.dirname(cli), file), 'utf8')),
      )
      .find((text) => text.includes(`\n/***/ ${id}:`)) ?? '';
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
  const { values } = parseBenchArgs('start-modules.ts', { runs: 7, top: 10 });
  if (!existsSync(BUILT_CLI)) throw new Error('no dist/cli/index.js: run npm run build first');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-start-modules-'));
  const server = await startFakeOllamaProcess(['--model', MODEL, '--reply', 'ready']);
  try {
    const indexes: Record<Which, string> = {
      before: await committedCli(path.join(dir, 'before')),
      after: BUILT_CLI,
    };
    const copies = {
      before: probedCopy(indexes.before, path.join(dir, 'before-probed')),
      after: probedCopy(indexes.after, path.join(dir, 'after-probed')),
    };
    const cases: [string, string[]][] = [
      ['--version', ['--version']],
      ['1-row run, no pull', await oneRowRun(dir, server.url, MODEL)],
    ];
    const probeFile = path.join(dir, 'probe.json');
    const rows: string[][] = [];
    const slowest: string[][] = [];
    for (const [name, args] of cases) {
      const probes: Record<Which, Probe[]> = { before: [], after: [] };
      for (let run = 0; run < values.runs; run += 1) {
        for (const which of run % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
          await promisify(execFile)(process.execPath, [copies[which].cli, ...args], {
            cwd: dir,
            env: { ...process.env, EXBENCH_START_PROBE: probeFile },
          });
          probes[which].push(JSON.parse(readFileSync(probeFile, 'utf8')) as Probe);
        }
      }
      // Each module's median self time, before and after, slowest (in either) first; ncc's ids follow
      // the module's path, so one id is the same module in both bundles.
      const selfTime = (which: Which, id: string): number | null =>
        probes[which][0]?.selfMs[id] === undefined
          ? null
          : median(probes[which].map((p) => p.selfMs[id] ?? 0));
      const ids = new Set([...probes.before, ...probes.after].flatMap((p) => Object.keys(p.selfMs)));
      const shown = (ms: number | null): string => (ms === null ? 'not loaded' : formatMs(ms));
      for (const m of [...ids]
        .map((id) => ({ id, before: selfTime('before', id), after: selfTime('after', id) }))
        .sort((a, b) => Math.max(b.before ?? 0, b.after ?? 0) - Math.max(a.before ?? 0, a.after ?? 0))
        .slice(0, values.top)) {
        slowest.push([name, m.id, shown(m.before), shown(m.after), describeModule(copies, m.id)]);
      }
      for (const which of ['before', 'after'] as const) {
        const runs = probes[which];
        const loaded = [...new Set([...copies[which].inEntry, ...runs.flatMap((p) => p.loaded)])];
        rows.push([
          `${name}, ${which}`,
          String(median(runs.map((p) => p.modules))),
          formatMs(median(runs.map((p) => p.evaluationMs))),
          formatMs(median(runs.map((p) => p.cpuMs))),
          loaded.length === 0 ? 'none' : loaded.join(', '),
        ]);
      }
    }
    console.log(`before: dist/cli at HEAD; after: dist/cli built here; ${values.runs} runs each (medians)`);
    printTable(['case', 'modules evaluated', 'evaluating them', 'CPU', 'heavy HTTP parts loaded'], rows);
    console.log('');
    console.log(
      `the ${values.top} slowest modules of each case by self time, without the modules they load (medians)`,
    );
    printTable(['case', 'module', 'before', 'after', 'what'], slowest);
    const size = (index: string): string =>
      `${(readdirSync(path.dirname(index)).reduce((sum, file) => sum + statSync(path.join(path.dirname(index), file)).size, 0) / 1e6).toFixed(2)} MB (index.js ${(statSync(index).size / 1e6).toFixed(2)} MB)`;
    console.log(`dist/cli: before ${size(indexes.before)}, after ${size(indexes.after)}`);
    printLoadAverage();
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

runScript(main);
