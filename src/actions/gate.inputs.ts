import { AUDIT_LEVELS, PRESETS } from '../gates/gate.js';
import { REPORT_FORMATS } from '../gates/types.js';
import { defineAction, input } from '../inputs/spec.js';

/** The gate action's interface; `actions/gate/action.yml` repeats it (checked by a test). */
export const gateSpec = defineAction({
  name: 'gate',
  inputs: {
    name: input.string({
      description:
        'The gate\'s label in logs, the summary and the failure line (lint, typecheck, test, build, or any label). Defaults to the preset\'s name, else "gate".',
    }),
    run: input.string({
      description:
        'The command. Parsed into argv and run without a shell (quotes and backslashes as in a POSIX shell; no pipes, globs or variables) unless `shell` is true. Optional with a preset, with `report` alone (a report an earlier step wrote) or with only `size-budget`.',
    }),
    shell: input.boolean({
      description:
        'Run `run` through bash (sh on macOS/Linux without bash, cmd on Windows) instead of parsing it into argv.',
      default: 'false',
    }),
    preset: input.choice(PRESETS, {
      description:
        'A ready-made gate: audit (npm/pnpm audit, findings at or above audit-level), format (prettier --check, one annotation per unformatted file) or size (size-budget over a build output directory). Fills in name, run and report-format.',
    }),
    'working-directory': input.string({
      description: 'Directory the command runs in, relative to the workspace.',
      default: '.',
    }),
    report: input.string({
      description:
        'Path of the machine-readable report the command writes (relative to working-directory). Without it, eslint and tsc problems are still annotated from the console through problem matchers.',
    }),
    'report-format': input.choice(['auto', ...REPORT_FORMATS] as const, {
      description:
        'Format of `report` (or of the console output): auto (from the file name and content), eslint-json, junit-xml, vitest-json, jest-json, coverage-summary, tsc, prettier or npm-audit.',
      default: 'auto',
    }),
    'max-warnings': input.number({
      description: 'Warnings allowed before the gate fails; -1 for no limit.',
      default: '-1',
      integer: true,
      min: -1,
    }),
    'coverage-threshold': input.string({
      description:
        'Minimum coverage per metric in percent, e.g. lines=80,branches=70 (metrics lines, statements, functions, branches). Needs a coverage-summary report.',
    }),
    'coverage-report': input.string({
      description:
        'Path of an istanbul coverage-summary.json (relative to working-directory) when `report` holds the test results.',
    }),
    'size-budget': input.string({
      description:
        'Byte budgets per glob, comma- or newline-separated, e.g. dist/**/*.js=250kB (B, kB = 1000 B, KiB = 1024 B, MB, MiB). Each file matching a glob must fit its budget; relative to working-directory.',
    }),
    'base-report': input.string({
      description:
        "The same gate's result file (its `result-file` output) or an istanbul coverage-summary.json from the base branch, for coverage and size deltas in the summary.",
    }),
    'audit-level': input.choice(AUDIT_LEVELS, {
      description: "The audit preset's threshold: low, moderate, high or critical.",
      default: 'moderate',
    }),
    annotate: input.boolean({
      description:
        'Annotate problems and failed tests at file:line (10 per type, as GitHub shows per step; the rest are in the summary).',
      default: 'true',
    }),
  },
  outputs: {
    passed: "'true' when the gate passed, else 'false'.",
    errors:
      'Problems of severity error (lint and type errors, audit findings at or above the level, unformatted files).',
    warnings: 'Problems of severity warning.',
    'tests-passed': 'Passed test cases (test reports only).',
    'tests-failed': 'Failed test cases (test reports only).',
    'tests-skipped': 'Skipped test cases (test reports only).',
    'coverage-lines': 'Line coverage in percent, when a coverage report was read.',
    'duration-ms': 'How long the command ran, in ms.',
    'result-file':
      "Path of a JSON file with this gate's coverage and sizes: upload it from the base branch and pass it as base-report.",
  },
});
