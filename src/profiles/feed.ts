/**
 * The summarizer's share of a profile's output. Parsing costs CPU per line, so a flood (hundreds of
 * MB) is summarised from its first bytes and its end only; memory stays bounded either way.
 */
export const DEFAULT_SUMMARIZE_BYTES = 16 * 1024 * 1024;
const SUMMARY_TAIL_BYTES = 256 * 1024;

/** Feeds a summarizer the first `limit` bytes, keeps only the last bytes after that, and feeds those at the end. */
export class CappedFeed {
  private fed = 0;
  private skipped = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;

  constructor(
    private readonly write: (chunk: Buffer | string) => void,
    private readonly limit: number,
  ) {}

  push(chunk: Buffer): void {
    const room = this.limit - this.fed;
    if (room > 0) {
      const head = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.fed += head.length;
      this.write(head);
      if (head.length === chunk.length) return;
      chunk = chunk.subarray(head.length);
    }
    this.tail.push(Buffer.from(chunk));
    this.tailBytes += chunk.length;
    while (this.tail.length > 1 && this.tailBytes - this.tail[0]!.length >= SUMMARY_TAIL_BYTES) {
      const dropped = this.tail.shift()!;
      this.tailBytes -= dropped.length;
      this.skipped += dropped.length;
    }
  }

  finish(): void {
    if (this.tail.length === 0) return;
    if (this.skipped > 0) this.write(`\n… [${this.skipped} bytes of output not summarised] …\n`);
    for (const chunk of this.tail) this.write(chunk);
    this.tail = [];
  }
}
