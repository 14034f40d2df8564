/**
 * The `greenlight` command. Subcommands load lazily so each starts only what it needs.
 */
import { ConfigurationError, errorMessage } from './runtime/errors.js';

const USAGE = `greenlight — ship web apps safely from GitHub Actions

Usage:
  greenlight rehearse [--dir PATH] [--prebuilt] [--json]    the release path end to end on the embedded sandbox
  greenlight run <action> [--with name=value …] [--json]   run an action's bundle as the runner does
  greenlight sandbox [--port N] [--state DIR] [--token T]  a local Vercel-compatible API and hosting
  greenlight flags <operation|list|get> … --file PATH      feature flags in a local flagd file
  greenlight help                                          this text

Actions: smoke-test, health-check, deploy, promote, rollback, release, release-outcome, gate, flags`;

/** Runs the CLI with `args` (without node and script); resolves with the exit status. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'run': {
        const { runActionCommand, RUN_USAGE } = await import('./cli/run-action.js');
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(`${RUN_USAGE}\n`);
          return 0;
        }
        return await runActionCommand(rest);
      }
      case 'rehearse': {
        const { rehearseCommand, REHEARSE_USAGE } = await import('./cli/rehearse.js');
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(`${REHEARSE_USAGE}\n`);
          return 0;
        }
        return await rehearseCommand(rest);
      }
      case 'flags': {
        const { flagsCommand, FLAGS_USAGE } = await import('./cli/flags.js');
        if (rest.includes('--help') || rest.includes('-h')) {
          process.stdout.write(`${FLAGS_USAGE}\n`);
          return 0;
        }
        return await flagsCommand(rest);
      }
      case 'sandbox': {
        const { sandboxCommand } = await import('./sandbox/index.js');
        return await sandboxCommand(rest);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new ConfigurationError(`greenlight: unknown command '${command}'; run 'greenlight help'`);
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`greenlight: unexpected error: ${errorMessage(error)}\n`);
    if (process.env.GREENLIGHT_DEBUG) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return 1;
  }
}

/** The bundle's CLI entry: runs and exits with the status. */
export async function cli(args: readonly string[]): Promise<void> {
  process.exitCode = await main(args);
}
