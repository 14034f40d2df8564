// Concurrency groups and environment approvals as GitHub schedules them, for the simulator.
//
// Groups (https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/control-workflow-concurrency):
// - at most one running and one pending holder per group; group names are case-insensitive;
// - a newcomer while one is pending cancels the pending one ("any existing pending … will be
//   canceled and the new queued job or workflow will take its place");
// - `cancel-in-progress: true` also cancels the running holder;
// - a called workflow asking for a group its caller already holds is a deadlock, and GitHub cancels
//   the run ("Canceling since a deadlock was detected for concurrency group").
// Approvals (https://docs.github.com/en/actions/reference/workflows-and-actions/deployments-and-environments#required-reviewers):
// a job that names an environment with required reviewers waits (up to 30 days) until one approves;
// its concurrency group is taken first and held while it waits.

export class Cancelled extends Error {
  override name = 'Cancelled';
}

/** Who holds or waits for a group: a run, or one scope (workflow or job) inside it. */
export interface GroupOwner {
  readonly runId: number;
  /** `/`-separated path of the scope that asked, e.g. `pipeline` or `pipeline/production/release`. */
  readonly scope: string;
  /** Cancels what the owner runs (used when it is replaced, or cancelled in progress). */
  cancel(reason: string): void;
}

interface Pending {
  readonly owner: GroupOwner;
  grant(): void;
  refuse(error: Error): void;
}

/** The repository-wide concurrency groups of the simulated runs. */
export class ConcurrencyGroups {
  private readonly running = new Map<string, GroupOwner>();
  private readonly pending = new Map<string, Pending>();
  /** Every change, in order, for assertions: `take|wait|replace|cancel-running|release group by run/scope`. */
  readonly log: string[] = [];

  /**
   * Takes `group` for `owner`, waiting while another holds it. Resolves to the release function.
   * @throws Cancelled when a newer request replaces this pending one, the signal aborts, or the
   *   request would deadlock with the owner's caller.
   */
  async acquire(
    group: string,
    cancelInProgress: boolean,
    owner: GroupOwner,
    signal: AbortSignal,
  ): Promise<() => void> {
    const key = group.toLowerCase();
    const who = `${key} by run ${owner.runId}/${owner.scope}`;
    const holder = this.running.get(key);
    const release = (): void => this.release(key, owner);
    if (!holder) {
      this.running.set(key, owner);
      this.log.push(`take ${who}`);
      return release;
    }
    if (holder.runId === owner.runId && `${owner.scope}/`.startsWith(`${holder.scope}/`)) {
      this.log.push(`deadlock ${who}`);
      throw new Cancelled(`deadlock detected for concurrency group '${group}'`);
    }
    const replaced = this.pending.get(key);
    if (replaced) {
      this.log.push(`replace ${key} by run ${replaced.owner.runId}/${replaced.owner.scope}`);
      replaced.refuse(new Cancelled(`replaced in concurrency group '${group}' by a newer request`));
    }
    if (cancelInProgress) {
      this.log.push(`cancel-running ${key} by run ${holder.runId}/${holder.scope}`);
      holder.cancel(`cancelled by a newer run in concurrency group '${group}'`);
    }
    this.log.push(`wait ${who}`);
    return new Promise((resolve, reject) => {
      const entry: Pending = {
        owner,
        grant: () => {
          signal.removeEventListener('abort', onAbort);
          this.log.push(`take ${who}`);
          resolve(release);
        },
        refuse: (error) => {
          signal.removeEventListener('abort', onAbort);
          if (this.pending.get(key) === entry) this.pending.delete(key);
          reject(error);
        },
      };
      const onAbort = (): void =>
        entry.refuse(new Cancelled('cancelled while waiting for its concurrency group'));
      this.pending.set(key, entry);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  private release(key: string, owner: GroupOwner): void {
    if (this.running.get(key) !== owner) return;
    this.running.delete(key);
    this.log.push(`release ${key} by run ${owner.runId}/${owner.scope}`);
    const next = this.pending.get(key);
    if (next) {
      this.pending.delete(key);
      this.running.set(key, next.owner);
      next.grant();
    }
  }
}

/** Environments with required reviewers, and the jobs waiting for an approval. */
export class Approvals {
  private readonly waiting = new Map<string, () => void>();
  private readonly listeners = new Set<() => void>();

  constructor(readonly protectedEnvironments: ReadonlySet<string>) {}

  /** Waits until `approve(runId, jobPath)`, or throws Cancelled when the signal aborts. */
  async wait(runId: number, jobPath: string, signal: AbortSignal): Promise<void> {
    const key = `${runId}:${jobPath}`;
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        this.waiting.delete(key);
        reject(new Cancelled('cancelled while waiting for approval'));
      };
      this.waiting.set(key, () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
      signal.addEventListener('abort', onAbort, { once: true });
      for (const listener of this.listeners) listener();
    });
  }

  /** The jobs of `runId` waiting for an approval now. */
  waitingIn(runId: number): string[] {
    return [...this.waiting.keys()]
      .filter((key) => key.startsWith(`${runId}:`))
      .map((key) => key.slice(`${runId}:`.length));
  }

  /** Resolves once some job of `runId` waits for an approval; gives its path. */
  async someoneWaits(runId: number): Promise<string> {
    for (;;) {
      const [first] = this.waitingIn(runId);
      if (first !== undefined) return first;
      await new Promise<void>((resolve) => {
        const listener = (): void => {
          this.listeners.delete(listener);
          resolve();
        };
        this.listeners.add(listener);
      });
    }
  }

  approve(runId: number, jobPath: string): void {
    const key = `${runId}:${jobPath}`;
    const resolve = this.waiting.get(key);
    if (!resolve) throw new Error(`no job ${jobPath} of run ${runId} waits for approval`);
    this.waiting.delete(key);
    resolve();
  }
}
