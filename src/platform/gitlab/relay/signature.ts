/**
 * The relay's signature on the pipelines it starts (PRODUCT.md §10). Anyone with a trigger token or
 * API access can start a pipeline with any `DROID_*` variables, so the job believes `DROID_ACTOR` only
 * when the relay signed it:
 *
 *   DROID_RELAY_SIGNED_KEYS  the comma-separated names signed (itself included), sorted
 *   DROID_RELAY_SIGNATURE    hex HMAC-SHA256, keyed with the relay secret, over the canonical string:
 *                            one `KEY=value\n` line per signed name, sorted by name, where a value's
 *                            `\` , CR and LF are written `\\`, `\r`, `\n` (so no value can forge a line)
 *   DROID_RELAY_REF          the ref the pipeline was started on (the job checks CI_COMMIT_REF_NAME)
 *
 * The job has the same secret as the masked CI/CD variable DROID_RELAY_SECRET. Comparison is in
 * constant time. Nothing here logs a value.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VAR = 'DROID_RELAY_SIGNATURE';
export const SIGNED_KEYS_VAR = 'DROID_RELAY_SIGNED_KEYS';
export const REF_VAR = 'DROID_RELAY_REF';
export const SECRET_VAR = 'DROID_RELAY_SECRET';

const KEY = /^DROID_[A-Z0-9_]{1,64}$/;
const MAX_KEYS = 64;

function escapeValue(value: string): string {
  return value.replace(/[\\\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\r' ? '\\r' : '\\n'));
}

/** The text that is signed: sorted `KEY=value\n` lines of the named variables (a missing one counts as empty). */
export function canonicalString(variables: Record<string, string | undefined>, keys: readonly string[]): string {
  return [...new Set(keys)]
    .sort()
    .map((key) => `${key}=${escapeValue(variables[key] ?? '')}\n`)
    .join('');
}

function hmac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('hex');
}

/**
 * `variables` plus DROID_RELAY_REF, DROID_RELAY_SIGNED_KEYS and DROID_RELAY_SIGNATURE: every DROID_*
 * variable given is signed.
 */
export function signVariables(variables: Record<string, string>, secret: string, ref: string): Record<string, string> {
  const out: Record<string, string> = { ...variables, [REF_VAR]: ref };
  delete out[SIGNATURE_VAR];
  delete out[SECRET_VAR];
  const keys = Object.keys(out).filter((k) => KEY.test(k));
  keys.push(SIGNED_KEYS_VAR);
  keys.sort();
  out[SIGNED_KEYS_VAR] = keys.join(',');
  out[SIGNATURE_VAR] = hmac(secret, canonicalString(out, keys));
  return out;
}

export type Verdict =
  | { signed: true }
  | { signed: false; reason: string };

/** Whether the job's variables carry a valid relay signature over DROID_ACTOR, for this ref. */
export function verifyVariables(env: NodeJS.ProcessEnv): Verdict {
  const signature = env[SIGNATURE_VAR]?.trim();
  if (!signature) return { signed: false, reason: 'the pipeline is not signed by the relay (no DROID_RELAY_SIGNATURE)' };
  const secret = env[SECRET_VAR];
  if (!secret) return { signed: false, reason: 'DROID_RELAY_SECRET is not set in this job, so the relay signature cannot be checked' };
  const keys = (env[SIGNED_KEYS_VAR] ?? '').split(',').filter(Boolean);
  if (keys.length === 0 || keys.length > MAX_KEYS || !keys.every((k) => KEY.test(k)) || !keys.includes(SIGNED_KEYS_VAR)) {
    return { signed: false, reason: 'DROID_RELAY_SIGNED_KEYS is missing or malformed' };
  }
  if (!keys.includes('DROID_ACTOR') || !keys.includes(REF_VAR)) return { signed: false, reason: 'the signature does not cover DROID_ACTOR and the ref' };
  const expected = Buffer.from(hmac(secret, canonicalString(env, keys)), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { signed: false, reason: 'DROID_RELAY_SIGNATURE does not match (forged, altered, or signed with another secret)' };
  }
  const ref = env['CI_COMMIT_REF_NAME'];
  if (ref !== undefined && ref !== env[REF_VAR]) return { signed: false, reason: `the signature is for ref ${JSON.stringify(env[REF_VAR] ?? '')}, not this pipeline's` };
  return { signed: true };
}
