/**
 * `greenlight sandbox [--port N] [--state DIR] [--token T]`: starts the sandbox, prints its
 * `SandboxInfo` as ONE JSON line on stdout, serves until SIGINT/SIGTERM, then closes.
 */
import { errorMessage } from '../runtime/errors.js';
import { consoleLogger } from '../runtime/logger.js';
import { startSandboxServer } from './server.js';
import type { SandboxOptions } from './types.js';

const USAGE = 'usage: greenlight sandbox [--port N] [--state DIR] [--token T]';

/** Parses the command's arguments; throws an Error with one line for bad ones. */
export function parseSandboxArgs(args: string[]): SandboxOptions & { help?: boolean } {
  const options: SandboxOptions & { help?: boolean } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      const given = inline ?? args[++i];
      if (given === undefined || given === '' || (inline === undefined && given.startsWith('--')))
        throw new Error(`${name} needs a value (${USAGE})`);
      return given;
    };
    switch (name) {
      case '--port': {
        const raw = value();
        const port = Number(raw);
        if (!/^\d+$/.test(raw) || port > 65535)
          throw new Error(`--port must be a port number from 0 to 65535 (got "${raw}")`);
        options.port = port;
        break;
      }
      case '--state':
        options.stateDir = value();
        break;
      case '--token':
        options.token = value();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown argument "${arg}" (${USAGE})`);
    }
  }
  return options;
}

/**
 * Runs the command. Resolves 2 for bad arguments (one line on stderr), 1 when the sandbox cannot
 * start, 0 after SIGINT/SIGTERM once the sandbox is closed.
 */
export async function sandboxCommand(args: string[]): Promise<number> {
  let options: ReturnType<typeof parseSandboxArgs>;
  try {
    options = parseSandboxArgs(args);
  } catch (error) {
    process.stderr.write(`greenlight sandbox: ${errorMessage(error)}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { help: _help, ...sandboxOptions } = options;
  let sandbox;
  try {
    sandbox = await startSandboxServer({
      ...sandboxOptions,
      logger: consoleLogger({ verbose: process.env.GREENLIGHT_DEBUG === '1' }),
    });
  } catch (error) {
    process.stderr.write(`greenlight sandbox: ${errorMessage(error)}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(sandbox.info())}\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const onSignal = (received: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(received);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  process.stderr.write(`greenlight sandbox: ${signal}, closing\n`);
  await sandbox.close();
  return 0;
}
