import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
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
  showValue
} from "./chunk-3564UZ2R.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";

// lib/inputs/spec.js
function define(parse, options) {
  return {
    description: options.description,
    required: options.required ?? false,
    default: options.default,
    secret: options.secret ?? false,
    parse
  };
}
var input = {
  /** Free text (optionally matched against `pattern`, described by `expected`). */
  string: (o) => define((raw) => {
    if (o.pattern && !o.pattern.test(raw))
      throw new ValueError(o.expected ?? `text matching ${o.pattern}`);
    return raw;
  }, o),
  /** An absolute http(s) URL, as a `URL`. */
  url: (o) => define(parseHttpUrl, o),
  /** YAML 1.2 `true`/`false`. */
  boolean: (o) => define(parseBoolean, o),
  /**
   * `30s`, `5m`, `1h` … parsed to milliseconds, above 0 (with `allowZero`, at least 0) and at most
   * `max` ms (one of `DURATION_LIMITS`; every duration is bounded, so no timer overflows).
   */
  duration: (o) => define((raw) => parseBoundedDuration(raw, {
    max: o.max,
    allowZero: o.allowZero ?? false,
    example: o.default ?? "10s"
  }), o),
  /** A number within bounds; `integer` demands a whole number. */
  number: (o) => define((raw) => parseNumber(raw, o), o),
  /** Items separated by newlines or commas. */
  list: (o) => define(parseList, o),
  /** Any other shape: `parse` returns the value or throws `ValueError` ("expected …"). */
  custom: (parse, o) => define(parse, o),
  /** One word out of `choices`. */
  choice: (choices, o) => define((raw) => parseChoice(raw, choices), o)
};
function defineAction(spec) {
  return spec;
}
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function readInputs(spec, env, onSecret = () => {
}) {
  const raws = /* @__PURE__ */ new Map();
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = (env[inputEnvName(name)] ?? "").trim();
    if (def.secret && raw !== "")
      onSecret(raw);
    raws.set(name, raw);
  }
  try {
    const values = parseAll(spec, raws);
    return spec.refine ? spec.refine(values, env) : values;
  } catch (error) {
    if (error instanceof ConfigurationError)
      throw new ConfigurationError(oneLine(error.message));
    throw error;
  }
}
function parseAll(spec, raws) {
  const values = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    const raw = raws.get(name) || def.default || "";
    if (raw === "") {
      if (def.required)
        throw new ConfigurationError(`input '${name}': required, but not supplied`);
      values[name] = void 0;
      continue;
    }
    if (def.secret && hasControlCharacter(raw)) {
      throw new ConfigurationError(`input '${name}': expected a value without control characters (a newline, a tab \u2026), got a value that is not shown`);
    }
    try {
      values[name] = def.parse(raw);
    } catch (error) {
      if (!(error instanceof ValueError))
        throw error;
      const got = def.secret ? "a value that is not shown" : error.got ?? showValue(raw);
      throw new ConfigurationError(`input '${name}': ${error.expected.startsWith("expected") ? "" : "expected "}${error.expected}, got ${got}`);
    }
  }
  return values;
}

export {
  input,
  defineAction,
  inputEnvName,
  readInputs
};
