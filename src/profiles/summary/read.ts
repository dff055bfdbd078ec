import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read per system call: big enough that calls cost little, small enough to stay in the CPU's cache. */
const CHUNK = 64 * 1024;
/** Chunks read between turns of the event loop (timers, signals) — about 4 MiB. */
const CHUNKS_PER_TURN = 16;

/**
 * Reads a file in fixed chunks into one reused buffer and hands each to `onChunk`, which must not
 * keep it (the summariser and the JUnit reader decode each chunk at once). Reads are synchronous
 * (a log or report on local disk, from the page cache: no thread-pool round trip per chunk, which
 * left the summariser idle a quarter of its time), with a turn of the event loop every few MiB.
 */
export async function readChunks(path: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let n = 1; ; n += 1) {
      const got = readSync(fd, buffer, 0, CHUNK, null);
      if (got === 0) return;
      onChunk(buffer.subarray(0, got));
      if (n % CHUNKS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    closeSync(fd);
  }
}
