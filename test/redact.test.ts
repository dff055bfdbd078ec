import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MASK, Redactor, secretForms } from '../src/util/redact.js';

/**
 * PRODUCT.md §8: every form of a secret is masked (raw, each line of a PEM, URL-encoded, JSON-escaped,
 * base64 of the value and of the `user:value` pairs git uses), known token shapes are masked even when
 * nobody registered them, and ordinary text is left alone.
 */
const TOKEN = `tok_${randomBytes(18).toString('hex')}+/=&?`; // a value with characters that change under each encoding

function registered(...secrets: string[]): Redactor {
  const r = new Redactor();
  for (const s of secrets) r.add(s);
  return r;
}

function pem(): string {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return privateKey;
}

describe('the redactor masks every form of a registered secret', () => {
  const r = registered(TOKEN);

  it('masks the raw value wherever it appears', () => {
    const out = r.redact(`token=${TOKEN} and again (${TOKEN})`);
    expect(out).toBe(`token=${MASK} and again (${MASK})`);
  });

  it('masks the URL-encoded value', () => {
    const encoded = encodeURIComponent(TOKEN);
    expect(encoded).not.toBe(TOKEN);
    const out = r.redact(`https://example.com/?key=${encoded}&x=1`);
    expect(out).toBe(`https://example.com/?key=${MASK}&x=1`);
  });

  it('masks the JSON-escaped value', () => {
    const quoted = registered('pa"ss\\word\twith-escapes');
    const json = JSON.stringify({ password: 'pa"ss\\word\twith-escapes' });
    const out = quoted.redact(json);
    expect(out).toBe(`{"password":"${MASK}"}`);
  });

  it('masks the base64 of the value, padded or not', () => {
    const b64 = Buffer.from(TOKEN).toString('base64');
    expect(r.redact(`data: ${b64}`)).toBe(`data: ${MASK}`);
    expect(r.redact(`data: ${b64.replace(/=+$/, '')}.`)).not.toContain(b64.replace(/=+$/, ''));
  });

  it.each(['x-access-token', 'oauth2', 'gitlab-ci-token'])('masks the base64 of %s:TOKEN (git Basic auth)', (user) => {
    const b64 = Buffer.from(`${user}:${TOKEN}`).toString('base64');
    const out = r.redact(`http.extraheader=AUTHORIZATION: basic ${b64}`);
    expect(out).not.toContain(b64);
    expect(out).not.toContain(b64.replace(/=+$/, ''));
    expect(out).toContain(MASK);
  });

  it('masks the raw value inside a credential URL', () => {
    const out = r.redact(`fatal: unable to access 'https://x-access-token:${TOKEN}@github.com/o/r.git/'`);
    expect(out).not.toContain(TOKEN);
    expect(out).toContain('github.com/o/r.git');
  });

  it('lists the forms it registered so callers can mask them elsewhere (core.setSecret)', () => {
    const forms = new Redactor().add(TOKEN);
    expect(forms).toEqual(expect.arrayContaining([TOKEN, encodeURIComponent(TOKEN), Buffer.from(TOKEN).toString('base64')]));
    expect(forms).toEqual(expect.arrayContaining([Buffer.from(`x-access-token:${TOKEN}`).toString('base64')]));
  });

  it('ignores empty and too-short values instead of masking every "a" in the log', () => {
    const short = registered('', 'ab');
    expect(short.redact('a cab ran abroad')).toBe('a cab ran abroad');
    expect(new Redactor().add(undefined)).toEqual([]);
  });
});

describe('the redactor masks a PEM private key', () => {
  const key = pem();
  const body = key.trim().split('\n').filter((l) => !l.startsWith('-----'));

  it('masks the whole block', () => {
    const r = registered(key);
    expect(r.redact(`key:\n${key}\nend`)).toBe(`key:\n${MASK}\nend`);
  });

  it('masks each line of the key on its own (a log that printed one line)', () => {
    const r = registered(key);
    expect(body.length).toBeGreaterThan(20);
    for (const line of body) {
      if (line.length < 16) continue; // the short tail line of the body is below the masking minimum
      const out = r.redact(`debug: ${line} <-`);
      expect(out, `line ${line.slice(0, 8)}…`).toBe(`debug: ${MASK} <-`);
    }
  });

  it('masks a key given with literal \\n escapes (as stored in a CI variable), line by line too', () => {
    const escaped = key.trim().replace(/\n/g, '\\n');
    const r = registered(escaped);
    expect(r.redact(escaped)).toBe(MASK);
    expect(r.redact(`> ${body[3]}`)).toBe(`> ${MASK}`);
    expect(r.redact(key)).not.toContain(body[3]);
  });

  it('masks an unregistered PEM private key block by its shape', () => {
    const out = new Redactor().redact(`oops ${key} done`);
    expect(out).not.toContain(body[0]);
    expect(out).not.toContain('PRIVATE KEY');
    expect(out).toContain('oops');
    expect(out).toContain('done');
  });

  it('masks the JSON-escaped key (a key inside a JSON payload)', () => {
    const r = registered(key);
    const out = r.redact(JSON.stringify({ app_private_key: key }));
    expect(out).not.toContain(body[0]);
    expect(out).not.toContain(body[body.length - 2]);
  });
});

