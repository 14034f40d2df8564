import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer table eslint.config.js enforces (a JS module without types, hence the cast). */
const configModule: string = '../../eslint.config.js';
const { LAYERS } = (await import(configModule)) as { LAYERS: { name: string; folders: string[] }[] };

/** The layer rule's messages for `code` placed at `filePath` (relative to the repository root). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers of src/ (docs/architecture.md), enforced by ESLint', () => {
  it('places every folder and top-level file of src/ in a layer (or is the sandbox)', () => {
    const mapped = new Set([...LAYERS.flatMap((layer) => layer.folders), 'sandbox']);
    const present = readdirSync(new URL('../../src/', import.meta.url));
    expect(present.filter((name) => !mapped.has(name))).toEqual([]);
  });

  it('refuses an import of a higher layer', async () => {
    expect(
      await layerErrors('src/deploy/probe.ts', "export { release } from '../release/release.js';"),
    ).toEqual([expect.stringMatching(/src\/deploy is in the domain layer and must not import src\/release/)]);
    expect(
      await layerErrors('src/http/probe.ts', "export { runChecks } from '../probes/engine.js';"),
    ).toEqual([expect.stringMatching(/must not import src\/probes/)]);
  });

  it('refuses the sandbox in product code, and anything but runtime/ in the sandbox', async () => {
    expect(
      await layerErrors('src/release/probe.ts', "export { startSandbox } from '../sandbox/index.js';"),
    ).toEqual([expect.stringMatching(/never imports the sandbox/)]);
    expect(
      await layerErrors('src/sandbox/probe.ts', "export { HttpClient } from '../http/client.js';"),
    ).toEqual([expect.stringMatching(/imports only src\/runtime/)]);
  });

  it('refuses one action entry importing another', async () => {
    expect(await layerErrors('src/actions/probe.ts', "export { run } from './health-check.js';")).toEqual([
      expect.stringMatching(/never imports another entry/),
    ]);
  });

  it('accepts imports of the same and lower layers', async () => {
    const code = [
      "export { runChecks } from '../probes/engine.js';",
      "export { HttpClient } from '../http/client.js';",
      "export { markdownTable } from '../format/markdown.js';",
    ].join('\n');
    expect(await layerErrors('src/health/probe.ts', code)).toEqual([]);
  });
});
