import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  writeOnce
} from "./chunk-BGYQRYCX.js";
import {
  githubFetch
} from "./chunk-PQDK4F2P.js";
import "./chunk-JI7MCFGA.js";
import {
  silentLogger
} from "./chunk-MN7KZA7R.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import "./chunk-TTC2ININ.js";

// lib/github/deployment-model.js
var DEPLOY_TASK = "deploy";
var MAX_DESCRIPTION = 140;
function parseRepository(repository) {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(repository.trim());
  if (!m)
    throw new ConfigurationError(`repository '${repository}' is not valid: expected owner/name`);
  return { owner: m[1], repo: m[2] };
}
function checkSha(ref) {
  const sha = ref.trim().toLowerCase();
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new ConfigurationError(`ref '${ref}' is not a full commit SHA: expected 40 hexadecimal characters`);
  }
  return sha;
}
function checkEnvironment(environment) {
  const name = environment.trim();
  if (name === "" || name.length > 255) {
    throw new ConfigurationError(`environment '${environment}' is not valid: expected 1 to 255 characters`);
  }
  return name;
}
function truncateDescription(text, max = MAX_DESCRIPTION) {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function payloadObject(payload) {
  if (typeof payload === "string") {
    try {
      return payloadObject(JSON.parse(payload));
    } catch {
      return {};
    }
  }
  return payload && typeof payload === "object" && !Array.isArray(payload) ? payload : {};
}
function isOurs(payload) {
  return payloadObject(payload).greenlight === true;
}

// lib/github/deployment-session.js
var DeploymentSession = class {
  settings;
  owner;
  repo;
  deadline;
  fetch;
  /** @throws ConfigurationError when `repository` is not `owner/name` */
  constructor(settings, repository) {
    this.settings = settings;
    ({ owner: this.owner, repo: this.repo } = parseRepository(repository));
    this.deadline = settings.clock.now() + settings.timeoutMs;
    this.fetch = githubFetch(settings.http, { deadline: this.deadline });
  }
  /** Deployments newest first (one page of at most 100). */
  async list(query) {
    const { data } = await this.settings.octokit.rest.repos.listDeployments({
      ...this.base(),
      environment: query.environment,
      per_page: query.perPage,
      ...query.sha ? { sha: query.sha } : {},
      ...query.task ? { task: query.task } : {}
    });
    return data;
  }
  /** Greenlight's deployment (task `deploy`, `payload.greenlight`) of this SHA and environment. */
  async findOurs(sha, environment) {
    const list = await this.list({ sha, environment, task: DEPLOY_TASK, perPage: 100 });
    return list.find((d) => d.sha === sha && d.environment === environment && isOurs(d.payload));
  }
  /** Creates the deployment, or after an ambiguous failure finds the one it may have created. */
  async create(input) {
    return writeOnce({
      what: `create the ${input.environment} deployment of ${input.ref.slice(0, 7)}`,
      send: () => this.sendCreate(input),
      readBack: () => this.findOurs(input.ref, input.environment),
      ...this.writeOptions()
    });
  }
  /** The newest status of a deployment, if any. */
  async latestStatus(id) {
    const { data } = await this.settings.octokit.rest.repos.listDeploymentStatuses({
      ...this.base(),
      deployment_id: id,
      per_page: 1
    });
    return data[0];
  }
  /** Posts a status; after an ambiguous failure, reads the latest status back before posting again. */
  async postStatus(id, body) {
    return writeOnce({
      what: `post status ${body.state} on deployment ${id}`,
      send: async () => (await this.settings.octokit.rest.repos.createDeploymentStatus({
        ...this.base(),
        deployment_id: id,
        ...body
      })).data,
      readBack: async () => {
        const latest = await this.latestStatus(id);
        const same = latest?.state === body.state && (body.log_url === void 0 || latest.log_url === body.log_url) && (body.environment_url === void 0 || latest.environment_url === body.environment_url);
        return same ? latest : void 0;
      },
      ...this.writeOptions()
    });
  }
  async sendCreate(input) {
    const { data, status } = await this.settings.octokit.rest.repos.createDeployment({
      ...this.base(),
      ref: input.ref,
      task: DEPLOY_TASK,
      auto_merge: false,
      required_contexts: [],
      environment: input.environment,
      description: input.description,
      transient_environment: input.transient,
      production_environment: input.production,
      payload: { ...input.payload, greenlight: true }
    });
    if (!("id" in data)) {
      const said = data.message ?? "no deployment created";
      throw new Error(`GitHub: POST /repos/${this.owner}/${this.repo}/deployments answered ${status}: ${said}`);
    }
    return data;
  }
  base() {
    return { owner: this.owner, repo: this.repo, request: { fetch: this.fetch } };
  }
  writeOptions() {
    return {
      attempts: this.settings.writeAttempts,
      delayMs: this.settings.readBackDelayMs,
      deadline: this.deadline,
      clock: this.settings.clock,
      logger: this.settings.logger
    };
  }
};

// lib/github/deployments.js
var GitHubDeployments = class {
  settings;
  constructor(options) {
    this.settings = {
      octokit: options.octokit,
      http: options.http,
      clock: options.clock,
      logger: options.logger ?? silentLogger,
      timeoutMs: options.timeoutMs ?? 12e4,
      writeAttempts: options.writeAttempts ?? 3,
      readBackDelayMs: options.readBackDelayMs ?? 1e3
    };
  }
  /**
   * Finds this repository + SHA + environment's Greenlight deployment (task `deploy`) or creates it
   * (`required_contexts: []`, `auto_merge: false`, `transient_environment`, `production_environment`),
   * then posts status `in_progress` with `log_url` — unless its latest status already is that.
   */
  async begin(input) {
    const session = this.session(input.repository);
    const sha = checkSha(input.ref);
    const environment = checkEnvironment(input.environment);
    const description = truncateDescription(input.description);
    const existing = await session.findOurs(sha, environment);
    const deployment = existing ?? await session.create({ ...input, ref: sha, environment, description });
    const reused = existing !== void 0;
    const what = reused ? "reused" : "created";
    this.settings.logger.info(`GitHub deployment ${deployment.id} (${environment}, ${sha.slice(0, 7)}) ${what}`);
    const latest = reused ? await session.latestStatus(deployment.id) : void 0;
    if (!(latest?.state === "in_progress" && (latest.log_url ?? "") === (input.logUrl ?? ""))) {
      await session.postStatus(deployment.id, {
        state: "in_progress",
        description,
        ...input.logUrl ? { log_url: input.logUrl } : {}
      });
    }
    return {
      repository: input.repository,
      id: deployment.id,
      reused,
      payload: payloadObject(deployment.payload)
    };
  }
  /**
   * Posts the final status: `environment_url` ("View deployment"), `log_url`, `description` cut to
   * 140 characters. `auto_inactive` is left at GitHub's default, which marks older successful
   * deployments of a non-production environment inactive; see {@link deactivatePrevious} for
   * production ones.
   */
  async complete(deployment, status) {
    await this.session(deployment.repository).postStatus(deployment.id, {
      state: status.state,
      ...status.description !== void 0 ? { description: truncateDescription(status.description) } : {},
      ...status.environmentUrl ? { environment_url: status.environmentUrl } : {},
      ...status.logUrl ? { log_url: status.logUrl } : {}
    });
    this.settings.logger.info(`GitHub deployment ${deployment.id}: ${status.state}`);
  }
  /**
   * Marks `inactive` every other deployment of the environment whose latest status is `success`,
   * so only `exceptId` shows as active — GitHub never does this for production deployments. "Every
   * other" includes newer ones, so that a rollback to an older deployment deactivates the bad one.
   * Looks at the newest `limit` deployments (default 30, at most 100).
   * @returns the ids marked inactive
   */
  async deactivatePrevious(input) {
    const session = this.session(input.repository);
    const environment = checkEnvironment(input.environment);
    const perPage = Math.min(100, Math.max(1, input.limit ?? 30));
    const done = [];
    for (const deployment of await session.list({ environment, perPage })) {
      if (deployment.id === input.exceptId)
        continue;
      if ((await session.latestStatus(deployment.id))?.state !== "success")
        continue;
      await session.postStatus(deployment.id, {
        state: "inactive",
        description: `Superseded by deployment ${input.exceptId}`
      });
      done.push(deployment.id);
    }
    if (done.length > 0) {
      this.settings.logger.info(`GitHub deployments marked inactive in ${environment}: ${done.join(", ")}`);
    }
    return done;
  }
  /**
   * The newest deployment (task `deploy`) of an environment, optionally of one commit, with its
   * latest status; `undefined` when there is none.
   */
  async latestFor(input) {
    const session = this.session(input.repository);
    const environment = checkEnvironment(input.environment);
    const sha = input.sha === void 0 ? void 0 : checkSha(input.sha);
    const [deployment] = await session.list({
      environment,
      task: DEPLOY_TASK,
      perPage: 1,
      ...sha ? { sha } : {}
    });
    if (!deployment)
      return void 0;
    return toLatest(deployment, await session.latestStatus(deployment.id));
  }
  session(repository) {
    return new DeploymentSession(this.settings, repository);
  }
};
function toLatest(deployment, status) {
  const payload = payloadObject(deployment.payload);
  const logUrl = status?.log_url || status?.target_url;
  return {
    id: deployment.id,
    sha: deployment.sha,
    ref: deployment.ref,
    environment: deployment.environment,
    createdAt: deployment.created_at,
    production: deployment.production_environment ?? false,
    transient: deployment.transient_environment ?? false,
    payload,
    ours: isOurs(payload),
    ...status ? { state: status.state } : {},
    ...status?.environment_url ? { environmentUrl: status.environment_url } : {},
    ...logUrl ? { logUrl } : {},
    ...status?.description ? { description: status.description } : {}
  };
}
export {
  GitHubDeployments
};
