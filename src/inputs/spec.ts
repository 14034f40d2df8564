/**
 * Inputs are declared once. Each action's inputs are a parser per input plus the metadata its
 * `action.yml` must repeat (description, required, default); a test compares the two. The same
 * declaration drives parsing here, the CLI's `greenlight run`, and the docs. Parsers are plain
 * functions (no schema library), so reading inputs loads nothing an input does not need.
 */
import { ConfigurationError } from '../runtime/errors.js';
import {
  ValueError,
  hasControlCharacter,
  oneLine,
  parseBoolean,
  parseBoundedDuration,
  parseChoice,
  parseHttpUrl,
  parseList,
  parseNumber,
  showValue,
} from './parse.js';

/** What every input declares besides its type. `default` is spelt as in `action.yml` (a string). */
export interface InputOptions {
  description: string;
  required?: boolean;
  default?: string;
  /** A token or key: masked with `core.setSecret` before any log and never echoed in errors. */
  secret?: boolean;
}

/** One declared input. `V` is the parsed value's type (with `undefined` when it may be absent). */
export interface InputDef<V = unknown> {
  readonly description: string;
  readonly required: boolean;
  readonly default: string | undefined;
  readonly secret: boolean;
  /**
   * Takes the trimmed, non-empty raw string and returns the value.
   * @throws ValueError whose `expected` completes "expected …" (and whose `got`, when set, replaces
   *   the quoted raw value); a ConfigurationError passes through with its own message.
   */
  readonly parse: (raw: string) => unknown;
  /** Type-level only: the parsed value's type. */
  readonly _value?: V;
}

type Value<T, O extends InputOptions> = O extends { required: true }
  ? T
  : O extends { default: string }
    ? T
    : T | undefined;

function define<T, const O extends InputOptions>(
  parse: (raw: string) => T,
  options: O,
): InputDef<Value<T, O>> {
  return {
    description: options.description,
    required: options.required ?? false,
    default: options.default,
    secret: options.secret ?? false,
    parse,
  };
}

/** Builders for the input shapes the actions share. */
export const input = {
  /** Free text (optionally matched against `pattern`, described by `expected`). */
  string: <const O extends InputOptions & { pattern?: RegExp; expected?: string }>(o: O) =>
    define((raw) => {
      if (o.pattern && !o.pattern.test(raw)) throw new ValueError(o.expected ?? `text matching ${o.pattern}`);
      return raw;
    }, o),
  /** An absolute http(s) URL, as a `URL`. */
  url: <const O extends InputOptions>(o: O) => define(parseHttpUrl, o),
  /** YAML 1.2 `true`/`false`. */
  boolean: <const O extends InputOptions>(o: O) => define(parseBoolean, o),
  /**
   * `30s`, `5m`, `1h` … parsed to milliseconds, above 0 (with `allowZero`, at least 0) and at most
   * `max` ms (one of `DURATION_LIMITS`; every duration is bounded, so no timer overflows).
   */
  duration: <const O extends InputOptions & { max: number; allowZero?: boolean }>(o: O) =>
    define(
      (raw) =>
        parseBoundedDuration(raw, {
          max: o.max,
          allowZero: o.allowZero ?? false,
          example: o.default ?? '10s',
        }),
      o,
    ),
  /** A number within bounds; `integer` demands a whole number. */
  number: <const O extends InputOptions & { min?: number; max?: number; integer?: boolean }>(o: O) =>
    define((raw) => parseNumber(raw, o), o),
  /** Items separated by newlines or commas. */
  list: <const O extends InputOptions>(o: O) => define(parseList, o),
  /** Any other shape: `parse` returns the value or throws `ValueError` ("expected …"). */
  custom: <T, const O extends InputOptions>(parse: (raw: string) => T, o: O) => define(parse, o),
  /** One word out of `choices`. */
  choice: <const C extends string, const O extends InputOptions>(choices: readonly C[], o: O) =>
    define((raw) => parseChoice(raw, choices), o),
};

/** An action's interface: its inputs and the descriptions of its outputs. */
export interface ActionSpec<
  I extends Record<string, InputDef> = Record<string, InputDef>,
  O extends string = string,
> {
  /** The folder under `actions/` (or `release` for the root action). */
  readonly name: string;
  readonly inputs: I;
  readonly outputs: Record<O, string>;
  /**
   * Checks across inputs, run by {@link readInputs} once every input parsed (and before the action
   * does anything): returns the values, possibly refined (e.g. a path resolved), or throws
   * ConfigurationError. `env` is the step's environment.
   */
  refine?(values: InputValues<I>, env: Record<string, string | undefined>): InputValues<I>;
}

/** The parsed values of an action's inputs, keyed by input name. */
export type InputValues<I extends Record<string, InputDef>> = {
  -readonly [K in keyof I]: I[K] extends InputDef<infer V> ? V : never;
};

/** Declares an action (identity at run time; keeps the literal types). */
export function defineAction<const I extends Record<string, InputDef>, const O extends string>(
  spec: ActionSpec<I, O>,
): ActionSpec<I, O> {
  return spec;
}

/** The environment variable the runner uses for an input: `INPUT_` + name upper-cased, spaces as `_`. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Reads and parses every input of `spec` from `env` the way the runner passes them (`INPUT_*`,
 * trimmed; empty means absent; absent means the declared default), then runs the spec's `refine`.
 *
 * `onSecret` receives each non-empty secret value before anything is parsed, so the caller can mask
 * it first. A secret holding a control character (a newline, a tab …) is refused: it would break
 * the header it goes into, and the value is never shown.
 * @throws ConfigurationError with one line (control characters escaped) that names the input, e.g.
 *   `input 'timeout': expected a duration like 30s or 5m, got 'soon'`; a secret's value, and a URL
 *   with credentials, are never echoed.
 */
export function readInputs<I extends Record<string, InputDef>>(
  spec: ActionSpec<I>,
  env: Record<string, string | undefined>,
  onSecret: (value: string) => void = () => {},
): InputValues<I> {
  const raws = new Map<string, string>();
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = (env[inputEnvName(name)] ?? '').trim();
    if (def.secret && raw !== '') onSecret(raw);
    raws.set(name, raw);
  }
  try {
    const values = parseAll(spec, raws);
    return spec.refine ? spec.refine(values, env) : values;
  } catch (error) {
    // One line, always: a parser or refinement may quote text the user wrote (a check's name).
    if (error instanceof ConfigurationError) throw new ConfigurationError(oneLine(error.message));
    throw error;
  }
}

function parseAll<I extends Record<string, InputDef>>(
  spec: ActionSpec<I>,
  raws: ReadonlyMap<string, string>,
): InputValues<I> {
  const values: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = raws.get(name) || def.default || '';
    if (raw === '') {
      if (def.required) throw new ConfigurationError(`input '${name}': required, but not supplied`);
      values[name] = undefined;
      continue;
    }
    if (def.secret && hasControlCharacter(raw)) {
      throw new ConfigurationError(
        `input '${name}': expected a value without control characters (a newline, a tab …), got a value that is not shown`,
      );
    }
    try {
      values[name] = def.parse(raw);
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      const got = def.secret ? 'a value that is not shown' : (error.got ?? showValue(raw));
      throw new ConfigurationError(
        `input '${name}': ${error.expected.startsWith('expected') ? '' : 'expected '}${error.expected}, got ${got}`,
      );
    }
  }
  return values as InputValues<I>;
}
