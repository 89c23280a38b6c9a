/** What `--help` and `--version` print, given alone or to a command, as a user runs them. */
import { describe, expect, it, jest } from '@jest/globals';
import { helpOrVersion } from '../../src/cli/argv-glance.js';
import { USAGE } from '../../src/cli/usage.js';
import { EXBENCH_VERSION } from '../../src/version.js';

// The run's code (flags, schemas, adapters) is behind this module: loading it is what makes a
// command's --help as slow as a run's start, so it is recorded instead of loaded.
const loadedCommands: string[] = [];
jest.unstable_mockModule('../../src/cli/ollama-bench-command.js', () => {
  loadedCommands.push('ollama-bench-command');
  return { runParsedCommand: () => Promise.resolve(99) };
});
const { runCli } = await import('../../src/cli/run-cli.js');

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

describe('--help', () => {
  it.each([
    [['--help']],
    [['ollama-bench', '--help']],
    [['ollama-bench', 'bench.yaml', '-h']],
    [['compare', '--help']],
  ])('prints the usage for exbench %j without loading the command', async (argv) => {
    expect(await exbench(argv)).toEqual({ status: 0, stdout: `${USAGE}\n`, stderr: '' });
    expect(loadedCommands).toEqual([]);
  });
});

describe('--version', () => {
  it.each([
    [['--version']],
    [['ollama-bench', '--version']],
    [['ollama-bench', '-v', '--version', 'bench.yaml']],
  ])('prints the version for exbench %j, as the help says ollama-bench takes it', async (argv) => {
    expect(USAGE).toMatch(/^ {2}--version {15}exbench's version$/m);
    expect(await exbench(argv)).toEqual({ status: 0, stdout: `${EXBENCH_VERSION}\n`, stderr: '' });
    expect(loadedCommands).toEqual([]);
  });

  it('is not read after --, where arguments are not flags', () => {
    expect(helpOrVersion(['ollama-bench', '--', '--version'])).toBeNull();
    expect(helpOrVersion(['ollama-bench', '--', '--help'])).toBeNull();
  });
});
