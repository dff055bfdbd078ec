/**
 * "Did you mean" for config keys and enum values, and the allowed keys at each level of the schema.
 */
import * as z from 'zod';

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

const canonical = (s: string): string => s.toLowerCase().replace(/[-\s]/g, '_');

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const wanted = canonical(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, canonical(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // one edit for short words, two from four letters (`tset` -> `tests`: a swap and a missing letter), three for long ones
  const limit = wanted.length <= 3 ? 1 : wanted.length <= 8 ? 2 : 3;
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

type Segment = string | number;

/** Unwraps default/optional/pipe/transform wrappers down to the schema that holds the shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let i = 0; i < 20; i++) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
  return current;
}

/** The schema found at `path` below `root` (numbers index into arrays), or undefined. */
export function schemaAt(root: z.ZodType, path: readonly Segment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (current === undefined) return undefined;
    if (current instanceof z.ZodArray && typeof segment === 'number') current = unwrap(current.element as z.ZodType);
    else if (current instanceof z.ZodObject && typeof segment === 'string') {
      const shape = current.shape as Record<string, z.ZodType | undefined>;
      const next: z.ZodType | undefined = Object.hasOwn(shape, segment) ? shape[segment] : undefined;
      current = next === undefined ? undefined : unwrap(next);
    } else if (current instanceof z.ZodRecord && typeof segment === 'string') current = unwrap(current.valueType as z.ZodType);
    else return undefined;
  }
  return current;
}

/** The keys an object schema accepts at `path`, in declaration order ([] when it is not an object). */
export function keysAt(root: z.ZodType, path: readonly Segment[]): string[] {
  const schema = schemaAt(root, path);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/** Every object path in the schema that accepts `key`, written like `engine` or `tests[]` ('' is the top level). */
export function levelsWithKey(root: z.ZodType, key: string): string[] {
  const found: string[] = [];
  const walk = (schema: z.ZodType, label: string, depth: number): void => {
    const inner = unwrap(schema);
    if (depth > 6) return;
    if (inner instanceof z.ZodArray) walk(inner.element as z.ZodType, `${label}[]`, depth + 1);
    else if (inner instanceof z.ZodObject) {
      const shape = inner.shape as Record<string, z.ZodType>;
      if (Object.hasOwn(shape, key)) found.push(label);
      for (const [name, child] of Object.entries(shape)) walk(child, label ? `${label}.${name}` : name, depth + 1);
    }
  };
  walk(root, '', 0);
  return found;
}
