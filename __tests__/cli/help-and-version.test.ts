/** What `--help` and `--version` print, given alone or to a command, as a user runs them. */
import { describe, expect, it } from '@jest/globals';
import { helpOrVersion } from '../../src/cli/argv-glance.js';
import { runCli } from '../../src/cli/run-cli.js';
import { USAGE } from '../../src/cli/usage.js';
import { EXBENCH_VERSION } from '../../src/version.js';

async function exbench(argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv,
    env: {},
    cwd: process.cwd(),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

describe('--version', () => {
  it.each([
    [['--version']],
    [['ollama-bench', '--version']],
    [['ollama-bench', '-v', '--version', 'bench.yaml']],
  ])('prints the version for exbench %j, as the help says ollama-bench takes it', async (argv) => {
    expect(USAGE).toMatch(/^ {2}--version {15}exbench's version$/m);
    expect(await exbench(argv)).toEqual({ status: 0, stdout: `${EXBENCH_VERSION}\n`, stderr: '' });
  });

  it('is not read after --, where arguments are not flags', () => {
    expect(helpOrVersion(['ollama-bench', '--', '--version'])).toBeNull();
  });
});
