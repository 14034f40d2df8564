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
  startBuild(d: DeploymentRecord): void {
    const { buildDelayMs } = this.options;
    const elapsed = Date.now() - d.createdAt;
    const toBuilding = Math.max(0, Math.floor(buildDelayMs / 3) - elapsed);
    const toFinish = Math.max(0, buildDelayMs - elapsed);
    if (buildDelayMs === 0) {
      this.toBuilding(d);
      this.finish(d);
      return;
    }
    if (d.readyState === 'QUEUED') this.after(toBuilding, () => this.toBuilding(d));
    this.after(toFinish, () => this.finish(d));
  }

  /** BUILDING/QUEUED → CANCELED; returns false when the deployment is already done. */
  cancel(d: DeploymentRecord): boolean {
    if (d.readyState !== 'QUEUED' && d.readyState !== 'BUILDING') return false;
    d.readyState = 'CANCELED';
    d.canceledAt = Date.now();
    this.changed(d);
    return true;
  }

  /**
   * Applies a build fault to a deployment still building: `error` ends it in ERROR now, `stuck`
   * keeps it BUILDING forever. Returns false when the deployment is already done.
   */
  applyBuildFault(d: DeploymentRecord, build: 'stuck' | 'error', message?: string): boolean {
    if (d.readyState !== 'QUEUED' && d.readyState !== 'BUILDING') return false;
    d.buildFault = build;
    if (build === 'error') {
      d.errorMessage = message ?? null;
      this.finish(d);
    } else {
      this.store.save();
    }
    return true;
  }

  /** Points the production domain at `d` (a non-staged production deploy, promote or rollback). */
  goLive(d: DeploymentRecord, now = Date.now()): void {
    this.store.setAlias(PRODUCTION_DOMAIN, d.id, now);
    d.promotedAt ??= now;
    if (d.aliasAssignedAt === null) d.aliasAssignedAt = now;
  }

  /**
   * Records a promote or rollback as the project's `lastAliasRequest` (pending) and completes it
   * after `aliasDelayMs`: the production domain moves to `d` and the job becomes `succeeded` in the
   * same step. A newer request replaces a pending one. An `aliasJob` fault makes it fail or stick.
   */
  requestAliasJob(type: AliasRequest['type'], d: DeploymentRecord): AliasRequest {
    const fault = this.faults.takeAliasJob();
    const request: AliasRequest = {
      fromDeploymentId: this.store.production()?.id ?? null,
      toDeploymentId: d.id,
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
    for (const d of this.store.state.deployments) {
      if (d.readyState === 'QUEUED' || d.readyState === 'BUILDING') this.startBuild(d);
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

  private toBuilding(d: DeploymentRecord): void {
    if (d.readyState !== 'QUEUED') return;
    d.readyState = 'BUILDING';
    d.buildingAt = Date.now();
    this.changed(d);
  }

  private finish(d: DeploymentRecord): void {
    if (d.readyState !== 'BUILDING' && d.readyState !== 'QUEUED') return;
    if (d.buildFault === 'stuck') {
      this.toBuilding(d);
      return;
    }
    const now = Date.now();
    if (d.buildingAt === null) d.buildingAt = now;
    if (d.buildFault === 'error') {
      d.readyState = 'ERROR';
      d.errorCode = 'BUILD_FAILED';
      d.errorMessage ??= 'The build failed (sandbox build fault).';
      d.readyAt = now;
      this.changed(d);
      return;
    }
    d.readyState = 'READY';
    d.readyAt = now;
    const staged = d.target === 'production' && !d.autoAssignCustomDomains;
    if (!staged) d.aliasAssignedAt = now;
    if (
      d.target === 'production' &&
      d.autoAssignCustomDomains &&
      this.store.state.project.autoAssignCustomDomains
    ) {
      this.goLive(d, now);
    }
    if (d.customEnvironment === 'staging' && d.autoAssignCustomDomains)
      this.store.setAlias(STAGING_DOMAIN, d.id, now);
    this.changed(d);
  }

  private changed(d: DeploymentRecord): void {
    this.store.save();
    this.options.logger.debug(`sandbox: ${d.id} is ${d.readyState}`);
    this.emit('change', d.id);
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
