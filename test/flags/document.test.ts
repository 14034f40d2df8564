/**
 * Validation before every write: the vendored flagd schema (v0.2.15) and flagd-core's strict loader
 * refuse what applications' providers would refuse or silently misread, in one line.
 */
import { describe, expect, it } from 'vitest';
import { type FlagDocument, parseFlagDocument, validateFlagDocument } from '../../src/flags/document.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const WHERE = 'flags/production.flagd.json';
const flag = (extra: Record<string, unknown>): FlagDocument =>
  ({
    flags: {
      demo: { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off', ...extra },
    },
  }) as FlagDocument;

describe('flag document validation', () => {
  it('accepts the managed shape with overrides and a rollout', () => {
    expect(() =>
      validateFlagDocument(
        flag({
          targeting: {
            if: [
              { in: [{ var: 'orgId' }, ['acme']] },
              'on',
              {
                fractional: [
                  ['on', 1000],
                  ['off', 9000],
                ],
              },
            ],
          },
          metadata: { managedBy: 'greenlight', rolloutBasisPoints: 1000 },
        }),
        WHERE,
      ),
    ).not.toThrow();
  });

  it.each([
    ['a state that is not ENABLED or DISABLED', { state: 'ON' }],
    [
      'a non-integer weight (flagd would silently serve the default)',
      {
        targeting: {
          fractional: [
            ['on', 10.5],
            ['off', 89.5],
          ],
        },
      },
    ],
    ['metadata that is not a primitive', { metadata: { owners: ['a', 'b'] } }],
    ['variants of mixed types', { variants: { on: true, off: 'no' } }],
  ])('refuses %s in one line naming the file', (_what, extra) => {
    expect(() => validateFlagDocument(flag(extra), WHERE)).toThrow(ConfigurationError);
    expect(() => validateFlagDocument(flag(extra), WHERE)).toThrow(new RegExp(`^${WHERE}: `));
  });

  it('parses an absent file as an empty document declaring the schema, and refuses one without flags', () => {
    expect(parseFlagDocument(undefined, WHERE)).toEqual({
      $schema: 'https://flagd.dev/schema/v0/flags.json',
      flags: {},
    });
    expect(() => parseFlagDocument('{"flagz": {}}', WHERE)).toThrow(
      `${WHERE}: expected a flagd document with a "flags" object (https://flagd.dev/schema/v0/flags.json)`,
    );
    expect(() => parseFlagDocument('{', WHERE)).toThrow(
      /^flags\/production\.flagd\.json: expected a flagd JSON document, got invalid JSON/,
    );
  });
});
