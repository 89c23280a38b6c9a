/**
 * The Dockerfile: linted by dockerfile-utils (the VS Code Docker language server's validator),
 * by hadolint when it is on PATH, checked for what the README promises of the image, and built
 * and run only when a docker daemon answers (`docker info`); otherwise those tests are skipped
 * with a note saying why.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from 'dockerfile-utils';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCKERFILE = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const IMAGE = 'exbench:test';

/** Instructions of the Dockerfile, continuation lines joined, comments dropped. */
const instructions = DOCKERFILE.replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const stages = instructions
  .join('\n')
  .split(/^(?=FROM )/m)
  .map((stage) => stage.split('\n'));
const finalStage = stages.at(-1) ?? [];

function answers(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
}
const hadolint = answers('hadolint', ['--version']);
const docker = answers('docker', ['info']);
if (!hadolint) console.warn('Dockerfile: hadolint is not on PATH; its lint is skipped');
if (!docker) console.warn('Dockerfile: no docker daemon answers `docker info`; the image build is skipped');

describe('the Dockerfile', () => {
  it('has no problem the dockerfile-utils validator reports', () => {
    expect(
      validate(DOCKERFILE).map(
        (d) =>
          `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
      ),
    ).toEqual([]);
  });

  it('builds in a stage of its own and runs from a slim Node image as a user other than root', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(finalStage[0]).toMatch(/^FROM node:\d+-\S*slim$/);
    const users = finalStage.filter((line) => line.startsWith('USER '));
    expect(users.at(-1)).toBeDefined();
    expect(users.at(-1)).not.toMatch(/^USER (root|0)(:|$)/);
    expect(finalStage.filter((line) => line.startsWith('ENTRYPOINT'))).toEqual(['ENTRYPOINT ["exbench"]']);
  });

  it('installs Python 3 and bubblewrap in the image the sandbox runs in', () => {
    const installs = finalStage.filter((line) => line.includes('apt-get install')).join(' ');
    expect(installs).toMatch(/\bpython3\b/);
    expect(installs).toMatch(/\bbubblewrap\b/);
  });

  it('copies nothing into the build that .dockerignore leaves out of the context', () => {
    const allowed = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).replace(/\/$/, ''));
    const copied = instructions
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1))
      .map((source) => source.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(copied.length).toBeGreaterThan(0);
    expect(copied.filter((source) => !allowed.includes(source))).toEqual([]);
  });

  it('copies into the build stage every file that npm run build runs', () => {
    const build = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }
    ).scripts.build;
    const runs = [...build.matchAll(/\bscripts\/[\w.-]+/g)].map((match) => match[0]);
    expect(runs.length).toBeGreaterThan(0);
    const copied = stages[0]!
      .filter((line) => line.startsWith('COPY '))
      .flatMap((line) => line.split(/\s+/).slice(1, -1))
      .map((source) => source.replace(/^\.\//, '').replace(/\/$/, ''));
    expect(
      runs.filter((file) => !copied.some((source) => file === source || file.startsWith(`${source}/`))),
    ).toEqual([]);
  });

  (hadolint ? it : it.skip)('passes hadolint', () => {
    const run = spawnSync('hadolint', ['Dockerfile'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  (docker ? it : it.skip)(
    'builds an image whose exbench runs as a user other than root',
    () => {
      const build = spawnSync('docker', ['build', '-t', IMAGE, '.'], { cwd: ROOT, encoding: 'utf8' });
      expect(build.status === 0 ? '' : build.stderr).toBe('');
      const version = spawnSync('docker', ['run', '--rm', IMAGE, '--version'], { encoding: 'utf8' });
      expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
      const user = spawnSync('docker', ['run', '--rm', '--entrypoint', 'id', IMAGE, '-u'], {
        encoding: 'utf8',
      });
      expect(user.stdout.trim()).not.toBe('0');
    },
    900_000,
  );
});
