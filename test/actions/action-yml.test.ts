/**
 * Inputs are declared once (the zod specs in src/actions/*.inputs.ts); every action.yml must
 * declare exactly those inputs and outputs, with the same required flags, defaults and descriptions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTIONS } from '../../src/actions/registry.js';
import { SPECS } from '../../src/actions/specs.js';
import { actionYmlPath } from '../../src/runner/bundle.js';

const root = resolve(import.meta.dirname, '../..');

interface ActionYml {
  name?: string;
  description?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

describe('action.yml files', () => {
  it('exist for every registered action, and only those', () => {
    const folders = readdirSync(join(root, 'actions')).filter((d) =>
      existsSync(join(root, 'actions', d, 'action.yml')),
    );
    const registered = Object.keys(ACTIONS).filter((n) => n !== 'release');
    expect(folders.sort()).toEqual(registered.sort());
    expect(Object.keys(SPECS).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const [name, spec] of Object.entries(SPECS)) {
    describe(name, () => {
      const path = actionYmlPath(name, root);
      const yml = parse(readFileSync(path, 'utf8')) as ActionYml;

      it('has metadata and runs its bundle on node24', () => {
        expect(yml.name).toBeTruthy();
        expect(yml.description).toBeTruthy();
        expect(yml.branding?.icon).toBeTruthy();
        expect(yml.branding?.color).toBeTruthy();
        expect(yml.runs?.using).toBe('node24');
        const main = join(dirname(path), yml.runs?.main ?? '');
        expect(main).toBe(join(root, 'dist', `${name}.js`));
        expect(existsSync(main)).toBe(true);
      });

      it('declares exactly the spec inputs, with the same required flags, defaults and descriptions', () => {
        const declared = yml.inputs ?? {};
        expect(Object.keys(declared)).toEqual(Object.keys(spec.inputs));
        for (const [input, def] of Object.entries(spec.inputs)) {
          const y = declared[input];
          expect({
            input,
            description: y?.description,
            required: y?.required ?? false,
            default: y?.default === undefined ? undefined : String(y.default),
          }).toEqual({
            input,
            description: def.description,
            required: def.required,
            default: def.default,
          });
        }
      });

      it('declares exactly the spec outputs with their descriptions', () => {
        const declared = Object.fromEntries(
          Object.entries(yml.outputs ?? {}).map(([k, v]) => [k, v.description]),
        );
        expect(declared).toEqual(spec.outputs);
      });
    });
  }
});
