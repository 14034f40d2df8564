import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The e2e tests run the bundles in dist/: rebuild them first when the sources changed since.
    globalSetup: ['test/global-setup.ts'],
    // The JSON report feeds scripts/reliability.mjs (docs/reliability.md).
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/results.json' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // e2e tests spawn bundles and servers and mostly wait on them; on the 2-core CI machines run
    // mode would use one worker. Measured on 2 cores: 4 workers 125 s at 160 % CPU, 6 workers
    // 105 s at 185 % (CPU-bound from there; docs/benchmarks.md, "test suite").
    pool: 'forks',
    maxWorkers: 6,
    server: {
      deps: {
        // GitHub's workflow parser imports its JSON schema without an import attribute, which
        // Node's loader refuses; let Vite transform it (test/workflows/sim only).
        inline: [/@actions\/workflow-parser/],
      },
    },
  },
});
