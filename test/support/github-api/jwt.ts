/** Verifies a GitHub App JWT (RS256, `iss` = app id, not expired) like GitHub does. */
import { verify } from 'node:crypto';
import type { FakeApp } from './state.js';

/** undefined when valid, else the reason */
export function verifyAppJwt(jwt: string, app: FakeApp): string | undefined {
  const parts = jwt.split('.');
  if (parts.length !== 3) return 'not a JWT';
  const [header = '', payload = '', signature = ''] = parts;
  let claims: { iss?: unknown; exp?: unknown; iat?: unknown };
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return 'undecodable';
  }
  if (alg !== 'RS256') return `alg ${String(alg)}`;
  const valid = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), app.publicKey, Buffer.from(signature, 'base64url'));
  if (!valid) return 'signature does not match the app key';
  if (String(claims.iss) !== String(app.id)) return `'Issuer' claim ('iss') must be the app id`;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now() - 60_000) return 'expired';
  return undefined;
}
