/**
 * Linear's GraphQL schema, rebuilt from what @linear/sdk ships (TESTING.md): the SDK bundles no .graphql
 * file, but its declarations hold graphql-codegen's `typescript` output for every schema type:
 *   type Scalars = { ID: string; …; DateTime: Date; … }          -> custom scalars
 *   declare enum IssueRelationType { Blocks = "blocks", … }      -> enums (the string is the GraphQL value)
 *   type Issue = Node & { __typename?: "Issue"; title: Scalars["String"]; … }   -> object types (implements)
 *   type Node = { id: Scalars["ID"] }   (no __typename, used as `Node & {`)  -> interfaces
 *   type IssueCommentsArgs = { first?: InputMaybe<Scalars["Int"]>; … }        -> arguments of Issue.comments
 *   type CommentCreateInput = { body?: InputMaybe<…>; … }        -> input types
 *   type DataWebhookPayload = A | B                              -> unions
 * `Maybe<T>` / `InputMaybe<T>` are nullable, anything else non-null, `Array<T>` a list. The operation
 * types after the schema (…Fragment, …Query, …Variables) are not read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

const BUILTIN = new Set(['ID', 'String', 'Boolean', 'Int', 'Float']);

interface TsType {
  name: string;
  implements: string[];
  typename: boolean;
  fields: { name: string; type: string; doc?: string | undefined }[];
}

function declarationsFile(): string {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve('@linear/sdk/package.json')), 'dist');
  const candidates = readdirSync(dir).filter((f) => f.endsWith('.d.mts'));
  const file = candidates.map((f) => path.join(dir, f)).find((f) => /^type Scalars = \{/m.test(readFileSync(f, 'utf8')));
  if (!file) throw new Error(`no generated schema types in ${dir}`);
  return file;
}

/** `Maybe<Array<Scalars["String"]>>` -> `[String!]`; undefined when the TypeScript type has no GraphQL form */
function toGraphql(ts: string, known: Set<string>): string | undefined {
  let t = ts.trim();
  let nullable = false;
  const maybe = /^(?:Input)?Maybe<(.*)>$/.exec(t);
  if (maybe) {
    nullable = true;
    t = maybe[1]!.trim();
  }
  let inner: string | undefined;
  const array = /^Array<(.*)>$/.exec(t);
  if (array) {
    const item = toGraphql(array[1]!, known);
    if (!item) return undefined;
    inner = `[${item}]`;
  } else {
    const scalar = /^Scalars\["(\w+)"\](?:\["(?:input|output)"\])?$/.exec(t);
    const name = scalar ? scalar[1]! : /^\w+$/.test(t) ? t : undefined;
    if (!name || !known.has(name)) return undefined;
    inner = name;
  }
  return nullable ? inner : `${inner}!`;
}

