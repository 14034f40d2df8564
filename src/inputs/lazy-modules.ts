/**
 * The libraries only some inputs need, loaded on first use rather than when an action starts:
 * `yaml` (checks written as YAML or JSON), `zod` (validating a check that is more than a path),
 * `jsonpath-plus` (a check's `json` assertions) and `fast-xml-parser` (a gate's JUnit XML report).
 * An action given none of those never loads them.
 *
 * They are loaded with `require`, synchronously, so that the functions using them (`parseChecks`,
 * `toChecks`, `judge`, `parseJunitXml`) stay synchronous. Each is named by a subpath import
 * (https://nodejs.org/api/packages.html#subpath-imports) that the nearest package.json maps: the
 * repository's maps `#yaml` to the `yaml` package in node_modules (tests, `lib/`); the bundle's,
 * `dist/package.json`, maps it to `dist/vendor/yaml.cjs`, a self-contained copy written by
 * scripts/build.mjs, so an action that needs none of them never even parses them.
 */
import { createRequire } from 'node:module';
import type * as FastXmlParser from 'fast-xml-parser';
import type * as JsonPathPlus from 'jsonpath-plus';
import type * as Yaml from 'yaml';
import type * as Zod from 'zod';

/** The subpath imports below, each mapped by package.json and dist/package.json (see the module comment). */
export const LAZY_MODULES = ['#yaml', '#zod', '#jsonpath-plus', '#fast-xml-parser'] as const;

const load = createRequire(import.meta.url);

/**
 * A loader of `specifier` that requires it on its first call and returns the same module after.
 * @throws the `require` error (`MODULE_NOT_FOUND`, `ERR_PACKAGE_IMPORT_NOT_DEFINED`) when the
 *   mapping or the file is missing: a broken build, not a user error.
 */
function lazyModule<T>(specifier: (typeof LAZY_MODULES)[number]): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(specifier) as T);
}

/** The `yaml` package (https://eemeli.org/yaml/). */
export const loadYaml = lazyModule<typeof Yaml>('#yaml');

/** The `zod` package (https://zod.dev). */
export const loadZod = lazyModule<typeof Zod>('#zod');

/** The `jsonpath-plus` package (https://github.com/JSONPath-Plus/JSONPath). */
export const loadJsonPath = lazyModule<typeof JsonPathPlus>('#jsonpath-plus');

/** The `fast-xml-parser` package (https://github.com/NaturalIntelligence/fast-xml-parser). */
export const loadXmlParser = lazyModule<typeof FastXmlParser>('#fast-xml-parser');
