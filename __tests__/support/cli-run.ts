/** Runs `exbench` in-process in a fresh folder and reads back the report it wrote, as a user would find it. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { Report } from '../../src/report/report-schema.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  report: Report | null;
  reportPath: string | null;
  /** The folder it ran in; reports are under `reports/`. */
  cwd: string;
}

export async function runCliIn(
  ollamaHostPort: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-cli-'));
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv: args,
    env: { OLLAMA_HOST: ollamaHostPort, ...env },
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  const dir = path.join(cwd, 'reports');
  const files = (() => {
    try {
      // A report is a .json file (or a folder of formats); its journal (.jsonl) sits beside it.
      return readdirSync(dir).filter((file) => !file.endsWith('.jsonl'));
    } catch {
      return [];
    }
  })();
  const reportPath = files[0] ? path.join(dir, files[0]) : null;
  const report = reportPath ? (JSON.parse(readFileSync(reportPath, 'utf8')) as Report) : null;
  return { status, stdout, stderr, report, reportPath, cwd };
}
