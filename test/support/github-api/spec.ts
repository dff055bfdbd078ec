/**
 * GitHub's official REST description (`@octokit/openapi`, api.github.com.json only — never the package
 * root, which loads every variant), loaded once per test process and shared by every fake server.
 *
 * - `nullable: true` without `type` (~135 places) is rewritten to `anyOf: [schema, {type: 'null'}]`
 *   so Ajv can compile every schema, and a nullable `enum` gets `null` listed (Ajv does not add it).
 * - openapi-backend runs in quick mode (lazy validators): start-up well under a second.
 * - `sample(schema, overrides)` builds a response in the documented shape: the schema's required
 *   properties with plausible values, overlaid with the server's state (`overrides`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OpenAPIBackend } from 'openapi-backend';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: Json[];
  format?: string;
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
  default?: Json;
  minimum?: number;
  [key: string]: unknown;
}

export type Backend = OpenAPIBackend;

function specPath(): string {
  const require = createRequire(import.meta.url);
  // resolve the package folder without loading its entry point
  const pkg = require.resolve('@octokit/openapi/package.json');
  return join(dirname(pkg), 'generated', 'api.github.com.json');
}

/** In place: `{nullable: true, ...}` without `type` becomes `{anyOf: [{...}, {type: 'null'}]}`. */
function rewriteNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteNullable(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const value of Object.values(obj)) rewriteNullable(value);
  // Ajv's `nullable` does not widen an `enum`: a documented null (e.g. a running check's conclusion) needs it listed
  if (obj.nullable === true && Array.isArray(obj.enum) && !obj.enum.includes(null)) obj.enum = [...(obj.enum as unknown[]), null];
  if (obj.nullable === true && obj.type === undefined) {
    const inner: Record<string, unknown> = { ...obj };
    delete inner.nullable;
    for (const key of Object.keys(obj)) delete obj[key];
    obj.anyOf = [inner, { type: 'null' }];
  }
}

const looseFormats: Record<string, RegExp | true> = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
  date: /^\d{4}-\d\d-\d\d$/,
  uri: /^[a-z][a-z0-9+.-]*:/i,
  'uri-template': true,
  email: /@/,
  uuid: true,
  hostname: true,
  ipv4: true,
  ipv6: true,
  binary: true,
  password: true,
  regex: true,
  'repo.nwo': true,
  'ssh-key': true,
  'ssh-key fingerprint': true,
};

interface AjvLike {
  addFormat(name: string, format: RegExp | true): unknown;
}

let loading: Promise<Backend> | undefined;

export function loadGitHubSpec(): Promise<Backend> {
  loading ??= (async () => {
    const document = JSON.parse(readFileSync(specPath(), 'utf8')) as Record<string, unknown>;
    rewriteNullable(document);
    const api = new OpenAPIBackend({
      definition: document as never,
      quick: true,
      validate: true,
      coerceTypes: true,
      ajvOpts: { strict: false, logger: false },
      customizeAjv: (ajv: unknown) => {
        for (const [name, format] of Object.entries(looseFormats)) (ajv as AjvLike).addFormat(name, format);
        return ajv as never;
      },
    });
    await api.init();
    return api;
  })();
  return loading;
}

/** The JSON schema of an operation's response for `status`, or undefined when none is documented. */
export function responseSchema(api: Backend, operationId: string, status: number): Schema | undefined {
  const operation = api.getOperation(operationId) as { responses?: Record<string, unknown> } | undefined;
  const response = operation?.responses?.[String(status)] as
    | { content?: Record<string, { schema?: Schema }> }
    | undefined;
  return response?.content?.['application/json']?.schema;
}

function sampleString(schema: Schema, key: string): string {
  if (schema.enum && typeof schema.enum[0] === 'string') return schema.enum[0];
  switch (schema.format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'date':
      return '2026-01-01';
    case 'uri':
      return `https://github.example/${key}`;
    case 'email':
      return 'octo@example.com';
    default:
      return key.endsWith('url') ? `https://github.example/${key}` : key;
  }
}

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  return undefined;
}

function canBeNull(schema: Schema): boolean {
  return schema.nullable === true || (branches(schema) ?? []).some((s) => typeOf(s) === 'null');
}

function branches(schema: Schema): Schema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/**
 * A value valid for `schema`, with `override` laid over it: object keys are merged recursively
 * (each against its property schema), arrays and primitives from `override` are used as given.
 */
export function sample(schema: Schema, override?: unknown, key = 'value', depth = 0): unknown {
  const alternatives = branches(schema);
  if (alternatives) {
    const nonNull = alternatives.filter((s) => typeOf(s) !== 'null');
    if (override === null && nonNull.length < alternatives.length) return null;
    const wantObject = override !== null && typeof override === 'object' && !Array.isArray(override);
    const pick = nonNull.find((s) => (typeOf(s) === 'object') === wantObject) ?? nonNull[0] ?? alternatives[0];
    return pick ? sample(pick, override, key, depth) : override;
  }
  if (schema.allOf) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema.allOf) {
      Object.assign(merged.properties as object, part.properties ?? {});
      merged.required = [...(merged.required ?? []), ...(part.required ?? [])];
    }
    return sample(merged, override, key, depth);
  }
  if (override === null && (schema.nullable === true || schema.type === 'null')) return null;
  const type = typeOf(schema);
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    const given = override !== null && typeof override === 'object' ? (override as Record<string, unknown>) : {};
    for (const name of schema.required ?? []) {
      const prop = schema.properties?.[name];
      if (name in given) continue;
      out[name] = !prop || canBeNull(prop) ? null : sample(prop, undefined, name, depth + 1);
    }
    for (const [name, value] of Object.entries(given)) {
      const prop = schema.properties?.[name];
      out[name] = prop && value !== undefined ? sample(prop, value, name, depth + 1) : value;
    }
    return out;
  }
  if (override !== undefined) {
    if (type === 'array' && Array.isArray(override) && schema.items) {
      const items = schema.items;
      return override.map((item) => sample(items, item, key, depth + 1));
    }
    return override;
  }
  if (schema.default !== undefined) return schema.default;
  switch (type) {
    case 'array':
      return [];
    case 'string':
      return sampleString(schema, key);
    case 'integer':
    case 'number':
      return typeof schema.enum?.[0] === 'number' ? schema.enum[0] : Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return false;
    default:
      return null;
  }
}