export function linearSdl(): string {
  const lines = readFileSync(declarationsFile(), 'utf8').split('\n');
  const scalars = new Set<string>();
  const enums = new Map<string, string[]>();
  const unions = new Map<string, string[]>();
  const types = new Map<string, TsType>();
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^type \w+Fragment = /.test(line)) break; // the operation types start here
    if (line === 'type Scalars = {') {
      for (i += 1; lines[i] !== '};'; i += 1) {
        const m = /^ {2}(\w+): /.exec(lines[i]!);
        if (m && !BUILTIN.has(m[1]!)) scalars.add(m[1]!);
      }
      continue;
    }
    const en = /^declare enum (\w+) \{$/.exec(line);
    if (en) {
      const values: string[] = [];
      for (i += 1; lines[i] !== '}'; i += 1) {
        const m = /^ {2}\w+ = "([_A-Za-z][_0-9A-Za-z]*)",?$/.exec(lines[i]!);
        if (m) values.push(m[1]!);
      }
      enums.set(en[1]!, values);
      continue;
    }
    const union = /^type (\w+) = ([A-Z]\w*(?: \| [A-Z]\w*)+);$/.exec(line);
    if (union) {
      unions.set(union[1]!, union[2]!.split(' | '));
      continue;
    }
    const object = /^type (\w+) = ((?:\w+ & )*)\{$/.exec(line);
    if (!object) continue;
    const type: TsType = { name: object[1]!, implements: object[2]!.split(' & ').map((s) => s.trim()).filter(Boolean), typename: false, fields: [] };
    let doc: string | undefined;
    for (i += 1; i < lines.length && lines[i] !== '};'; i += 1) {
      const l = lines[i]!;
      const comment = /^ {2}\/\*\* (.*) \*\/$/.exec(l);
      if (comment) {
        doc = comment[1];
        continue;
      }
      if (/^ {2}__typename\?: "/.test(l)) {
        type.typename = true;
        continue;
      }
      const field = /^ {2}(\w+)\??: (.*);$/.exec(l);
      if (field) type.fields.push({ name: field[1]!, type: field[2]!, doc });
      doc = undefined;
    }
    types.set(type.name, type);
  }

  const interfaces = new Set<string>();
  for (const t of types.values()) for (const i of t.implements) if (types.has(i) && !types.get(i)!.typename) interfaces.add(i);
  const objects = [...types.values()].filter((t) => t.typename);
  const argsTypes = new Set<string>();
  for (const t of [...objects, ...[...interfaces].map((n) => types.get(n)!)]) {
    for (const f of t.fields) {
      const args = `${t.name}${f.name[0]!.toUpperCase()}${f.name.slice(1)}Args`;
      if (types.has(args) && !types.get(args)!.typename) argsTypes.add(args);
    }
  }
  const inputs = [...types.values()].filter((t) => !t.typename && !interfaces.has(t.name) && !argsTypes.has(t.name));
  const inputNames = new Set([...inputs.map((t) => t.name), ...scalars, ...enums.keys(), ...BUILTIN]);
  const outputNames = new Set([...objects.map((t) => t.name), ...interfaces, ...unions.keys(), ...scalars, ...enums.keys(), ...BUILTIN]);

  const out: string[] = [];
  for (const s of scalars) out.push(`scalar ${s}`);
  for (const [name, values] of enums) if (values.length) out.push(`enum ${name} { ${values.join(' ')} }`);
  for (const [name, members] of unions) {
    const ok = members.filter((m) => types.get(m)?.typename);
    if (ok.length) out.push(`union ${name} = ${ok.join(' | ')}`);
  }
  const quote = (doc: string | undefined): string => (doc ? `  ${JSON.stringify(doc)}\n` : '');
  const outputFields = (t: TsType): string[] =>
    t.fields.flatMap((f) => {
      const type = toGraphql(f.type, outputNames);
      if (!type) return [];
      const argsType = types.get(`${t.name}${f.name[0]!.toUpperCase()}${f.name.slice(1)}Args`);
      const args = argsType && argsTypes.has(argsType.name) ? argsType.fields.flatMap((a) => {
        const at = toGraphql(a.type, inputNames);
        return at ? [`${a.name}: ${at}`] : [];
      }) : [];
      return [`${quote(f.doc)}  ${f.name}${args.length ? `(${args.join(', ')})` : ''}: ${type}`];
    });
  for (const name of interfaces) {
    const fields = outputFields(types.get(name)!);
    if (fields.length) out.push(`interface ${name} {\n${fields.join('\n')}\n}`);
  }
  for (const t of objects) {
    const fields = outputFields(t);
    const impl = t.implements.filter((i) => interfaces.has(i));
    if (fields.length) out.push(`type ${t.name}${impl.length ? ` implements ${impl.join(' & ')}` : ''} {\n${fields.join('\n')}\n}`);
  }
  for (const t of inputs) {
    const fields = t.fields.flatMap((f) => {
      const type = toGraphql(f.type, inputNames);
      return type ? [`  ${f.name}: ${type}`] : [];
    });
    if (fields.length) out.push(`input ${t.name} {\n${fields.join('\n')}\n}`);
  }
  return out.join('\n\n');
}

let cached: GraphQLSchema | undefined;

/** Linear's schema (built once per test process) */
export function linearSchema(): GraphQLSchema {
  cached ??= buildSchema(linearSdl(), { assumeValidSDL: true, assumeValid: true });
  return cached;
}
