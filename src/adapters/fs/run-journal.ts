import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { JournalEntry, RunJournal } from '../../ports.js';

/** At most this often the journal is also forced to the disk; a killed process loses nothing either way. */
const SYNC_INTERVAL_MS = 1_000;
const READ_CHUNK_BYTES = 1 << 16;
const NEWLINE = 0x0a;

/**
 * A journal file appended to with plain `write(2)` calls: once a call returns, the line is the
 * kernel's and outlives a `kill -9` of this process. `fdatasync` follows at most once a second and
 * on close, so a power cut loses at most the last second. Reads are positioned, so rows written
 * long ago are read back one by one without holding the file.
 */
export class FileRunJournal implements RunJournal {
  private size: number;
  private lastSync = Date.now();
  private closed = false;
  /**
   * One buffer for every line written and read, grown to the longest: a Buffer per line would be
   * memory outside the JS heap that only a full collection gives back, 30,000 of them in a run of
   * 10,000 rows × 3 models.
   */
  private scratch = Buffer.allocUnsafe(1 << 14);

  private constructor(
    readonly path: string,
    private readonly fd: number,
    /** Bytes of whole lines when opened: `lines()` reads up to here. */
    private readonly openedSize: number,
  ) {
    this.size = openedSize;
  }

  get reportStem(): string {
    return path.basename(this.path, '.jsonl');
  }

  /** Creates a new journal; fails with EEXIST when the file is there. */
  static create(file: string): FileRunJournal {
    return new FileRunJournal(file, openSync(file, 'wx+', 0o644), 0);
  }

  /**
   * Opens a journal to finish its run. A last line without its newline was torn by a crash: it is
   * cut off, so the lines appended next start clean.
   */
  static open(file: string): FileRunJournal {
    let fd: number;
    try {
      fd = openSync(file, 'r+');
    } catch (error: unknown) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new ConfigurationError(
        `${file}: cannot open the journal to resume (${code}); give the .jsonl journal, or the .json report beside it, of the run to finish`,
      );
    }
    const whole = wholeLinesLength(fd, fstatSync(fd).size);
    ftruncateSync(fd, whole);
    return new FileRunJournal(file, fd, whole);
  }

  async *lines(): AsyncIterable<{ text: string; entry: JournalEntry }> {
    const buffer = Buffer.alloc(READ_CHUNK_BYTES);
    let pending: Buffer[] = [];
    let pendingLength = 0;
    let lineStart = 0;
    for (let position = 0; position < this.openedSize;) {
      const read = readSync(
        this.fd,
        buffer,
        0,
        Math.min(buffer.length, this.openedSize - position),
        position,
      );
      if (read === 0) break;
      let from = 0;
      for (let i = 0; i < read; i += 1) {
        if (buffer[i] !== NEWLINE) continue;
        const text = Buffer.concat([...pending, buffer.subarray(from, i)]).toString('utf8');
        const length = pendingLength + i - from;
        pending = [];
        pendingLength = 0;
        yield { text, entry: { offset: lineStart, length } };
        lineStart += length + 1;
        from = i + 1;
      }
      if (from < read) {
        pending.push(Buffer.from(buffer.subarray(from, read)));
        pendingLength += read - from;
      }
      position += read;
      // Lets the caller's other work (and Ctrl-C) in between chunks.
      await Promise.resolve();
    }
  }

  append(line: string): JournalEntry {
    const length = Buffer.byteLength(line, 'utf8');
    const bytes = this.scratchOf(length + 1);
    bytes.write(line, 0, length, 'utf8');
    bytes[length] = NEWLINE;
    const entry = { offset: this.size, length };
    for (let written = 0; written <= length;) {
      written += writeSync(this.fd, bytes, written, length + 1 - written, this.size + written);
    }
    this.size += length + 1;
    const now = Date.now();
    if (now - this.lastSync >= SYNC_INTERVAL_MS) {
      fdatasyncSync(this.fd);
      this.lastSync = now;
    }
    return entry;
  }

  read(entry: JournalEntry): string {
    const buffer = this.scratchOf(entry.length);
    for (let done = 0; done < entry.length;) {
      const read = readSync(this.fd, buffer, done, entry.length - done, entry.offset + done);
      if (read === 0) throw new Error(`${this.path}: ends before byte ${entry.offset + entry.length}`);
      done += read;
    }
    return buffer.toString('utf8', 0, entry.length);
  }

  /** The scratch buffer, at least `bytes` long. */
  private scratchOf(bytes: number): Buffer {
    if (this.scratch.length < bytes)
      this.scratch = Buffer.allocUnsafe(Math.max(bytes, this.scratch.length * 2));
    return this.scratch;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    fdatasyncSync(this.fd);
    closeSync(this.fd);
    return Promise.resolve();
  }

  async discard(): Promise<void> {
    await this.close();
    await rm(this.path, { force: true });
  }
}

/** The length of the file up to and with its last newline. */
function wholeLinesLength(fd: number, size: number): number {
  const buffer = Buffer.alloc(READ_CHUNK_BYTES);
  for (let end = size; end > 0;) {
    const start = Math.max(0, end - buffer.length);
    const read = readSync(fd, buffer, 0, end - start, start);
    const last = buffer.subarray(0, read).lastIndexOf(NEWLINE);
    if (last !== -1) return start + last + 1;
    end = start;
  }
  return 0;
}

/** The journal a `--resume` argument names: the journal itself, or the report beside it. */
export function journalPathOf(file: string): string {
  return file.endsWith('.json') ? `${file}l` : file;
}
