import { statSync } from 'node:fs';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';

/**
 * GitHub keeps at most 1 MiB of job summary per step; past that the upload fails with an error
 * annotation and the whole summary is lost (docs: "Step isolation and limits" under workflow
 * commands).
 */
export const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const SUMMARY_FILE_ENV = 'GITHUB_STEP_SUMMARY';

const CUT_NOTE =
  '\n\n> [!WARNING]\n> This summary was cut short at 1 MiB, the most GitHub keeps for one step. ' +
  'The full results are in the JSON report.\n';

/**
 * Appends markdown to this step's job summary. Best effort: returns false (and warns) when it
 * could not be written. The caller already keeps the markdown short; if it would still push the
 * step past 1 MiB, it is cut at a line boundary and a note says so.
 */
export async function writeJobSummary(markdown: string, logger: Logger): Promise<boolean> {
  const file = process.env[SUMMARY_FILE_ENV];
  if (!file) {
    logger.info(`No job summary written: ${SUMMARY_FILE_ENV} is not set (not running in GitHub Actions).`);
    return false;
  }
  const budget = JOB_SUMMARY_LIMIT_BYTES - existingBytes(file) - Buffer.byteLength(EOL);
  const text = fitToBytes(markdown, budget);
  if (text === '' && markdown !== '') {
    logger.warning('No job summary written: this step has already used its 1 MiB of summary.');
    return false;
  }
  if (text !== markdown) {
    logger.warning(
      `The job summary was ${Buffer.byteLength(markdown)} bytes, more than GitHub's 1 MiB per step; ` +
        'it was cut short.',
    );
  }
  try {
    await core.summary.addRaw(text, true).write();
    return true;
  } catch (error: unknown) {
    // Leave the shared buffer clean so a later write does not repeat this text.
    core.summary.emptyBuffer();
    logger.warning(`Could not write the job summary: ${describeError(error)}`);
    return false;
  }
}

/** Bytes already in this step's summary file: the 1 MiB counts everything the step wrote. */
function existingBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** `markdown` itself when it fits in `budget` bytes of UTF-8, else a cut copy ending in a note. */
function fitToBytes(markdown: string, budget: number): string {
  if (Buffer.byteLength(markdown) <= budget) return markdown;
  // Room for the note and for closing a code fence the cut may leave open.
  const room = budget - Buffer.byteLength(CUT_NOTE) - FENCE_RESERVE_BYTES;
  if (room <= 0) return '';
  let cut = Buffer.from(markdown, 'utf8').subarray(0, room).toString('utf8');
  // A character split by the cut decodes as U+FFFD; drop it, then the partial line.
  cut = cut.replace(/\uFFFD$/, '');
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  const fence = openFence(cut);
  if (fence !== null) cut += `\n${fence}`;
  return cut + CUT_NOTE;
}

const FENCE_RESERVE_BYTES = 16;

/** The fence (e.g. ```` ``` ````) of a code block still open at the end of `markdown`, if any. */
function openFence(markdown: string): string | null {
  let open: string | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    if (open === null) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length) open = null;
  }
  return open === null ? null : open.slice(0, FENCE_RESERVE_BYTES - 1);
}
