/**
 * The engine's findings (PRODUCT.md §13): `{"summary", "findings": [{path, line, end_line, severity,
 * title, body, suggestion}]}`, validated with zod. The answer is untrusted model output: anything that
 * does not fit is an error naming the reason, and nothing of a malformed answer is posted.
 */
import * as z from 'zod';
import type { Severity } from '../config/types.js';
import { DroidError } from '../util/errors.js';

export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high'];
export const MAX_FINDINGS = 50;
/** the largest answer read; a longer one is refused rather than parsed */
export const MAX_ANSWER_CHARS = 512 * 1024;

const pathField = z
  .string()
  .min(1)
  .max(1024)
  .transform((p) => p.replace(/^\.\/+/, ''))
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !/[\x00-\x1f]/.test(p), { message: 'must be a path relative to the repository root' });

const lineField = z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be 1 or more' }).max(10_000_000);

export const findingSchema = z
  .object({
    path: pathField,
    line: lineField,
    end_line: lineField.nullish(),
    severity: z.enum(['low', 'medium', 'high']),
    title: z.string().trim().min(1, { message: 'is empty' }).max(300),
    body: z.string().max(20_000).nullish(),
    suggestion: z.string().max(50_000).nullish(),
  })
  .refine((f) => f.end_line === undefined || f.end_line === null || f.end_line >= f.line, { message: 'end_line is before line', path: ['end_line'] });

export const reviewAnswerSchema = z.object({
  summary: z.string().max(50_000).nullish(),
  findings: z.array(findingSchema).max(MAX_FINDINGS, { message: `at most ${MAX_FINDINGS} findings` }),
});

export interface Finding {
  path: string;
  line: number;
  endLine: number;
  severity: Severity;
  title: string;
  body: string;
  suggestion?: string | undefined;
  /** the pass that found it */
  pass: 'review' | 'security';
}

export interface ReviewAnswer {
  summary: string;
  findings: Finding[];
}

/** The JSON Schema the CLI engines are given for their structured output (strict: every key required, nulls allowed). */
export const REVIEW_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['summary', 'findings'],
  properties: {
    summary: { type: 'string' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'line', 'end_line', 'severity', 'title', 'body', 'suggestion'],
        properties: {
          path: { type: 'string' },
          line: { type: 'integer' },
          end_line: { type: ['integer', 'null'] },
          severity: { type: 'string', enum: ['high', 'medium', 'low'] },
          title: { type: 'string' },
          body: { type: 'string' },
          suggestion: { type: ['string', 'null'] },
        },
      },
    },
  },
} as const;

/**
 * The JSON object in an answer: the whole text, or a single ```json fence, or the text from the first
 * `{` to the last `}` (models wrap answers in prose). Linear in the length of the text.
 */
export function extractJson(text: string): unknown {
  const trimmed = text.trim();
  const candidates: string[] = [trimmed];
  const fence = /```(?:json)?[ \t]*\n([\s\S]*?)\n[ \t]*```/.exec(trimmed);
  if (fence?.[1]) candidates.push(fence[1]);
  const first = trimmed.indexOf('{');
  const last = trimmed.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(trimmed.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // next candidate
    }
  }
  return undefined;
}

function issueText(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top)'}: ${issue.message}`)
    .join('; ');
}

/** Parses and validates an engine's answer; throws DroidError('engine') with the reason when it is malformed. */
export function parseReviewAnswer(text: string | unknown, source: string, pass: Finding['pass'] = 'review'): ReviewAnswer {
  let value: unknown = text;
  if (typeof text === 'string') {
    if (text.trim() === '') throw new DroidError('engine', `${source} gave no review: its answer is empty`, { hint: 'the engine must answer with the findings JSON of PRODUCT.md §13' });
    if (text.length > MAX_ANSWER_CHARS) throw new DroidError('engine', `${source}'s review is ${text.length} characters, more than the ${MAX_ANSWER_CHARS} read`);
    value = extractJson(text);
    if (value === undefined) {
      throw new DroidError('engine', `${source}'s review is not JSON: ${JSON.stringify(text.trim().slice(0, 120))}`, {
        hint: 'the engine must answer with {"summary": "...", "findings": [...]} (PRODUCT.md §13); nothing was posted',
      });
    }
  }
  const parsed = reviewAnswerSchema.safeParse(value);
  if (!parsed.success) {
    throw new DroidError('engine', `${source}'s review does not match the findings format: ${issueText(parsed.error)}`, {
      hint: 'each finding needs path, line, severity (high|medium|low) and title; nothing was posted',
    });
  }
  return {
    summary: (parsed.data.summary ?? '').trim(),
    findings: parsed.data.findings.map((f) => ({
      path: f.path,
      line: f.line,
      endLine: f.end_line ?? f.line,
      severity: f.severity,
      title: f.title.replace(/\s+/g, ' '),
      body: (f.body ?? '').trim(),
      suggestion: f.suggestion === null || f.suggestion === undefined ? undefined : f.suggestion,
      pass,
    })),
  };
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}
