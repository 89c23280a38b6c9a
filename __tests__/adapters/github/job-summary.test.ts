import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOB_SUMMARY_LIMIT_BYTES, writeJobSummary } from '../../../src/adapters/github/job-summary.js';
import { RecordingLogger } from '../../support/recording-logger.js';

// core.summary is one shared object that remembers the first file it wrote to, so every test here
// uses the same file; the missing-file case runs first, before any path is remembered.
describe('writeJobSummary', () => {
  const savedEnv = process.env.GITHUB_STEP_SUMMARY;
  let dir: string;
  let file: string;
  let logger: RecordingLogger;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exbench-summary-'));
    file = join(dir, 'step_summary');
  });
  afterAll(() => {
    if (savedEnv === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = savedEnv;
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    logger = new RecordingLogger();
    process.env.GITHUB_STEP_SUMMARY = file;
    writeFileSync(file, '');
  });

  const written = () => readFileSync(file, 'utf8');

  it('warns and returns false when the summary file cannot be opened', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'step_summary');

    await expect(writeJobSummary('# Results', logger)).resolves.toBe(false);
    expect(logger.messages('warning')[0]).toMatch(
      /^Could not write the job summary: Unable to access summary file/,
    );
  });

  it('returns false without writing when not running in GitHub Actions', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;

    await expect(writeJobSummary('# Results', logger)).resolves.toBe(false);
    expect(logger.messages('warning')).toEqual([]);
    expect(logger.messages('info')[0]).toContain('GITHUB_STEP_SUMMARY is not set');
  });

  it('appends the markdown with a line ending to the step summary file', async () => {
    await expect(writeJobSummary('# Results\n\n| model | pass |', logger)).resolves.toBe(true);
    await expect(writeJobSummary('second part', logger)).resolves.toBe(true);

    expect(written()).toBe(`# Results\n\n| model | pass |${EOL}second part${EOL}`);
    expect(logger.messages('warning')).toEqual([]);
  });

  it('does not repeat text from a failed write in the next one', async () => {
    await writeJobSummary('first', logger);
    rmSync(file);
    // The path is remembered; a directory in its place makes the append fail.
    mkdirSync(file);
    await expect(writeJobSummary('lost', logger)).resolves.toBe(false);
    rmSync(file, { recursive: true });
    writeFileSync(file, '');

    await writeJobSummary('kept', logger);

    expect(written()).toBe(`kept${EOL}`);
  });

  it('cuts markdown over 1 MiB at a line and says so', async () => {
    const line = `| model-${'x'.repeat(90)} | 1.0 |\n`;
    const markdown = `# Results\n\n${line.repeat(Math.ceil((JOB_SUMMARY_LIMIT_BYTES * 1.2) / line.length))}`;

    await expect(writeJobSummary(markdown, logger)).resolves.toBe(true);

    const text = written();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(JOB_SUMMARY_LIMIT_BYTES - 1024);
    expect(text.startsWith('# Results\n\n| model-')).toBe(true);
    expect(text).toContain('This summary was cut short at 1 MiB');
    const beforeNote = text.slice(0, text.indexOf('\n\n> [!WARNING]'));
    expect(beforeNote.endsWith(' | 1.0 |')).toBe(true);
    expect(logger.messages('warning')[0]).toContain('it was cut short');
  });

  it('counts what the step already wrote towards the 1 MiB', async () => {
    writeFileSync(file, 'y'.repeat(JOB_SUMMARY_LIMIT_BYTES - 2000));

    await writeJobSummary(`${'z'.repeat(100)}\n`.repeat(100), logger);

    expect(Buffer.byteLength(written())).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(written()).toContain('cut short');
  });

  it('writes nothing when the step has no room left', async () => {
    writeFileSync(file, 'y'.repeat(JOB_SUMMARY_LIMIT_BYTES - 10));

    await expect(writeJobSummary('more than ten bytes of markdown', logger)).resolves.toBe(false);

    expect(Buffer.byteLength(written())).toBe(JOB_SUMMARY_LIMIT_BYTES - 10);
    expect(logger.messages('warning')[0]).toContain('already used its 1 MiB');
  });

  it('closes a code block left open by the cut', async () => {
    const markdown = `# Output\n\n\`\`\`text\n${'output line\n'.repeat(JOB_SUMMARY_LIMIT_BYTES / 6)}\`\`\`\n`;

    await writeJobSummary(markdown, logger);

    const text = written();
    expect(text).toMatch(/output line\n```\n\n> \[!WARNING\]/);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
  });

  it('does not split a multi-byte character', async () => {
    const markdown = 'é'.repeat(JOB_SUMMARY_LIMIT_BYTES);

    await writeJobSummary(markdown, logger);

    expect(written()).not.toContain('\uFFFD');
    expect(Buffer.byteLength(written())).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
  });
});
