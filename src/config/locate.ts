/**
 * Maps a path in the parsed config (['tests', 0, 'timeout_seconds']) back to where it is written
 * in the YAML source, so every problem can name file:line:column.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type Segment = string | number;

export interface Located {
  /** offset of the value (or of the deepest existing parent when the path is missing) */
  offset: number;
  /** offset of the key that holds the value, when the path ends at a mapping key */
  keyOffset?: number | undefined;
  /** how many segments of the path exist in the document */
  depth: number;
  /** the YAML node at `offset`, when one exists */
  node?: Node | undefined;
}

function startOf(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    if (range) return range[0];
  }
  return undefined;
}

export function locate(doc: Document, path: readonly Segment[]): Located {
  let current: unknown = doc.contents;
  const found: Located = { offset: startOf(current) ?? 0, depth: 0, node: (current as Node | null) ?? undefined };
  for (const segment of path) {
    if (isAlias(current)) current = current.resolve(doc);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(current)) {
      const pair = current.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(segment));
      if (!pair) return found;
      keyNode = pair.key;
      next = pair.value;
    } else if (isSeq(current) && typeof segment === 'number') {
      next = current.items[segment];
      if (next === undefined) return found;
    } else {
      return found;
    }
    const keyOffset = startOf(keyNode);
    const offset = startOf(next) ?? keyOffset ?? found.offset;
    found.offset = offset;
    found.keyOffset = keyOffset;
    found.depth += 1;
    found.node = (next as Node | null) ?? undefined;
    current = next;
  }
  return found;
}

/** 1-based line and column of an offset. */
export function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
