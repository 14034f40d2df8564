/**
 * Checks requests (and, in fidelity tests, responses) against GitHub's official OpenAPI description
 * from `@octokit/openapi` (`generated/api.github.com.json`, OpenAPI 3.0.3). The 13 MB file is read
 * once per process, on first use; each operation's schema is compiled once, when first needed.
 *
 * OpenAPI 3.0 is not JSON Schema: `nullable: true` becomes a `"null"` type (or enum member, or an
 * `anyOf` branch), `oneOf` becomes `anyOf` (GitHub's `oneOf`s overlap, e.g. nullable branches), and
 * `$ref`s to `#/components/schemas/*` become `#/definitions/*` of a self-contained schema. 3.1-style
 * `type: [.., "null"]` passes through as JSON Schema already. A `format` whose `default` is `""`
 * (deployment statuses' `environment_url`, `log_url`) also accepts `""`, which GitHub sends when unset.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  operationId: string;
  docsUrl: string;
  raw: Json;
}

let spec: Json | undefined;
let routes:
  | { method: string; template: string; pattern: RegExp; params: number; rest: RegExp | undefined }[]
  | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction | null>();

function openapi(): Json {
  if (!spec) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
  }
  return spec;
}

/**
 * The documented operation for `METHOD /path` (no query), or undefined when GitHub has none. A
 * trailing `{path}` or `{ref}` may span several segments (`/contents/flags/flags.json`,
 * `/git/ref/heads/main`), as GitHub accepts them unencoded; an exact one-segment match wins.
 */
