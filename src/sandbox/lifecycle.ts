/**
 * Time in the sandbox: a deployment's build (QUEUED → BUILDING → READY over `buildDelayMs`, or
 * ERROR/stuck under a build fault) and the asynchronous promote/rollback job (`lastAliasRequest`
 * pending → succeeded after `aliasDelayMs`, switching the production domain in one step).
 */
import { EventEmitter } from 'node:events';
import type { Logger } from '../runtime/logger.js';
import type { FaultRegistry } from './faults.js';
import type { SandboxStore } from './store.js';
import { type AliasRequest, type DeploymentRecord, PRODUCTION_DOMAIN, STAGING_DOMAIN } from './types.js';

export interface LifecycleOptions {
  /** Total time from QUEUED to READY, ms; BUILDING starts after a third of it. */
  buildDelayMs: number;
  /** Time a promote/rollback job stays pending, ms. */
  aliasDelayMs: number;
  logger: Logger;
}

/** Emits `change` with a deployment id whenever that deployment's state changes. */
export class Lifecycle extends EventEmitter {
  private readonly timers = new Set<NodeJS.Timeout>();
  private aliasTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: SandboxStore,
    private readonly faults: FaultRegistry,
    private readonly options: LifecycleOptions,
  ) {
    super();
    this.setMaxListeners(0);
  }

  /** Starts (or, after a restart, resumes) the build of a QUEUED or BUILDING deployment. */
  startBuild(deployment: DeploymentRecord): void {
    const { buildDelayMs } = this.options;
    const elapsed = Date.now() - deployment.createdAt;
    const toBuilding = Math.max(0, Math.floor(buildDelayMs / 3) - elapsed);
    const toFinish = Math.max(0, buildDelayMs - elapsed);
    if (buildDelayMs === 0) {
      this.toBuilding(deployment);
      this.finish(deployment);
      return;
    }
    if (deployment.readyState === 'QUEUED') this.after(toBuilding, () => this.toBuilding(deployment));
    this.after(toFinish, () => this.finish(deployment));
  }

  /** BUILDING/QUEUED → CANCELED; returns false when the deployment is already done. */
  cancel(deployment: DeploymentRecord): boolean {
    if (deployment.readyState !== 'QUEUED' && deployment.readyState !== 'BUILDING') return false;
    deployment.readyState = 'CANCELED';
    deployment.canceledAt = Date.now();
    this.changed(deployment);
    return true;
  }

  /**
   * Applies a build fault to a deployment still building: `error` ends it in ERROR now, `stuck`
   * keeps it BUILDING forever. Returns false when the deployment is already done.
   */
  applyBuildFault(deployment: DeploymentRecord, build: 'stuck' | 'error', message?: string): boolean {
    if (deployment.readyState !== 'QUEUED' && deployment.readyState !== 'BUILDING') return false;
    deployment.buildFault = build;
    if (build === 'error') {
      deployment.errorMessage = message ?? null;
      this.finish(deployment);
    } else {
      this.store.save();
    }
    return true;
  }

  /** Points the production domain at `deployment` (a non-staged production deploy, promote or rollback). */
  goLive(deployment: DeploymentRecord, now = Date.now()): void {
    this.store.setAlias(PRODUCTION_DOMAIN, deployment.id, now);
    deployment.promotedAt ??= now;
    if (deployment.aliasAssignedAt === null) deployment.aliasAssignedAt = now;
  }

  /**
   * Records a promote or rollback as the project's `lastAliasRequest` (pending) and completes it
   * after `aliasDelayMs`: the production domain moves to `deployment` and the job becomes `succeeded` in the
   * same step. A newer request replaces a pending one. An `aliasJob` fault makes it fail or stick.
   */
  requestAliasJob(type: AliasRequest['type'], deployment: DeploymentRecord): AliasRequest {
    const fault = this.faults.takeAliasJob();
    const request: AliasRequest = {
      fromDeploymentId: this.store.production()?.id ?? null,
      toDeploymentId: deployment.id,
      jobStatus: 'pending',
      requestedAt: Date.now(),
      type,
    };
    this.store.state.lastAliasRequest = request;
    this.store.save();
    if (this.aliasTimer) {
      clearTimeout(this.aliasTimer);
      this.timers.delete(this.aliasTimer);
      this.aliasTimer = undefined;
    }
    if (fault?.aliasJob === 'stuck') return request;
    this.aliasTimer = this.after(this.options.aliasDelayMs, () => {
      this.aliasTimer = undefined;
      this.completeAliasJob(request, fault?.aliasJob === 'failed');
    });
    return request;
  }

  /** After a restart: resume builds in flight and finish a pending promote/rollback. */
  resume(): void {
    for (const deployment of this.store.state.deployments) {
      if (deployment.readyState === 'QUEUED' || deployment.readyState === 'BUILDING')
        this.startBuild(deployment);
    }
    const pending = this.store.state.lastAliasRequest;
    if (pending && (pending.jobStatus === 'pending' || pending.jobStatus === 'in-progress')) {
      this.aliasTimer = this.after(this.options.aliasDelayMs, () => this.completeAliasJob(pending, false));
    }
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.removeAllListeners();
  }

  private completeAliasJob(request: AliasRequest, failed: boolean): void {
    if (this.store.state.lastAliasRequest !== request) return;
    const target = this.store.deployment(request.toDeploymentId);
    if (failed || !target || target.readyState !== 'READY') {
      request.jobStatus = 'failed';
    } else {
      this.goLive(target);
      request.jobStatus = 'succeeded';
    }
    this.store.state.project.updatedAt = Date.now();
    this.store.save();
    this.options.logger.debug(`sandbox: ${request.type} to ${request.toDeploymentId} ${request.jobStatus}`);
    this.emit('change', request.toDeploymentId);
  }

  private toBuilding(deployment: DeploymentRecord): void {
    if (deployment.readyState !== 'QUEUED') return;
    deployment.readyState = 'BUILDING';
    deployment.buildingAt = Date.now();
    this.changed(deployment);
  }

  private finish(deployment: DeploymentRecord): void {
    if (deployment.readyState !== 'BUILDING' && deployment.readyState !== 'QUEUED') return;
    if (deployment.buildFault === 'stuck') {
      this.toBuilding(deployment);
      return;
    }
    const now = Date.now();
    if (deployment.buildingAt === null) deployment.buildingAt = now;
    if (deployment.buildFault === 'error') {
      deployment.readyState = 'ERROR';
      deployment.errorCode = 'BUILD_FAILED';
      deployment.errorMessage ??= 'The build failed (sandbox build fault).';
      deployment.readyAt = now;
      this.changed(deployment);
      return;
    }
    deployment.readyState = 'READY';
    deployment.readyAt = now;
    const staged = deployment.target === 'production' && !deployment.autoAssignCustomDomains;
    if (!staged) deployment.aliasAssignedAt = now;
    if (
      deployment.target === 'production' &&
      deployment.autoAssignCustomDomains &&
      this.store.state.project.autoAssignCustomDomains
    ) {
      this.goLive(deployment, now);
    }
    if (deployment.customEnvironment === 'staging' && deployment.autoAssignCustomDomains)
      this.store.setAlias(STAGING_DOMAIN, deployment.id, now);
    this.changed(deployment);
  }

  private changed(deployment: DeploymentRecord): void {
    this.store.save();
    this.options.logger.debug(`sandbox: ${deployment.id} is ${deployment.readyState}`);
    this.emit('change', deployment.id);
  }

  private after(ms: number, fn: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
    return timer;
  }
}
