/**
 * Masks every form of every secret the run was given (PRODUCT.md §8): the raw value, each line of a
 * multi-line value (PEM keys), its URL-encoded and JSON-escaped forms, base64 of the value and of the
 * `user:value` pairs git and forges use for Basic auth, and well-known token shapes the run was not told about.
 */
const MIN_SECRET_LENGTH = 6;
const BASIC_USERS = ['x-access-token', 'oauth2', 'gitlab-ci-token', 'x-oauth-basic', 'git', 'droid'];

const TOKEN_SHAPES: RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{20,255}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  /\bglpat-[A-Za-z0-9_.-]{20,}/g,
  /\bgl(?:dt|rt|ptt|ft|cbt|imt|soat|agent)-[A-Za-z0-9_-]{20,}\b/g,
  /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g,
  /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g,
  /\bfk-[A-Za-z0-9_-]{20,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  // AWS access key ids (long-term AKIA, temporary ASIA, …) and a secret access key next to its name
  /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}\b/g,
  /(aws_?secret_?access_?key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /(authorization:\s*(?:basic|bearer|token)\s+)[A-Za-z0-9+/=._~-]{8,}/gi,
  // a bearer token outside the `Authorization:` form (JSON headers, curl -H 'Bearer …')
  /(\bbearer\s+)[A-Za-z0-9+/=._~-]{16,}/gi,
];

export const MASK = '***';

export class Redactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  /** Registers a secret; returns every form that is now masked (so callers can also pass them to core.setSecret). */
  add(secret: string | undefined): string[] {
    if (!secret) return [];
    const forms = secretForms(secret).filter((f) => f.length >= MIN_SECRET_LENGTH);
    for (const f of forms) this.values.add(f);
    this.pattern = undefined;
    return forms;
  }

  redact(text: string): string {
    if (!text) return text;
    let out = text;
    if (this.values.size > 0) {
      this.pattern ??= new RegExp(
        [...this.values]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
      );
      out = out.replace(this.pattern, MASK);
    }
    for (const shape of TOKEN_SHAPES) {
      out = out.replace(shape, (match, prefix: unknown) => (typeof prefix === 'string' ? `${prefix}${MASK}` : MASK));
    }
    return out;
  }

  /** Deeply redacts strings inside a JSON-like value. */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.redactValue(v)) as T;
    if (value && typeof value === 'object' && isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[this.redact(k)] = this.redactValue(v);
      return out as T;
    }
    return value;
  }
}

export function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  const add = (s: string): void => {
    if (s) forms.add(s);
  };
  const trimmed = secret.trim();
  add(trimmed);
  add(secret);
  // a multi-line value (a PEM key) may also arrive with literal `\n` escapes, as CI variables store it
  for (const line of trimmed.split(/\r?\n|(?:\\r)?\\n/)) {
    const l = line.trim();
    if (l.length >= 16 && !/^-----(BEGIN|END) /.test(l)) add(l);
  }
  add(encodeURIComponent(trimmed));
  add(JSON.stringify(trimmed).slice(1, -1));
  add(Buffer.from(trimmed).toString('base64'));
  add(Buffer.from(trimmed).toString('base64').replace(/=+$/, ''));
  for (const user of BASIC_USERS) {
    const b64 = Buffer.from(`${user}:${trimmed}`).toString('base64');
    add(b64);
    add(b64.replace(/=+$/, ''));
  }
  return [...forms];
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
