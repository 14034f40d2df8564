import { createRequire as __greenlightCreateRequire } from 'node:module';
const require = __greenlightCreateRequire(import.meta.url);
import {
  BUCKET_BY,
  FLAG_OPERATIONS,
  applyFlagOperation,
  checkFlagRequest,
  commitMessage,
  measureShare,
  parseStages
} from "./chunk-JNC3JBXZ.js";
import "./chunk-Y7QQTF5G.js";
import {
  writeOnce
} from "./chunk-N5QLR433.js";
import {
  GitHubError
} from "./chunk-BBYGGOKM.js";
import {
  HttpClient
} from "./chunk-DG6Z3CCB.js";
import {
  runActionBody
} from "./chunk-EDCPFFMQ.js";
import {
  codeSpan,
  markdownTable,
  systemClock
} from "./chunk-QUOHD36D.js";
import {
  defineAction,
  input
} from "./chunk-MNPZ35E5.js";
import "./chunk-3DFAUON2.js";
import "./chunk-MN7KZA7R.js";
import "./chunk-OCGFKFY4.js";
import "./chunk-BB4YEEFY.js";
import {
  require_node_crypto
} from "./chunk-6OSMCISV.js";
import "./chunk-YK7335PY.js";
import "./chunk-5TBTIP7P.js";
import {
  ConfigurationError
} from "./chunk-4KYU7GAX.js";
import {
  __toESM
} from "./chunk-UWARJ5PC.js";

