/**
 * What an engine round cost (PRODUCT.md §14), read from each CLI's structured output:
 * - droid `-o json` result: `usage {input_tokens, output_tokens, cache_read_input_tokens, cache_creation_input_tokens}`, `num_turns`;
 * - Claude Code `result` event: the same `usage` (Anthropic's), `total_cost_usd`, `num_turns`;
 * - Codex `turn.completed` events: `usage {input_tokens (cached ones included), cached_input_tokens, cache_write_input_tokens, output_tokens}`;
 * - the `command` engine: the JSON file named by `$DROID_USAGE_FILE`, if it writes one
 *   (`{"input_tokens": n, "output_tokens": n, "cost_usd": x, "turns": n}`, every field optional).
 *
 * `inputTokens` counts every input token, cache reads and writes included (OpenTelemetry's
 * `gen_ai.usage.input_tokens`); the cache counts say how many of them were cached.
 */
import { isRecord } from '../util/validate.js';
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** USD, only where the CLI reports it */
  costUsd?: number | undefined;
  /** model turns, where the CLI reports them */
  turns?: number | undefined;
  durationMs: number;
}

/** The run's totals, plus how many rounds reported usage at all. */
export interface UsageTotals extends Usage {
  rounds: number;
}

const MAX_COUNT = 1e12;

/** A non-negative finite number, else undefined: a hostile or broken report cannot poison the totals. */
function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_COUNT ? value : undefined;
}

/** Anthropic-style usage (droid, Claude Code): input_tokens excludes the cached part, so it is added back. */
export function anthropicUsage(usage: unknown, extra: { costUsd?: unknown; turns?: unknown; durationMs: number }): Usage | undefined {
  if (!isRecord(usage)) return undefined;
  const input = count(usage.input_tokens);
  const output = count(usage.output_tokens);
  if (input === undefined && output === undefined) return undefined;
  const cacheRead = count(usage.cache_read_input_tokens) ?? 0;
  const cacheWrite = count(usage.cache_creation_input_tokens) ?? 0;
  return {
    inputTokens: (input ?? 0) + cacheRead + cacheWrite,
    outputTokens: output ?? 0,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    costUsd: count(extra.costUsd),
    turns: count(extra.turns),
    durationMs: extra.durationMs,
  };
}

/** OpenAI-style usage (Codex `turn.completed`): input_tokens already includes the cached tokens. */
export function openAiUsage(usage: unknown, durationMs: number): Usage | undefined {
  if (!isRecord(usage)) return undefined;
  const input = count(usage.input_tokens);
  const output = count(usage.output_tokens);
  if (input === undefined && output === undefined) return undefined;
  return {
    inputTokens: input ?? 0,
    outputTokens: output ?? 0,
    cacheReadTokens: count(usage.cached_input_tokens) ?? 0,
    cacheWriteTokens: count(usage.cache_write_input_tokens) ?? 0,
    durationMs,
  };
}

/** The `$DROID_USAGE_FILE` a command engine may write; undefined when absent, empty or not the documented JSON. */
export function commandUsage(text: string | undefined, durationMs: number): Usage | undefined {
  if (text === undefined || text.trim() === '' || text.length > 64 * 1024) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const input = count(value.input_tokens);
  const output = count(value.output_tokens);
  const cost = count(value.cost_usd);
  const turns = count(value.turns);
  if (input === undefined && output === undefined && cost === undefined && turns === undefined) return undefined;
  return {
    inputTokens: input ?? 0,
    outputTokens: output ?? 0,
    cacheReadTokens: count(value.cache_read_tokens) ?? 0,
    cacheWriteTokens: count(value.cache_write_tokens) ?? 0,
    costUsd: cost,
    turns,
    durationMs,
  };
}

/** Sums usage over turns or rounds; cost and turns stay undefined unless some part reported them. */
export function addUsage(a: Usage | undefined, b: Usage | undefined): Usage | undefined {
  if (!a) return b;
  if (!b) return a;
  const opt = (x: number | undefined, y: number | undefined): number | undefined => (x === undefined && y === undefined ? undefined : (x ?? 0) + (y ?? 0));
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheReadTokens: a.cacheReadTokens + b.cacheReadTokens,
    cacheWriteTokens: a.cacheWriteTokens + b.cacheWriteTokens,
    costUsd: opt(a.costUsd, b.costUsd),
    turns: opt(a.turns, b.turns),
    durationMs: a.durationMs + b.durationMs,
  };
}

export function totalUsage(rounds: readonly (Usage | undefined)[]): UsageTotals | undefined {
  const reported = rounds.filter((u): u is Usage => u !== undefined);
  if (reported.length === 0) return undefined;
  let sum: Usage | undefined;
  for (const u of reported) sum = addUsage(sum, u);
  return sum ? { ...sum, rounds: reported.length } : undefined;
}

/** Cost rounded for display and outputs (sub-cent costs are common: 6 decimals). */
export function roundCost(usd: number): number {
  return Math.round(usd * 1e6) / 1e6;
}

/** One line for the progress comment, the job summary and the log: "3,307 tokens in (300 cached), 110 out · $0.0143 · 2 turns · 4 s". */
export function usageLine(usage: Usage): string {
  const n = (x: number): string => Math.round(x).toLocaleString('en-US');
  const cached = usage.cacheReadTokens > 0 ? ` (${n(usage.cacheReadTokens)} cached)` : '';
  const parts = [`${n(usage.inputTokens)} tokens in${cached}, ${n(usage.outputTokens)} out`];
  if (usage.costUsd !== undefined) parts.push(`$${usage.costUsd.toFixed(usage.costUsd >= 1 ? 2 : 4)}`);
  if (usage.turns !== undefined) parts.push(`${n(usage.turns)} turn${usage.turns === 1 ? '' : 's'}`);
  parts.push(`${Math.round(usage.durationMs / 1000)} s`);
  return parts.join(' · ');
}

/** The `usage` output and the CLI's `--json` field (snake_case, like the rest of the JSON). */
export function usageJson(usage: UsageTotals | undefined): Record<string, number | null> | null {
  if (!usage) return null;
  return {
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    cache_read_tokens: usage.cacheReadTokens,
    cache_write_tokens: usage.cacheWriteTokens,
    cost_usd: usage.costUsd === undefined ? null : roundCost(usage.costUsd),
    turns: usage.turns ?? null,
    duration_ms: usage.durationMs,
    rounds: usage.rounds,
  };
}
