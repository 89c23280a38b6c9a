// Writes the JSON Schemas of the report and the benchmark file from their zod schemas into schemas/;
// with --check, fails when a committed file differs from what the zod schemas give (CI runs that).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { z } from 'zod';
import { benchmarkFileSchema } from '../src/config/benchmark-file.js';
import { choiceBenchmarkSchema } from '../src/config/choice-benchmark.js';
import { reportSchema } from '../src/report/report-schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SCHEMAS = [
  // The YAML as people type it: defaults make fields optional, so the input side is what an editor checks.
  { file: 'schemas/benchmark.schema.json', schema: benchmarkFileSchema(), io: 'input' },
  // The YAML that wraps multiple-choice CSV files (questions:, columns:, header:).
  { file: 'schemas/multiple-choice.schema.json', schema: choiceBenchmarkSchema(), io: 'input' },
  // The report as written and read.
  { file: 'schemas/report.schema.json', schema: reportSchema(), io: 'output' },
] as const;

async function render(schema: z.ZodType, io: 'input' | 'output', file: string): Promise<string> {
  const json = z.toJSONSchema(schema, { io, target: 'draft-2020-12' });
  const options = await prettier.resolveConfig(path.join(ROOT, file));
  return prettier.format(JSON.stringify(json), { ...options, filepath: file });
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, schema, io } of SCHEMAS) {
  const text = await render(schema, io, file);
  const target = path.join(ROOT, file);
  if (!check) {
    await writeFile(target, text);
    console.log(`wrote ${file}`);
    continue;
  }
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== text) {
    console.error(`${file} is out of date with its zod schema: run npm run schemas and commit it`);
    stale += 1;
  }
}
if (check && stale === 0) console.log('schemas/ matches the zod schemas');
process.exit(stale === 0 ? 0 : 1);