// lib/github/contents.js
var import_node_crypto = __toESM(require_node_crypto(), 1);
var WriteConflictError = class extends Error {
  attempts;
  name = "WriteConflictError";
  constructor(message, attempts) {
    super(message);
    this.attempts = attempts;
  }
};
var RAW_MEDIA_TYPE = "application/vnd.github.raw";
var PULL_REQUEST_BRANCH_PREFIX = "greenlight/flags-";
function gitBlobSha(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return (0, import_node_crypto.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function writeFileWithRetry(octokit, file, edit, options) {
  const target = checkFile(file);
  const settings = {
    octokit,
    clock: options.clock,
    random: options.random ?? Math.random,
    maxAttempts: Math.max(1, Math.floor(options.maxAttempts ?? 5)),
    logger: options.logger,
    deadline: options.deadline ?? Infinity
  };
  if (options.mode === "commit")
    return writeLoop(settings, target, edit);
  return writeThroughPullRequest(settings, target, edit);
}
function checkFile(file) {
  const path = file.path.replace(/^\/+/, "");
  if (file.owner.trim() === "" || file.repo.trim() === "")
    throw new ConfigurationError(`repository '${file.owner}/${file.repo}' is not owner/name`);
  if (path === "" || path.endsWith("/"))
    throw new ConfigurationError(`'${file.path}' is not a file path (expected e.g. flags/flags.json)`);
  return { ...file, path };
}
function where(file) {
  return `${file.path} on ${file.branch === void 0 ? "the default branch" : file.branch}`;
}
async function writeLoop(settings, file, edit, first) {
  const { logger, maxAttempts } = settings;
  let sentSha;
  let lastConflict = "";
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let snapshot;
    let change;
    if (attempt === 1 && first) {
      ({ snapshot, change } = first);
    } else {
      snapshot = await readFile(settings.octokit, file, file.branch);
      if (sentSha !== void 0 && snapshot.sha === sentSha) {
        logger.info(`${where(file)} already holds this change: an earlier write landed despite its error`);
        return { changed: true, attempts: attempt - 1 };
      }
      change = edit(snapshot.text);
    }
    if (change === void 0 || change.text === snapshot.text) {
      logger.info(`${where(file)}: no change to write`);
      return { changed: false, attempts: attempt };
    }
    sentSha = gitBlobSha(change.text);
    try {
      const { data } = await settings.octokit.rest.repos.createOrUpdateFileContents({
        owner: file.owner,
        repo: file.repo,
        path: file.path,
        message: change.message,
        content: Buffer.from(change.text, "utf8").toString("base64"),
        ...snapshot.sha !== void 0 ? { sha: snapshot.sha } : {},
        ...file.branch !== void 0 ? { branch: file.branch } : {}
      });
      const commitSha = data.commit.sha;
      logger.info(`${where(file)} written in commit ${commitSha?.slice(0, 7) ?? "(unknown)"}`);
      return {
        changed: true,
        ...commitSha ? { commitSha } : {},
        ...data.commit.html_url ? { commitUrl: data.commit.html_url } : {},
        attempts: attempt
      };
    } catch (error) {
      if (isConflict(error)) {
        lastConflict = error.message;
        if (attempt < maxAttempts)
          await backOff(settings, file, attempt, error.message);
        continue;
      }
      if (error instanceof GitHubError && error.ambiguous && await landed(settings, file, sentSha)) {
        logger.warning(`${error.message}; ${where(file)} holds the change all the same, so it counts as written`);
        return { changed: true, attempts: attempt };
      }
      throw error;
    }
  }
  throw new WriteConflictError(`Could not write ${where(file)}: all ${maxAttempts} attempts conflicted with other writes (last: ${lastConflict})`, maxAttempts);
}
function isConflict(error) {
  if (!(error instanceof GitHubError) || error.kind !== "status")
    return false;
  const said = error.message.replace(/^.*? answered \d{3}:?\s*/, "");
  if (error.status === 409)
    return !/rule violation|protected branch|through a pull request/i.test(said);
  if (error.status === 422)
    return /"?\bsha\b"? wasn't supplied|\bdoes not match\b/i.test(said);
  return false;
}
async function backOff(settings, file, attempt, reason) {
  const waitMs = Math.round((200 + settings.random() * 800) * attempt);
  if (settings.clock.now() + waitMs >= settings.deadline) {
    throw new WriteConflictError(`Could not write ${where(file)}: the deadline came after ${attempt} conflicting attempt${attempt === 1 ? "" : "s"} (last: ${reason})`, attempt);
  }
  settings.logger.info(`${where(file)} changed while being written (${reason}); reading it again and re-applying the edit in ${waitMs} ms (attempt ${attempt + 1} of ${settings.maxAttempts})`);
  await settings.clock.sleep(waitMs);
}
async function landed(settings, file, sha) {
  try {
    return (await readFile(settings.octokit, file, file.branch)).sha === sha;
  } catch {
    return false;
  }
}
async function readFile(octokit, file, ref) {
  const request = {
    owner: file.owner,
    repo: file.repo,
    path: file.path,
    ...ref !== void 0 ? { ref } : {}
  };
  let data;
  try {
    ({ data } = await octokit.rest.repos.getContent(request));
  } catch (error) {
    if (error instanceof GitHubError && error.status === 404 && !/no commit found/i.test(error.message)) {
      return { text: void 0, sha: void 0 };
    }
    throw error;
  }
  if (Array.isArray(data)) {
    throw new ConfigurationError(`${file.path} in ${file.owner}/${file.repo} is a directory, not a file`);
  }
  if (data.type !== "file") {
    throw new ConfigurationError(`${file.path} in ${file.owner}/${file.repo} is a ${data.type}, not a regular file`);
  }
  const content = "content" in data && typeof data.content === "string" ? data.content : void 0;
  const encoding = "encoding" in data ? data.encoding : void 0;
  if (content !== void 0 && encoding === "base64" && !(content === "" && data.size > 0)) {
    return { text: Buffer.from(content, "base64").toString("utf8"), sha: data.sha };
  }
  const raw = await octokit.rest.repos.getContent({ ...request, headers: { accept: RAW_MEDIA_TYPE } });
  const bytes = rawBytes(raw.data);
  return { text: Buffer.from(bytes).toString("utf8"), sha: gitBlobSha(bytes) };
}
function rawBytes(body) {
  if (typeof body === "string")
    return Buffer.from(body, "utf8");
  if (body instanceof ArrayBuffer)
    return new Uint8Array(body);
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new Error(`GitHub answered the raw media type with ${typeof body}, not the file's bytes`);
}
async function writeThroughPullRequest(settings, file, edit) {
  const { octokit, logger } = settings;
  const repository = { owner: file.owner, repo: file.repo };
  const base = file.branch ?? (await octokit.rest.repos.get(repository)).data.default_branch;
  const baseFile = { ...file, branch: base };
  const headSha = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${base}` })).data.object.sha;
  const snapshot = await readFile(octokit, baseFile, headSha);
  const change = edit(snapshot.text);
  if (change === void 0 || change.text === snapshot.text) {
    logger.info(`${where(baseFile)}: no change to propose`);
    return { changed: false, attempts: 1 };
  }
  const branch = branchName(settings);
  const ref = `refs/heads/${branch}`;
  await writeOnce({
    what: `create branch ${branch}`,
    send: async () => (await octokit.rest.git.createRef({ ...repository, ref, sha: headSha })).data,
    readBack: async () => {
      try {
        const found = (await octokit.rest.git.getRef({ ...repository, ref: `heads/${branch}` })).data;
        return found.object.sha === headSha ? found : void 0;
      } catch (error) {
        if (error instanceof GitHubError && error.status === 404)
          return void 0;
        throw error;
      }
    },
    attempts: 3,
    delayMs: 1e3,
    deadline: settings.deadline,
    clock: settings.clock,
    logger
  });
  logger.info(`Branch ${branch} created from ${base} at ${headSha.slice(0, 7)}`);
  const branchFile = { ...file, branch };
  let written;
  try {
    written = await writeLoop(settings, branchFile, edit, { snapshot, change });
  } catch (error) {
    await deleteBranch(settings, file, branch, headSha);
    throw error;
  }
  if (!written.changed) {
    await deleteBranch(settings, file, branch, headSha);
    return written;
  }
  const [title = change.message, ...rest] = change.message.split("\n");
  const body = [
    rest.join("\n").trim(),
    `Proposed by Greenlight: changes \`${file.path}\` on \`${base}\` (branched at ${headSha.slice(0, 7)}).`
  ].filter((part) => part !== "").join("\n\n");
  try {
    const pull = await writeOnce({
      what: `open a pull request from ${branch} into ${base}`,
      send: async () => {
        const { data } = await octokit.rest.pulls.create({ ...repository, title, head: branch, base, body });
        return { number: data.number, html_url: data.html_url };
      },
      readBack: async () => {
        const { data } = await octokit.rest.pulls.list({
          ...repository,
          head: `${file.owner}:${branch}`,
          base,
          state: "open",
          per_page: 1
        });
        return data[0] ? { number: data[0].number, html_url: data[0].html_url } : void 0;
      },
      attempts: 3,
      delayMs: 1e3,
      deadline: settings.deadline,
      clock: settings.clock,
      logger
    });
    logger.info(`Pull request #${pull.number} opened: ${pull.html_url}`);
    return { ...written, pullRequestUrl: pull.html_url };
  } catch (error) {
    logger.warning(`The change to ${file.path} is committed on branch ${branch}, but no pull request was opened; open one from it into ${base}`);
    throw error;
  }
}
function branchName(settings) {
  const time = settings.clock.now().toString(36).slice(-6);
  const noise = Math.floor(settings.random() * 36 ** 4).toString(36).padStart(4, "0");
  return `${PULL_REQUEST_BRANCH_PREFIX}${time}${noise}`;
}
async function deleteBranch(settings, file, branch, createdAt) {
  const ref = { owner: file.owner, repo: file.repo, ref: `heads/${branch}` };
  try {
    if ((await settings.octokit.rest.git.getRef(ref)).data.object.sha !== createdAt)
      return;
    await settings.octokit.rest.git.deleteRef(ref);
  } catch (error) {
    settings.logger.warning(`Could not delete branch ${branch}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// lib/flags/change.js
async function changeFlag(options) {
  const { file, request } = options;
  let last;
  let lastText;
  const edit = (current) => {
    lastText = current;
    last = applyFlagOperation(current, request, file.path);
    if (!last.changed || options.dryRun)
      return void 0;
    return {
      text: last.text,
      message: commitMessage(last, request, {
        environment: options.environment,
        ...options.workflowRunUrl ? { workflowRunUrl: options.workflowRunUrl } : {}
      })
    };
  };
  const written = await writeFileWithRetry(options.octokit, file, edit, {
    mode: options.mode,
    clock: options.clock,
    logger: options.logger
  });
  const change = last;
  if (!change)
    throw new Error("the flag file was never read");
  const text = change.changed ? change.text : lastText ?? "";
  return {
    changed: change.changed,
    before: change.before,
    after: change.after,
    description: change.description,
    share: text ? measureShare(text, request.flag) : 0,
    ...written.commitSha ? { commitSha: written.commitSha } : {},
    ...written.commitUrl ? { commitUrl: written.commitUrl } : {},
    ...written.pullRequestUrl ? { pullRequestUrl: written.pullRequestUrl } : {},
    attempts: written.attempts
  };
}

// lib/actions/flags.inputs.js
var flagsSpec = defineAction({
  name: "flags",
  inputs: {
    operation: input.choice(FLAG_OPERATIONS, {
      description: "create (new flag, off), enable, disable, rollout (percentage), advance (next canary stage), rollback-canary (previous stage), kill (serve the code default, keep everything), restore, override (org \u2192 variant), remove-override or archive.",
      required: true
    }),
    flag: input.string({
      description: "The flag key: a letter or digit, then letters, digits, _, . or -.",
      required: true
    }),
    percentage: input.number({
      description: "rollout: percent of targeting keys served on, 0\u2013100 (0 = disable, 100 = enable).",
      min: 0,
      max: 100
    }),
    org: input.string({
      description: "override / remove-override: the organisation id (the orgId evaluation-context attribute)."
    }),
    variant: input.choice(["on", "off"], {
      description: "override: what org is served.",
      default: "on"
    }),
    environment: input.string({
      description: "The environment whose flag file changes (flags/<environment>.flagd.json).",
      default: "production",
      pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
      expected: "an environment name (letters, digits, _, . or -)"
    }),
    reason: input.string({
      description: "Why: recorded in the flag metadata and the commit. Required for production and for kill."
    }),
    file: input.string({
      description: "The flagd file in the repository; default flags/<environment>.flagd.json."
    }),
    "bucket-by": input.choice(BUCKET_BY, {
      description: "create: the evaluation-context attribute a rollout buckets by: targetingKey, or orgId (a context without one gets the default variant).",
      default: "targetingKey"
    }),
    stages: input.string({
      description: "create: the canary stages in percent, ascending, ending at 100 (default 1,10,25,50,100)."
    }),
    mode: input.choice(["commit", "pull-request"], {
      description: "commit to the branch, or open a pull request (for branches the token may not push to).",
      default: "commit"
    }),
    branch: input.string({
      description: "The branch holding the flag file; default the repository's default branch."
    }),
    "github-token": input.string({
      description: "Token with contents: write (and pull-requests: write for mode pull-request), e.g. secrets.GITHUB_TOKEN.",
      required: true,
      secret: true
    }),
    "dry-run": input.boolean({
      description: "Read the file and show the change without writing it.",
      default: "false"
    }),
    force: input.boolean({
      description: "Change a flag whose targeting is not the managed shape (edited by hand), rewriting it.",
      default: "false"
    })
  },
  outputs: {
    changed: "'true' when the file changed (or would, with dry-run), else 'false'.",
    "commit-sha": "The commit that changed the file (mode commit).",
    "pull-request-url": "The pull request (mode pull-request).",
    before: "The flag before, as compact JSON (empty when it did not exist).",
    after: "The flag after, as compact JSON.",
    share: "Measured percent of 10,000 synthetic contexts served on, evaluated with @openfeature/flagd-core."
  }
});

// lib/actions/flags.js
async function run() {
  await runActionBody(flagsSpec, async (inputs, ctx) => {
    const env = ctx.env;
    const environment = inputs.environment;
    const reason = inputs.reason?.trim() || void 0;
    if (!reason && (environment === "production" || inputs.operation === "kill"))
      throw new ConfigurationError(`input 'reason': required for ${inputs.operation === "kill" ? "kill" : "the production environment"} (it is recorded in the flag and the commit)`);
    const stagesText = inputs.stages?.trim();
    const stages = stagesText ? parseStages(stagesText) : void 0;
    if (stagesText && !stages)
      throw new ConfigurationError(`input 'stages': expected ascending percentages ending at 100, e.g. 1,10,25,50,100, got '${stagesText}'`);
    const org = inputs.org?.trim() || void 0;
    const request = {
      operation: inputs.operation,
      flag: inputs.flag.trim(),
      ...inputs.percentage !== void 0 ? { percentage: inputs.percentage } : {},
      ...org ? { org } : {},
      variant: inputs.variant,
      ...reason ? { reason } : {},
      bucketBy: inputs["bucket-by"],
      ...stages ? { stages } : {},
      actor: env.GITHUB_ACTOR || "unknown",
      now: /* @__PURE__ */ new Date(),
      force: inputs.force
    };
    checkFlagRequest(request);
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner, repo] = repository.split("/");
    if (!owner || !repo)
      throw new ConfigurationError("GITHUB_REPOSITORY: expected owner/repo (the runner sets it)");
    const path = inputs.file?.trim() || `flags/${environment}.flagd.json`;
    const server = env.GITHUB_SERVER_URL || "https://github.com";
    const workflowRunUrl = env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
    const http = new HttpClient({ logger: ctx.logger, userAgent: "greenlight-flags" });
    const { createOctokit } = await import("./octokit-3NFLACXY.js");
    const octokit = createOctokit({
      token: inputs["github-token"],
      ...env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {},
      http,
      logger: ctx.logger
    });
    const branch = inputs.branch?.trim() || void 0;
    const result = await changeFlag({
      octokit,
      file: { owner, repo, path, ...branch ? { branch } : {} },
      request,
      environment,
      mode: inputs.mode,
      dryRun: inputs["dry-run"],
      ...workflowRunUrl ? { workflowRunUrl } : {},
      clock: systemClock,
      logger: ctx.logger
    });
    ctx.setOutput("changed", result.changed);
    ctx.setOutput("commit-sha", result.commitSha ?? "");
    ctx.setOutput("pull-request-url", result.pullRequestUrl ?? "");
    ctx.setOutput("before", result.before);
    ctx.setOutput("after", result.after);
    ctx.setOutput("share", result.share);
    const where2 = result.commitUrl ? `[${(result.commitSha ?? "").slice(0, 7)}](${result.commitUrl})` : result.pullRequestUrl ? `[pull request](${result.pullRequestUrl})` : inputs["dry-run"] ? "dry run: nothing written" : "no change: nothing written";
    ctx.summary([
      `### \u{1F6A9} ${result.changed ? "" : "No change: "}${result.description} (${environment})`,
      markdownTable(["", "flag"], [
        ["before", result.before ? codeSpan(result.before) : "(none)"],
        ["after", codeSpan(result.after)]
      ]),
      `Measured share served on: **${result.share}%** of 10,000 contexts (flagd-core). ${where2}.${result.attempts > 1 ? ` Written on attempt ${result.attempts}, after a concurrent change.` : ""}`
    ].join("\n\n"));
    ctx.logger.info(`${result.changed ? result.description : `${result.description}: no change`}; share ${result.share}%; ${where2}`);
  });
}
export {
  run
};
