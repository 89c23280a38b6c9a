/** Starts bench/fake-ollama-process.ts as a child process and stops it when asked. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT, tsxScriptArgs } from './figures.js';

export interface FakeOllamaProcess {
  url: string;
  stop(): Promise<void>;
}

/** `args` are fake-ollama-process.ts's: `--model <name>...` and `--reply <text>` or `--sum`. */
export async function startFakeOllamaProcess(args: readonly string[]): Promise<FakeOllamaProcess> {
  const child = spawn(process.execPath, tsxScriptArgs('./fake-ollama-process.ts', args), {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake Ollama process exited with code ${code}`)));
  });
  lines.close();
  const { url } = JSON.parse(first) as { url: string };
  return {
    url,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