describe('the redactor masks well-known token shapes nobody registered', () => {
  const r = new Redactor();
  const alnum = (n: number): string => randomBytes(n).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, n);
  const shapes: [string, string][] = [
    ['GitHub classic PAT', `ghp_${alnum(36)}`],
    ['GitHub installation token', `ghs_${alnum(36)}`],
    ['GitHub OAuth token', `gho_${alnum(36)}`],
    ['GitHub fine-grained PAT', `github_pat_${alnum(22)}_${alnum(59)}`],
    ['GitLab PAT', `glpat-${alnum(20)}`],
    ['GitLab PAT (long form)', `glpat-${alnum(27)}.01.${alnum(9)}`],
    ['Anthropic key', `sk-ant-api03-${alnum(40)}-${alnum(20)}AA`],
    ['OpenAI project key', `sk-proj-${alnum(48)}`],
    ['Slack token', `xoxb-${alnum(12)}-${alnum(24)}`],
  ];

  it.each(shapes)('masks a %s', (_name, token) => {
    const out = r.redact(`echo "${token}" > .env; curl -u me:${token} https://x`);
    expect(out).not.toContain(token);
    // nothing of the token's secret part survives
    expect(out).not.toContain(token.slice(-12));
  });

  it('masks a Bearer token in an Authorization header, keeping the header name', () => {
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${alnum(40)}.${alnum(30)}`;
    expect(r.redact(`Authorization: Bearer ${jwt}`)).toBe(`Authorization: Bearer ${MASK}`);
    expect(r.redact(`-H "authorization: token ${alnum(40)}"`)).toBe(`-H "authorization: token ${MASK}"`);
    expect(r.redact(`{"Authorization":"Bearer ${jwt}"}`)).not.toContain(jwt);
    expect(r.redact(`curl -H 'Bearer ${jwt}'`)).not.toContain(jwt);
  });
});

describe('the redactor does not over-redact ordinary text', () => {
  const r = registered(TOKEN, pem());
  const ordinary = [
    'FAIL src/add.test.ts > adds two numbers: expected 6 to be 5',
    'commit 3f1c2d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e (HEAD -> droid/CALC-7-make-add-add)',
    'request id 123e4567-e89b-12d3-a456-426614174000',
    'the token endpoint returned 401; a bearer of bad news; use a GitHub token (ghp_…) with repo scope',
    'set GITHUB_TOKEN and FACTORY_API_KEY; github_pat_ tokens are fine-grained; sk-ant- keys come from Anthropic',
    'task-runner-with-a-really-long-name-for-testing-purposes ran; disk-usage-report-generator-for-all-volumes ok',
    'Authorization: see the docs',
    'base64 of hello is aGVsbG8=',
    '-----BEGIN CERTIFICATE----- is public, and so is -----BEGIN PUBLIC KEY-----',
    'path/to/some_really_long_file_name_that_is_not_a_secret.ts:42:7',
  ];

  it.each(ordinary)('leaves %j as it is', (line) => {
    expect(r.redact(line)).toBe(line);
  });
});

describe('redactValue', () => {
  it('redacts strings deep inside objects and arrays and keeps other values', () => {
    const r = registered(TOKEN);
    const ghp = `ghp_${'a1B2'.repeat(9)}`;
    const value = {
      time: '2026-01-01T00:00:00.000Z',
      count: 3,
      ok: true,
      none: null,
      missing: undefined,
      detail: { error: `push failed for ${TOKEN}`, nested: [{ argv: ['git', 'push', `https://oauth2:${TOKEN}@h/x.git`] }, 7, ghp] },
    };
    const out = r.redactValue(value);
    const text = JSON.stringify(out);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(ghp);
    expect(out.count).toBe(3);
    expect(out.ok).toBe(true);
    expect(out.none).toBeNull();
    expect(out.detail.error).toBe(`push failed for ${MASK}`);
    expect(out.detail.nested[1]).toBe(7);
    expect(out.detail.nested[2]).toBe(MASK);
    // the input is not modified
    expect(value.detail.error).toContain(TOKEN);
  });

  it('keeps the secret out of object keys too', () => {
    const r = registered(TOKEN);
    const out = r.redactValue({ [TOKEN]: 'x' });
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });

  it('keeps dates as dates', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    expect(new Redactor().redactValue({ when }).when).toEqual(when);
  });
});

describe('secretForms', () => {
  it('does not emit lines of a single-line secret separately and trims surrounding whitespace', () => {
    const forms = secretForms(`  ${TOKEN}\n`);
    expect(forms).toContain(TOKEN);
    expect(forms.every((f) => f.trim().length > 0)).toBe(true);
  });
});
