/**
 * The command provider: deploys, promotes and rolls back by running the user's own commands (the
 * `deploy-command`, `promote-command`, `rollback-command` and `production-command` inputs), for hosts
 * Greenlight has no API client for. Contract for the commands: docs/command-provider.md.
 *
 * Everything Greenlight passes travels in `GREENLIGHT_*` environment variables, never in the command
 * line; commands run without a shell, with stdin closed and a deadline (execute.ts). The provider keeps
 * no registry: it knows the deployments it made or saw in this process, nothing else.
 */
import { resolve } from 'node:path';
import type { Clock } from '../../runtime/clock.js';
import { ConfigurationError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import {
  type DeployProvider,
  type DeployRequest,
  type DeployResult,
  type DeploymentInfo,
  type Environment,
  ProviderError,
} from '../types.js';
import { COMMAND_INPUTS, type Operation, checkCommandLine } from './command-line.js';
import { commandEnv, metaEnv } from './env.js';
import { readResult } from './result.js';
import { commandName, executeCommand } from './execute.js';
import { type Scrub, scrubber } from './scrub.js';

export interface CommandProviderOptions {
  /** Command lines as written in the inputs; absent or blank means "not configured". */
  commands: { deploy?: string; promote?: string; rollback?: string; production?: string };
  /** Working directory of the commands (default: the process's). */
  cwd?: string;
  /** Environment the commands start from (default `process.env`; `INPUT_*` is never passed on). */
  env?: Record<string, string | undefined>;
  logger: Logger;
  clock: Clock;
  /** Values replaced by `***` in any output before it is logged or quoted in an error. */
  secrets?: string[];
  /** Wait between SIGTERM and SIGKILL when a command passes its deadline, ms (default 5000). */
  killGraceMs?: number;
}

/** Time allowed to `production-command` when the caller gives no deadline, ms. */
const READ_MS = 60_000;
const VERBS: Record<Operation, string> = {
  deploy: 'deploy',
  promote: 'promote',
  rollback: 'roll back',
  production: 'read production',
};

export class CommandProvider implements DeployProvider {
  readonly name = 'command';
  private readonly lines: Partial<Record<Operation, string>> = {};
  private readonly scrub: Scrub;
  /** Deployments made or seen (deploy and production output) in this process, by id. */
  private readonly known = new Map<string, DeploymentInfo>();
  /** Without `production-command`: the deployment this process last promoted or rolled back to. */
  private lastSet: string | undefined;

  /** @throws ConfigurationError when a command line uses shell syntax (see command-line.ts). */
  constructor(private readonly options: CommandProviderOptions) {
    for (const operation of Object.keys(COMMAND_INPUTS) as Operation[]) {
      const line = checkCommandLine(operation, options.commands[operation]);
      if (line !== undefined) this.lines[operation] = line;
    }
    this.scrub = scrubber(options.secrets);
  }

  /**
   * Whether `production-command` is configured. Without it production is only what this process
   * itself promoted or rolled back to, compare-and-swap is not checked and nothing is confirmed.
   */
  get readsProduction(): boolean {
    return this.lines.production !== undefined;
  }

  /**
   * Runs `deploy-command` with `GREENLIGHT_PATH`, `GREENLIGHT_ENVIRONMENT`, `GREENLIGHT_STAGED`,
   * `GREENLIGHT_PREBUILT` and `GREENLIGHT_META_<KEY>`, and reads its result line. The deployment is
   * `ready`; `createdAt` defaults to now, `production` to `environment === 'production'`. Upload
   * counts are not known to this provider and are 0.
   * @throws ConfigurationError without `deploy-command`; ProviderError when it fails, passes
   *   `request.deadline` or prints no valid result line.
   */
  async deploy(request: DeployRequest): Promise<DeployResult> {
    const line = this.require('deploy');
    const output = await this.execute('deploy', line, request.deadline, {
      GREENLIGHT_PATH: resolve(request.path),
      GREENLIGHT_ENVIRONMENT: request.environment,
      GREENLIGHT_STAGED: String(request.staged),
      GREENLIGHT_PREBUILT: String(request.prebuilt),
      ...metaEnv(request.meta, this.options.logger),
    });
    const reported = readResult(output.stdout, 'deploy', commandName('deploy', line, this.scrub), this.scrub);
    const deployment: DeploymentInfo = {
      id: reported.id,
      url: reported.url,
      createdAt: reported.createdAt ?? this.options.clock.now(),
      production: reported.production ?? request.environment === 'production',
      state: 'ready',
      meta: { ...request.meta, ...reported.meta },
    };
    this.known.set(deployment.id, deployment);
    this.options.logger.info(`deployed ${this.scrub(deployment.id)} at ${this.scrub(deployment.url)}`);
    return { deployment, uploadedBytes: 0, uploadedFiles: 0 };
  }

  /** Always undefined: there is no registry to search, so a re-run deploys again (make the deploy command idempotent). */
  async findReusable(
    _meta: Record<string, string>,
    _environment: Environment,
  ): Promise<DeploymentInfo | undefined> {
    return undefined;
  }

  /**
   * Runs `production-command` (60 s): its result line, or undefined for `null`/no JSON line. Only
   * `id` and `url` are read; `createdAt` and `meta` come from this process's own deploy when it made
   * that deployment (else 0 and `{}`).
   * Without the command, production is what this process last promoted or rolled back to (its
   * command exited 0), else undefined: the provider cannot tell.
   * @throws ProviderError when the command fails, passes its deadline or prints an invalid line.
   */
  async production(): Promise<DeploymentInfo | undefined> {
    if (!this.readsProduction) return this.lastSet === undefined ? undefined : this.get(this.lastSet);
    return this.readProduction(this.options.clock.now() + READ_MS);
  }

  /**
   * A deployment this process deployed or saw in production. Any other id cannot be looked up and
   * is assumed to be a ready production deployment: `{ state: 'ready', production: true,
   * createdAt: 0, url: '', meta: {} }` (0 = creation time unknown).
   */
  async get(id: string): Promise<DeploymentInfo> {
    return this.known.get(id) ?? { id, url: '', createdAt: 0, production: true, state: 'ready', meta: {} };
  }

  /** @throws ProviderError always: domains are the deploy command's business. */
  async assignAlias(_id: string, _alias: string, _deadline: number): Promise<void> {
    throw new ProviderError('the command provider does not assign aliases; do it in your deploy command');
  }

  /**
   * Runs `promote-command` with `GREENLIGHT_DEPLOYMENT_ID` (and `GREENLIGHT_DEPLOYMENT_URL` when
   * known); exit 0 means done. With `production-command`, production is then read back (same
   * deadline) and must be `id`.
   * @throws ConfigurationError without `promote-command`; ProviderError when it fails, passes the
   *   deadline, or production is not `id` afterwards.
   */
  async promote(id: string, deadline: number): Promise<void> {
    await this.execute('promote', this.require('promote'), deadline, this.target(id));
    await this.confirm('promote', id, deadline);
  }

  /**
   * Runs `rollback-command` with `GREENLIGHT_DEPLOYMENT_ID` (the target, plus
   * `GREENLIGHT_DEPLOYMENT_URL` when known) and `GREENLIGHT_ROLLBACK_REASON` (may be empty); then
   * reads production back as {@link promote} does.
   * @throws ConfigurationError without `rollback-command`; ProviderError as for {@link promote}.
   */
  async rollback(id: string, deadline: number, reason: string | undefined): Promise<void> {
    await this.execute('rollback', this.require('rollback'), deadline, {
      ...this.target(id),
      GREENLIGHT_ROLLBACK_REASON: reason ?? '',
    });
    await this.confirm('rollback', id, deadline);
  }

  /** Always undefined: production history is not known to this provider, so a rollback needs an explicit target. */
  async previousProduction(_currentId: string | undefined): Promise<DeploymentInfo | undefined> {
    return undefined;
  }

  /**
   * Checks that the command `operation` needs is configured, before anything runs (an action calls
   * it first, so a missing command fails in one line without starting any process).
   * @returns the command line.
   * @throws ConfigurationError `input '<operation>-command': required with provider 'command' to …`.
   */
  requireCommand(operation: Operation): string {
    const line = this.lines[operation];
    if (line === undefined) {
      throw new ConfigurationError(
        `input '${COMMAND_INPUTS[operation]}': required with provider 'command' to ${VERBS[operation]}`,
      );
    }
    return line;
  }

  /**
   * Compare-and-swap needs production read back: without `production-command`, {@link production}
   * is undefined (or only what this process set), so an `expected-current-deployment-id` could
   * never match and every promote would end a green `superseded` without promoting anything.
   * Call it before promoting with an expected current deployment.
   * @throws ConfigurationError `input 'expected-current-deployment-id': expected-current-deployment-id needs production-command …`
   *   when `expectedCurrentId` is given and `production-command` is not.
   */
  checkExpectedCurrent(expectedCurrentId: string | undefined): void {
    if (expectedCurrentId === undefined || this.readsProduction) return;
    throw new ConfigurationError(
      "input 'expected-current-deployment-id': expected-current-deployment-id needs production-command with provider 'command' (set production-command, or leave expected-current-deployment-id empty)",
    );
  }

  private require(operation: Operation): string {
    return this.requireCommand(operation);
  }

  private target(id: string): Record<string, string> {
    const url = this.known.get(id)?.url;
    return { GREENLIGHT_DEPLOYMENT_ID: id, ...(url ? { GREENLIGHT_DEPLOYMENT_URL: url } : {}) };
  }

  private execute(operation: Operation, line: string, deadline: number, vars: Record<string, string>) {
    return executeCommand(
      {
        operation,
        line,
        env: commandEnv(this.options.env ?? process.env, vars),
        cwd: this.options.cwd,
        deadline,
        loud: operation !== 'production',
      },
      {
        clock: this.options.clock,
        logger: this.options.logger,
        scrub: this.scrub,
        killGraceMs: this.options.killGraceMs ?? 5000,
      },
    );
  }

  private async readProduction(deadline: number): Promise<DeploymentInfo | undefined> {
    const line = this.lines.production;
    if (line === undefined) return undefined;
    const output = await this.execute('production', line, deadline, {});
    const reported = readResult(
      output.stdout,
      'production',
      commandName('production', line, this.scrub),
      this.scrub,
    );
    if (!reported) return undefined;
    const known = this.known.get(reported.id);
    const live: DeploymentInfo = {
      id: reported.id,
      url: known?.url || reported.url,
      createdAt: known?.createdAt ?? 0,
      production: true,
      state: 'ready',
      meta: known?.meta ?? {},
    };
    this.known.set(live.id, live);
    return live;
  }

  /**
   * With `production-command`, production must be `id` once the promote or rollback command exits 0.
   * Without it, exit 0 is taken at its word (and remembered, so that a converging rollback that
   * reads production back stops instead of repeating the command until its deadline).
   */
  private async confirm(kind: 'promote' | 'rollback', id: string, deadline: number): Promise<void> {
    if (!this.readsProduction) {
      this.lastSet = id;
      this.options.logger.info(
        `${COMMAND_INPUTS[kind]} exited 0; production is taken to be ${id} (no production-command to confirm it)`,
      );
      return;
    }
    const live = await this.readProduction(deadline);
    if (live?.id !== id) {
      throw new ProviderError(
        `${COMMAND_INPUTS[kind]} exited 0 but production-command reports ${live ? this.scrub(live.id) : 'no production deployment'}, not ${id}`,
      );
    }
    this.options.logger.info(`production serves ${id}`);
  }
}
