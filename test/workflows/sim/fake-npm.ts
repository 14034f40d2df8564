// A stand-in for `npm` in the gate scenarios (test/workflows/gates.test.ts): the simulator checks
// what ci.yml asks of npm — `npm ci` where the lockfile is, `npm run <script> -- <args>` where the
// app is — not npm itself, whose start-up alone costs about 0.3 CPU-seconds a call (0.5 for
// `npm ci`). It logs each call (cwd and argv, one JSON line) to $FAKE_NPM_LOG, refuses `npm ci`
// without a package-lock.json as npm does, and runs a package.json script with `sh -c`, arguments
// after `--` appended, node_modules/.bin first on PATH. The deploy scenarios (scenarios.test.ts) run
// the real npm.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = `#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const args = process.argv.slice(2);
if (process.env.FAKE_NPM_LOG)
  fs.appendFileSync(process.env.FAKE_NPM_LOG, JSON.stringify({ cwd: process.cwd(), args }) + '\\n');
const [command, ...rest] = args;
if (command === 'ci') {
  if (!fs.existsSync('package-lock.json')) {
    console.error('npm error The \`npm ci\` command can only install with an existing package-lock.json');
    process.exit(1);
  }
  fs.mkdirSync('node_modules', { recursive: true });
  console.log('up to date, audited 1 package');
  process.exit(0);
}
if (command === 'run' || command === 'run-script' || command === 'test') {
  const script = command === 'test' ? 'test' : rest.shift();
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const body = pkg.scripts && pkg.scripts[script];
  if (typeof body !== 'string') {
    console.error('npm error Missing script: "' + script + '"');
    process.exit(1);
  }
  const extra = rest[0] === '--' ? rest.slice(1) : rest;
  const quote = (arg) => (/^[\\w@%+=:,./-]+$/.test(arg) ? arg : "'" + arg.replace(/'/g, "'\\\\''") + "'");
  const line = [body, ...extra.map(quote)].join(' ');
  console.log('\\n> ' + pkg.name + ' ' + script + '\\n> ' + line + '\\n');
  const bin = path.resolve('node_modules/.bin');
  const result = spawnSync('sh', ['-c', line], {
    stdio: 'inherit',
    env: { ...process.env, npm_lifecycle_event: script, PATH: bin + path.delimiter + process.env.PATH },
  });
  process.exit(result.status === null ? 1 : result.status);
}
console.error('fake npm: ' + JSON.stringify(args) + ' is not played');
process.exit(1);
`;

/** Writes the fake into a fresh directory; put it first on PATH. Returns the directory. */
export function fakeNpmDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'greenlight-fake-npm-'));
  writeFileSync(join(dir, 'npm'), SCRIPT);
  chmodSync(join(dir, 'npm'), 0o755);
  return dir;
}
