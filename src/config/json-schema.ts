/**
 * The JSON Schema of `.droid.yml`, generated from the zod schema (one source of truth).
 * scripts/gen-schema.mjs writes it to schema/droid.schema.json; a test checks the committed file is current.
 * Editors pick it up with a first line `# yaml-language-server: $schema=<url or path of droid.schema.json>`.
 */
import * as z from 'zod';
import { configSchema } from './schema.js';

export const SCHEMA_ID = 'https://raw.githubusercontent.com/factory/droid/v1/schema/droid.schema.json';

/** The JSON Schema (draft-07, the draft editors support best) describing what a user may write. */
export function buildJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    // zod leaves out defaults of fields that hold a transform (paths are normalised); editors should still show them
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      if (def.type === 'default' && jsonSchema.default === undefined) jsonSchema.default = JSON.parse(JSON.stringify(def.defaultValue));
    },
  }) as Record<string, unknown>;
  return { ...generated, $id: SCHEMA_ID, title: 'Droid for CI configuration (.droid.yml)' };
}

/** The exact file content: stable key order from the schema source, two-space indent, trailing newline. */
export function renderJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
