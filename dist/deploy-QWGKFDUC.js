import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  ProviderError
} from "./chunk-43CFVC6V.js";
import {
  backoffMs,
  pLimit
} from "./chunk-RLHADSK5.js";
import {
  formatDuration
} from "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-6OSMCISV.js";
import {
  require_promises
} from "./chunk-J5QJJ5Q3.js";
import {
  HttpError,
  isTransient
} from "./chunk-54L7E35A.js";
import "./chunk-4KYU7GAX.js";
import {
  require_node_path
} from "./chunk-XXZBBZZL.js";
import {
  import_client
} from "./chunk-NPLR4MTA.js";
import {
  __toESM
} from "./chunk-UWARJ5PC.js";

// lib/deploy/vercel/deploy.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// lib/deploy/vercel/upload.js
var import_promises = __toESM(require_promises(), 1);
var UPLOAD_CONCURRENCY = 64;
var CLIENT_UPLOAD_MAX = 50;
async function uploadMissing(missing, files, deadline, deps) {
  const limit = pLimit(UPLOAD_CONCURRENCY);
  const stop = new AbortController();
  let first;
  let bytes = 0;
  deps.logger.info(`uploading ${missing.length} file(s)`);
  await Promise.all(missing.map((sha) => limit(async () => {
    if (stop.signal.aborted)
      return;
    try {
      const file = files[sha];
      const source = file?.names[0];
      if (!file || !file.data && !source)
        throw new ProviderError(`the API asked for file ${sha}, which is not in the deployment`);
      const data = file.data ?? await (0, import_promises.readFile)(source);
      await deps.api.uploadFile(sha, data, deadline, stop.signal);
      bytes += data.byteLength;
    } catch (error) {
      first ??= { error };
      stop.abort();
    }
  })));
  if (first)
    throw first.error;
  return { files: missing.length, bytes };
}

// lib/deploy/vercel/deploy.js
var Expired = class extends Error {
};
function beforeDeadline(promise, deadline, clock) {
  const ms = deadline - clock.now();
  if (ms <= 0)
    return Promise.reject(new Expired());
  let timer;
  const expiry = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Expired()), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}
