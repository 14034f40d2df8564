/**
 * The sandbox state (deployments, aliases, the project's last alias request, Edge Config items)
 * and its persistence. With a state file every mutation is followed by {@link SandboxStore.save},
 * which rewrites `state.json` atomically (temp file + rename); without one the state lives in
 * memory only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import { newId } from './ids.js';
import {
  type AliasRecord,
  type DeploymentRecord,
  type EnvVarRecord,
  PRODUCTION_DOMAIN,
  type SandboxState,
  STAGING_DOMAIN,
} from './types.js';

export class SandboxStore {
  private constructor(
    readonly state: SandboxState,
    private readonly file: string | null,
  ) {}

  /**
   * Loads `file` when it exists (throws with one line if it is not a sandbox state file),
   * otherwise starts from `fresh()`. `file` null = memory only.
   */
  static open(file: string | null, fresh: () => SandboxState): SandboxStore {
    if (file && existsSync(file)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`Sandbox state file ${file} is not valid JSON: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (!isState(parsed))
        throw new Error(`Sandbox state file ${file} has an unknown format (expected version 1)`);
      return new SandboxStore(parsed, file);
    }
    const store = new SandboxStore(fresh(), file);
    store.save();
    return store;
  }

  get persistent(): boolean {
    return this.file !== null;
  }

  save(): void {
    if (this.file) writeFileAtomic(this.file, `${JSON.stringify(this.state, null, 1)}\n`);
  }

  deployment(id: string): DeploymentRecord | undefined {
    return this.state.deployments.find((d) => d.id === id);
  }

  /** Adds a deployment; its `createdAt` is bumped so creation times are unique and increasing. */
  addDeployment(record: DeploymentRecord): void {
    const last = this.state.deployments.at(-1);
    if (last && record.createdAt <= last.createdAt) record.createdAt = last.createdAt + 1;
    this.state.deployments.push(record);
  }

  /** Deployments, newest first. */
  newestFirst(): DeploymentRecord[] {
    return [...this.state.deployments].sort((a, b) => b.createdAt - a.createdAt);
  }

  alias(name: string): AliasRecord | undefined {
    return this.state.aliases.find((a) => a.alias === name.toLowerCase());
  }

  /** Points alias `name` at a deployment; returns the deployment it pointed at before, if any. */
  setAlias(
    name: string,
    deploymentId: string,
    now: number,
  ): { record: AliasRecord; oldDeploymentId: string | null } {
    const existing = this.alias(name);
    if (existing) {
      const oldDeploymentId = existing.deploymentId;
      existing.deploymentId = deploymentId;
      existing.createdAt = now;
      return { record: existing, oldDeploymentId };
    }
    const record: AliasRecord = {
      uid: newId('alias'),
      alias: name.toLowerCase(),
      deploymentId,
      createdAt: now,
    };
    this.state.aliases.push(record);
    return { record, oldDeploymentId: null };
  }

  /** Alias names currently pointing at a deployment. */
  aliasesOf(deploymentId: string): AliasRecord[] {
    return this.state.aliases.filter((a) => a.deploymentId === deploymentId);
  }

  /** The deployment the production domain points at (the live production deployment). */
  production(): DeploymentRecord | undefined {
    const alias = this.alias(PRODUCTION_DOMAIN);
    return alias ? this.deployment(alias.deploymentId) : undefined;
  }

  staging(): DeploymentRecord | undefined {
    const alias = this.alias(STAGING_DOMAIN);
    return alias ? this.deployment(alias.deploymentId) : undefined;
  }

  /**
   * Removes a deployment and every alias pointing at it (so a domain it served serves nothing
   * until it is pointed elsewhere); returns false when there is no such deployment. The caller
   * saves.
   */
  removeDeployment(id: string): boolean {
    const index = this.state.deployments.findIndex((deployment) => deployment.id === id);
    if (index === -1) return false;
    this.state.deployments.splice(index, 1);
    this.state.aliases = this.state.aliases.filter((alias) => alias.deploymentId !== id);
    return true;
  }

  /** The project's Environment Variables (created empty in a state file written before they existed). */
  envs(): EnvVarRecord[] {
    this.state.envs ??= [];
    return this.state.envs;
  }
}

function isState(value: unknown): value is SandboxState {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SandboxState>;
  return (
    candidate.version === 1 &&
    typeof candidate.token === 'string' &&
    Array.isArray(candidate.deployments) &&
    Array.isArray(candidate.aliases) &&
    typeof candidate.domainPorts === 'object' &&
    typeof candidate.project === 'object' &&
    typeof candidate.edgeConfigs === 'object'
  );
}