export function findOperation(method: string, path: string): Operation | undefined {
  const paths = openapi().paths as Record<string, Json>;
  routes ??= Object.keys(paths)
    .flatMap((template) =>
      Object.keys(paths[template] as Json)
        .filter((m) => m !== 'parameters')
        .map((m) => {
          const escaped = template.replace(/[.]/g, '\\.');
          const rest = /\/\{(path|ref)\}$/.test(template)
            ? new RegExp(`^${escaped.replace(/\{(path|ref)\}$/, '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`)
            : undefined;
          return {
            method: m.toUpperCase(),
            template,
            pattern: new RegExp(`^${escaped.replace(/\{[^}]+\}/g, '[^/]+')}$`),
            params: (template.match(/\{/g) ?? []).length,
            rest,
          };
        }),
    )
    .sort((a, b) => a.params - b.params);
  const upper = method.toUpperCase();
  const route =
    routes.find((r) => r.method === upper && r.pattern.test(path)) ??
    routes
      .filter((r) => r.method === upper && r.rest?.test(path))
      .sort((a, b) => b.template.length - a.template.length)[0];
  if (!route) return undefined;
  const raw = (paths[route.template] as Json)[route.method.toLowerCase()] as Json;
  const docs = (raw.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest';
  return {
    method: route.method,
    template: route.template,
    operationId: String(raw.operationId),
    docsUrl: docs,
    raw,
  };
}

/**
 * A copy of one of the description's examples (`#/components/examples/<name>`), e.g.
 * `pull-request`, for a fake to fill in: its shape is GitHub's, its values octocat's.
 * @throws Error when the description has no such example
 */
export function documentedExample(name: string): Json {
  const example = ((openapi().components as Json).examples as Record<string, { value?: unknown }>)[name];
  if (!example || typeof example.value !== 'object' || example.value === null)
    throw new Error(`@octokit/openapi has no example '${name}'`);
  return structuredClone(example.value) as Json;
}

/**
 * Problems with a JSON request body, in GitHub's wording (`For 'properties/required_contexts', "x"
 * is not an array.`, `"ref" wasn't supplied.`); empty when valid or when the operation takes no
 * JSON body.
 */
export function requestBodyProblems(operation: Operation, body: unknown): string[] {
  const key = `request ${operation.method} ${operation.template}`;
  const validate = compile(key, () => {
    const requestBody = deref(operation.raw.requestBody) as Json | undefined;
    return ((requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
  });
  if (!validate || validate(body)) return [];
  return describe(validate.errors ?? []);
}

/** Problems with a response body against the documented schema for that status (fidelity tests). */
export function responseBodyProblems(operation: Operation, status: number, body: unknown): string[] {
  const key = `response ${status} ${operation.method} ${operation.template}`;
  const validate = compile(key, () => {
    const response = deref(((operation.raw.responses as Json)[String(status)] ?? undefined) as unknown) as
      Json | undefined;
    return ((response?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema;
  });
  if (validate === undefined) return [`no documented JSON response ${status} for ${operation.operationId}`];
  if (validate === null || validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
}

function compile(key: string, schemaOf: () => unknown): ValidateFunction | null | undefined {
  if (!compiled.has(key)) {
    const schema = schemaOf();
    if (schema === undefined) return undefined;
    ajv ??= makeAjv();
    const definitions: Json = {};
    const root = { ...(normalize(schema, definitions) as Json), definitions };
    compiled.set(key, ajv.compile(root));
  }
  return compiled.get(key);
}

function makeAjv(): Ajv {
  const instance = new Ajv({ strict: false, allErrors: true, verbose: true, logger: false });
  addFormatsModule.default(instance);
  return instance;
}

/** Follows a `#/components/...` `$ref` (responses, request bodies). */
function deref(node: unknown): unknown {
  let current = node;
  while (current && typeof current === 'object' && typeof (current as Json).$ref === 'string') {
    const parts = ((current as Json).$ref as string).replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>((at, part) => (at as Json | undefined)?.[part], openapi());
  }
  return current;
}

/** OpenAPI 3.0 schema → JSON Schema (see the module comment); collects referenced components. */
function normalize(node: unknown, definitions: Json): unknown {
  if (Array.isArray(node)) return node.map((n) => normalize(n, definitions));
  if (!node || typeof node !== 'object') return node;
  const source = node as Json;
  if (typeof source.$ref === 'string') {
    const name = source.$ref.replace('#/components/schemas/', '');
    if (!(name in definitions)) {
      definitions[name] = true; // placeholder: cycles resolve to the same definition
      definitions[name] = normalize(deref(source), definitions);
    }
    return { $ref: `#/definitions/${name}` };
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(source)) {
    if (k === 'example' || k === 'examples' || k === 'nullable') continue;
    const key = k === 'oneOf' ? 'anyOf' : k;
    const isMap = k === 'properties' || k === 'patternProperties';
    out[key] = isMap
      ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, normalize(s, definitions)]))
      : normalize(v, definitions);
  }
  if (typeof out.format === 'string' && out.default === '') {
    out.allOf = [{ anyOf: [{ format: out.format }, { const: '' }] }]; // GitHub sends "" when unset
    delete out.format;
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.type === undefined) return { anyOf: [out, { type: 'null' }] };
  return out;
}

const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

/** ajv errors in the words GitHub's 422 "Invalid request." answers use. */
function describe(errors: ErrorObject[]): string[] {
  const lines = new Set<string>();
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const e of errors) {
    const where = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? 'items' : `properties/${s}`))
      .join('/');
    const value = rubyish(e.data);
    if (e.keyword === 'required') {
      const missing = `"${String((e.params as { missingProperty: string }).missingProperty)}" wasn't supplied.`;
      lines.add(where ? `For '${where}', ${missing}` : missing);
    } else if (anyOfPaths.has(e.instancePath) && e.keyword !== 'anyOf') {
      continue; // reported once, by the anyOf error below
    } else if (e.keyword === 'type' || e.keyword === 'anyOf') {
      const types =
        e.keyword === 'type' ? [(e.params as { type: string | string[] }).type].flat() : branchTypes(e);
      lines.add(
        `For '${where}', ${value} is not ${types.length > 0 ? types.map(article).join(' or ') : 'allowed'}.`,
      );
    } else if (e.keyword === 'enum') {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(rubyish).join(', ');
      lines.add(`For '${where}', ${value} is not a member of [${allowed}].`);
    } else {
      lines.add(`For '${where}', ${value} ${e.message ?? `fails ${e.keyword}`}.`);
    }
  }
  return [...lines];
}

/** The `type`s of an `anyOf`'s branches (needs ajv's `verbose` for `parentSchema`). */
function branchTypes(e: ErrorObject): string[] {
  const branches = ((e.parentSchema as Json | undefined)?.anyOf ?? []) as Json[];
  return branches.flatMap((b) =>
    [b.type ?? []].flat().filter((t): t is string => typeof t === 'string' && t !== 'null'),
  );
}

function rubyish(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  return JSON.stringify(value);
}
