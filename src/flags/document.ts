/**
 * The flag file: an OpenFeature flagd flag-definition document (https://flagd.dev/reference/flag-definitions/),
 * read, validated before every write, and written back with every other flag and key as it was.
 *
 * Validation is strict three ways: the flagd JSON schema vendored in `schema/` (v0.2.15 of
 * https://github.com/open-feature/flagd-schemas, Apache-2.0; `flags.json` and the `targeting.json`
 * it references), `@openfeature/flagd-core`'s strict loader (`MemoryStorage.setConfigurations(json,
 * true)`, which is what applications' in-process providers run), and the managed shape of each flag
 * this change touched (managed.ts).
 */
import { MemoryStorage } from '@openfeature/flagd-core';
import { Ajv, type ErrorObject } from 'ajv';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';
import flagsSchema from './schema/flags.json' with { type: 'json' };
import targetingSchema from './schema/targeting.json' with { type: 'json' };
import type { FlagJson } from './managed.js';

/** The `$schema` a new file declares (editors validate it with the same schema). */
export const FLAGD_SCHEMA_URL = 'https://flagd.dev/schema/v0/flags.json';

/** A flag file's content: `flags` (required), `$schema`, `$evaluators`, `metadata`, anything else kept. */
export interface FlagDocument {
  $schema?: string;
  flags: Record<string, FlagJson>;
  [key: string]: unknown;
}

/** Parses a flag file; an absent file (undefined) is an empty document with the schema declared. */
export function parseFlagDocument(text: string | undefined, where: string): FlagDocument {
  if (text === undefined || text.trim() === '') return { $schema: FLAGD_SCHEMA_URL, flags: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(
      `${where}: expected a flagd JSON document, got invalid JSON (${errorMessage(error)})`,
    );
  }
  const flags = (value as { flags?: unknown } | null)?.flags;
  if (
    !value ||
    typeof value !== 'object' ||
    Array.isArray(value) ||
    !flags ||
    typeof flags !== 'object' ||
    Array.isArray(flags)
  )
    throw new ConfigurationError(
      `${where}: expected a flagd document with a "flags" object (${FLAGD_SCHEMA_URL})`,
    );
  return value as FlagDocument;
}

/** The file's text: two-space JSON and a final newline, keys in their order. */
export function serializeFlagDocument(document: FlagDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

let validateSchema: ReturnType<Ajv['compile']> | undefined;

/** ajv's first few errors as one line. */
function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}

/**
 * Checks a document before it is written: the vendored flagd schema, then flagd-core's strict
 * loader (what applications' providers accept).
 * @throws ConfigurationError naming `where` and the first problems found.
 */
export function validateFlagDocument(document: FlagDocument, where: string): void {
  if (!validateSchema) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(targetingSchema, 'https://flagd.dev/schema/v0/targeting.json');
    validateSchema = ajv.compile(flagsSchema);
  }
  if (!validateSchema(document))
    throw new ConfigurationError(
      `${where}: not a valid flagd document (${FLAGD_SCHEMA_URL}): ${describeErrors(validateSchema.errors)}`,
    );
  try {
    new MemoryStorage(silentOpenFeatureLogger).setConfigurations(JSON.stringify(document), true);
  } catch (error) {
    throw new ConfigurationError(`${where}: flagd-core refuses it: ${errorMessage(error).slice(0, 300)}`);
  }
}

/** An OpenFeature logger that drops everything (flagd-core logs its own parse details). */
const silentOpenFeatureLogger = { error() {}, warn() {}, info() {}, debug() {} };
