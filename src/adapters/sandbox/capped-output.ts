/**
 * Collects one output stream of a snippet, keeping at most `capBytes` bytes however much it writes,
 * so memory stays bounded when generated code prints in an endless loop.
 */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private keptBytes = 0;
  private overflowed = false;

  constructor(private readonly capBytes: number) {}

  /** Whether more bytes arrived than the cap allows; set by the first byte past the cap. */
  get truncated(): boolean {
    return this.overflowed;
  }

  /** Keeps what fits under the cap. Returns false once the stream has gone past the cap. */
  push(chunk: Buffer): boolean {
    if (this.overflowed) return false;
    const room = this.capBytes - this.keptBytes;
    if (chunk.length <= room) {
      this.chunks.push(chunk);
      this.keptBytes += chunk.length;
      return true;
    }
    if (room > 0) this.chunks.push(chunk.subarray(0, room));
    this.keptBytes += room;
    this.overflowed = true;
    return false;
  }

  /** The kept bytes as UTF-8; when cut, a character split by the cap is dropped rather than mangled. */
  text(): string {
    const bytes = Buffer.concat(this.chunks, this.keptBytes);
    const end = this.overflowed ? completeUtf8Length(bytes) : bytes.length;
    return bytes.toString('utf8', 0, end);
  }
}

/** Length of `bytes` without a trailing UTF-8 sequence that the cut left incomplete. */
function completeUtf8Length(bytes: Buffer): number {
  // A sequence is at most 4 bytes, so only the last 3 can start an incomplete one.
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
