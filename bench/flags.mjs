// flags benchmark: the canary controller's run time over a file of 200 flags, each in a canary
// stage, due and healthy (`greenlight flags progress` on a local file, health target on loopback,
// one measurement per analysis so the run time is the controller's own work: 200 analyses, 200
// decisions, each re-reading, re-validating against the flagd schema and flagd-core, and rewriting
// the 200-flag file). Also a pass with nothing due (every stage held): reading and deciding only.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { max, median, mib, root, timed } from './measure.mjs';

const FLAGS = 200;

/**
 * A flagd file of FLAGS flags in a canary at 1 %, in the managed shape `greenlight flags canary`
 * writes (docs/flags.md), since `stageSince`.
 */
function canaryFile(healthUrl, stageSince) {
  const flags = {};
  for (let index = 0; index < FLAGS; index++)
    flags[`flag-${index}`] = {
      state: 'ENABLED',
      variants: { on: true, off: false },
      defaultVariant: 'off',
      targeting: {
        fractional: [
          ['on', 100],
          ['off', 9900],
        ],
      },
      metadata: {
        managedBy: 'greenlight',
        bucketBy: 'targetingKey',
        canaryStages: '1,10,25,50,100',
        canaryHealthUrl: healthUrl,
        canaryOnFailure: 'previous-stage',
        canaryHoldMs: 60_000,
        stageSince: stageSince.toISOString(),
        rolloutBasisPoints: 100,
      },
    };
  return `${JSON.stringify({ $schema: 'https://flagd.dev/schema/v0/flags.json', flags }, null, 2)}\n`;
}

export async function flagsBenchmarks({ runs = 5 } = {}) {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const healthUrl = `http://127.0.0.1:${server.address().port}`;
  const dir = await mkdtemp(join(tmpdir(), 'gl-bench-flags-'));
  const due = canaryFile(healthUrl, new Date(Date.now() - 3_600_000));
  const held = canaryFile(healthUrl, new Date(Date.now() + 3_600_000));
  const cli = join(root, 'dist', 'cli.js');
  const file = join(dir, 'production.flagd.json');
  const dueTimes = [];
  const heldTimes = [];
  const rss = [];
  try {
    for (let run = 0; run < runs; run++) {
      await writeFile(file, due);
      const pass = await timed([
        cli,
        'flags',
        'progress',
        '--file',
        file,
        '--interval',
        '1s', // one measurement: no wait, and a 500 ms request timeout
        '--count',
        '1',
      ]);
      const advanced = pass.stdout.split('\n').filter((line) => line.includes('→ advance')).length;
      if (pass.code !== 0 || advanced !== FLAGS)
        throw new Error(`progress exited ${pass.code}, ${advanced} advanced: ${pass.stderr}`);
      dueTimes.push(pass.ms);
      rss.push(pass.rssBytes);
      await writeFile(file, held);
      const idle = await timed([cli, 'flags', 'progress', '--file', file]);
      if (idle.code !== 0) throw new Error(`progress exited ${idle.code}: ${idle.stderr}`);
      heldTimes.push(idle.ms);
      process.stderr.write(
        `flags: run ${run + 1}/${runs} — due ${dueTimes.at(-1).toFixed(0)} ms, held ${heldTimes.at(-1).toFixed(0)} ms\n`,
      );
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      benchmark: `canary controller, ${FLAGS} flags all due and healthy: ${FLAGS} analyses and ${FLAGS} decisions (process start → exit)`,
      result: `median ${seconds(median(dueTimes))}, max ${seconds(max(dueTimes))}; ${(median(dueTimes) / FLAGS).toFixed(1)} ms per flag`,
      memory: `peak RSS ${mib(median(rss))}`,
      runs,
    },
    {
      benchmark: `canary controller, ${FLAGS} flags, none due (read the file, decide to hold)`,
      result: `median ${seconds(median(heldTimes))}, max ${seconds(max(heldTimes))}`,
      memory: '',
      runs,
    },
  ];
}