function limitResetMs(limit) {
  if (!limit || typeof limit !== "object")
    return void 0;
  const { reset, resetMs } = limit;
  if (typeof resetMs === "number" && Number.isFinite(resetMs))
    return resetMs;
  if (typeof reset === "number" && Number.isFinite(reset))
    return reset < 1e11 ? reset * 1e3 : reset;
  return void 0;
}
function classify(payload) {
  const p = payload ?? {};
  const message = typeof p.message === "string" ? p.message : String(payload);
  const code = typeof p.code === "string" ? p.code : typeof p.cause?.code === "string" ? p.cause.code : void 0;
  if (typeof p.status === "number") {
    const said = `${message}${code ? ` (${code})` : ""}, HTTP ${p.status}`;
    if (p.status === 429) {
      const retryAt = limitResetMs(p.limit);
      return {
        retryable: code !== "builds_rate_limited",
        message: said,
        ambiguous: false,
        ...retryAt !== void 0 ? { retryAt } : {}
      };
    }
    if (p.status >= 500)
      return { retryable: true, message: said, ambiguous: true };
    return { retryable: false, message: said, ambiguous: false };
  }
  return { retryable: true, message: code ? `${message} (${code})` : message, ambiguous: true };
}
function rateLimitedUntil(at) {
  return `rate limited until ${new Date(at).toISOString()}`;
}
async function vercelDeploy(request, projectName, deps) {
  const { api, clock, logger } = deps;
  const random = deps.random ?? Math.random;
  const key = (0, import_node_crypto.randomUUID)();
  const path = (0, import_node_path.resolve)(request.path);
  const production = request.environment === "production";
  let uploadedBytes = 0;
  let uploadedFiles = 0;
  let created;
  const expired = async (id2, what) => {
    if (id2) {
      const outcome = await api.cancel(id2, clock.now() + 3e4).then(() => "it was cancelled", (e) => cancelFailure(e));
      throw new ProviderError(`deployment ${id2} ${what} before the deadline; ${outcome}`);
    }
    throw new ProviderError(`no deployment was created before the deadline (${what})`);
  };
  const rounds = deps.maxRounds ?? 6;
  let files = {};
  for (let round = 1; !created; round++) {
    const events = (0, import_client.createDeployment)({
      token: api.auth.token,
      ...api.teamId ? { teamId: api.teamId } : {},
      apiUrl: api.auth.apiUrl.replace(/\/+$/, ""),
      path,
      prebuilt: request.prebuilt,
      ...request.prebuilt ? { vercelOutputDir: (0, import_node_path.join)(path, ".vercel", "output") } : {},
      userAgent: deps.userAgent ?? "greenlight",
      skipAutoDetectionConfirmation: true
    }, {
      name: projectName,
      project: api.auth.projectId,
      ...production ? { target: "production", autoAssignCustomDomains: !request.staged } : {},
      meta: { ...request.meta, greenlightDeployKey: key }
    });
    let failure = {
      retryable: true,
      message: "the client stopped without creating a deployment",
      ambiguous: true
    };
    let missing;
    try {
      for (; ; ) {
        const next = await beforeDeadline(events.next(), request.deadline, clock);
        if (next.done)
          break;
        const event = next.value;
        if (event.type === "hashes-calculated") {
          files = event.payload;
        } else if (event.type === "file-count") {
          const reported = event.payload.missing ?? [];
          if (reported.length > CLIENT_UPLOAD_MAX || round > 1) {
            missing = reported;
            break;
          }
          logger.info(`uploading ${reported.length} file(s)`);
        } else if (event.type === "file-uploaded") {
          const file = event.payload.file;
          uploadedFiles++;
          uploadedBytes += file?.data?.length ?? file?.size ?? 0;
        } else if (event.type === "warning" || event.type === "notice") {
          logger.info(`Vercel ${event.type}: ${String(event.payload)}`);
        } else if (event.type === "created") {
          created = event.payload;
          break;
        } else if (event.type === "error") {
          failure = classify(event.payload);
          break;
        }
      }
    } catch (error) {
      if (error instanceof Expired)
        return expired(void 0, "uploads and create did not finish");
      if (error instanceof ProviderError)
        throw error;
      throw new ProviderError(`Vercel client: ${error.message}`);
    } finally {
      void events.return?.(void 0).catch(() => {
      });
    }
    if (created)
      break;
    if (missing) {
      try {
        const sent = await uploadMissing(missing, files, request.deadline, deps);
        uploadedFiles += sent.files;
        uploadedBytes += sent.bytes;
        failure = {
          retryable: true,
          message: `the API still reported ${missing.length} file(s) missing after they were uploaded`,
          ambiguous: false
        };
        if (round < rounds)
          continue;
      } catch (error) {
        if (error instanceof HttpError && error.kind === "rate_limited") {
          throw new ProviderError(`upload ${rateLimitedUntil(error.retryAt ?? clock.now())}: ${error.message}`);
        }
        if (clock.now() >= request.deadline)
          return expired(void 0, "uploads did not finish");
        if (!(error instanceof HttpError))
          throw error;
        failure = {
          retryable: isTransient(error),
          message: `upload failed: ${error.message}`,
          ambiguous: false,
          ...error.retryAt !== void 0 ? { retryAt: error.retryAt } : {}
        };
      }
    }
    if (failure.retryAt !== void 0 && failure.retryAt >= request.deadline) {
      throw new ProviderError(`Vercel ${failure.message.startsWith("upload") ? "upload" : "deploy"} ${rateLimitedUntil(failure.retryAt)}, past the deadline: ${failure.message}`);
    }
    if (!failure.retryable)
      throw new ProviderError(`Vercel refused the deployment: ${failure.message}`);
    if (failure.ambiguous) {
      const found = await api.listDeployments({ meta: { greenlightDeployKey: key }, limit: 1 }, request.deadline).catch(() => []);
      if (found[0]) {
        created = { ...found[0], id: found[0].uid };
        break;
      }
    }
    if (round >= rounds)
      throw new ProviderError(`deploy failed after ${round} attempts: ${failure.message}`);
    const backoff = 1e3 + backoffMs(round, 1e3, 15e3, random);
    const wait = Math.max(backoff, (failure.retryAt ?? 0) - clock.now());
    if (clock.now() + wait >= request.deadline)
      return expired(void 0, failure.message);
    logger.warning(`deploy attempt ${round} failed (${failure.message}); retrying in ${formatDuration(wait)}`);
    await clock.sleep(wait);
  }
  const id = created.id;
  logger.info(`created ${id} (${created.url}); waiting for it to be ready`);
  const ready = await waitUntilReady(id, request.deadline, deps).catch(async (error) => {
    if (error instanceof Expired)
      return expired(id, "did not become READY");
    throw error;
  });
  if (production && !request.staged) {
    await waitUntilLive(id, request.deadline, deps).catch(async (error) => {
      if (error instanceof Expired)
        throw new ProviderError(`deployment ${id} is READY but production did not move to it before the deadline`);
      throw error;
    });
  }
  return { deployment: deps.toInfo(ready), uploadedBytes, uploadedFiles };
}
function cancelFailure(error) {
  if (error instanceof HttpError && error.kind === "status") {
    const said = apiSaid(error.body);
    return `the cancel request was refused (HTTP ${error.status}${error.code ? ` ${error.code}` : ""}${said ? `: ${said}` : ""}), so it was not cancelled`;
  }
  return `it could not be cancelled (${error instanceof Error ? error.message : String(error)})`;
}
function apiSaid(body) {
  const message = body?.error?.message;
  return typeof message === "string" ? message : void 0;
}
async function poll(deadline, deps, probe) {
  const { first, max } = deps.pollMs ?? { first: 100, max: 5e3 };
  const { clock, logger } = deps;
  let failing = 0;
  for (let n = 1, wait = first; ; n++, wait = n <= 10 ? first : Math.min(max, Math.round(wait * 1.5))) {
    let value;
    let pause = wait;
    try {
      value = await beforeDeadline(probe(), deadline, clock);
      failing = 0;
    } catch (error) {
      if (!isTransient(error))
        throw error;
      if (error.retryAt !== void 0) {
        if (error.retryAt >= deadline) {
          if (error.kind === "rate_limited")
            throw error;
          throw new HttpError(error.where, `${rateLimitedUntil(error.retryAt)}, past the deadline (${error.detail})`, "rate_limited", error.attempts, error.status, error.body, { retryAt: error.retryAt, ...error.code ? { code: error.code } : {} });
        }
        pause = Math.max(wait, error.retryAt - clock.now());
      }
      if (failing++ === 0)
        logger.info(`${error.message}; polling on until the deadline`);
      else
        logger.debug(`${error.message} (${failing} in a row)`);
    }
    if (value !== void 0)
      return value;
    if (clock.now() + pause >= deadline)
      throw new Expired();
    await clock.sleep(pause);
  }
}
function waitUntilReady(id, deadline, deps) {
  return poll(deadline, deps, async () => {
    const d = await deps.api.getDeployment(id, deadline, { retries: 0 });
    const state = d.readyState ?? d.state;
    if (state === "READY")
      return d;
    if (state === "ERROR" || state?.endsWith("_ERROR")) {
      throw new ProviderError(`deployment ${id} failed to build: ${d.errorMessage ?? d.errorCode ?? state}`);
    }
    if (state === "CANCELED")
      throw new ProviderError(`deployment ${id} was canceled`);
    return void 0;
  });
}
function waitUntilLive(id, deadline, deps) {
  return poll(deadline, deps, async () => (await deps.api.getProject(deadline)).targets?.production?.id === id ? true : void 0);
}
export {
  limitResetMs,
  vercelDeploy
};
