/**
 * deploy entry: builds and uploads a deployment (staged for production by default), reusing a
 * ready deployment of the same content (a re-run, or another run of the same build), and records it
 * in GitHub when asked.
 *
 * Input shapes are checked while the inputs are read (deploySpec and its `refine`), before any
 * request: `path` is by then the real path of a directory inside the workspace (with
 * `.vercel/output/` when prebuilt), `alias` a hostname, `timeout` within (0, 24h]. The checks below
 * span inputs and also run before the provider is built.
 */
import { resolve } from 'node:path';
import { formatDuration } from '../format/duration.js';
import { markdownTable } from '../format/markdown.js';
import { ReleaseRecords } from '../github/release-records.js';
import { ConfigurationError } from '../runtime/errors.js';
import { runActionBody } from '../runtime/action-run.js';
import { systemClock } from '../runtime/clock.js';
import { deploySpec } from './deploy.inputs.js';
import { makeProvider } from './provider.js';
import { deployStep, runMeta } from '../deploy/step.js';

/**
 * Runs the deploy action in the runner's process (inputs from `INPUT_*`).
 * @throws nothing: a ConfigurationError (bad input) or ReportedFailure ends the step with one
 *   `::error::` line and exit code 1, via runActionBody.
 */
export async function run(): Promise<void> {
  await runActionBody(deploySpec, async (inputs, ctx) => {
    const environment = inputs.environment;
    const staged = inputs.staged ?? environment === 'production';
    if (staged && environment !== 'production') {
      throw new ConfigurationError(
        `input 'staged': only production deployments can be staged, got environment '${environment}'`,
      );
    }
    if (inputs.alias && inputs.provider === 'command') {
      throw new ConfigurationError(
        "input 'alias': not supported with provider 'command'; point domains in your deploy command",
      );
    }
    const { provider, http } = makeProvider(inputs, ctx.env, ctx.logger);
    const records = await ReleaseRecords.create(inputs['github-token'], ctx.env, {
      http,
      clock: systemClock,
      logger: ctx.logger,
    });
    const started = systemClock.now();
    const result = await deployStep(provider, {
      path: resolve(inputs.path),
      environment,
      staged,
      prebuilt: inputs.prebuilt,
      meta: runMeta(ctx.env, environment),
      deadline: started + inputs.timeout,
      alias: inputs.alias,
      logger: ctx.logger,
    });
    await records.deployed(result.deployment, environment, staged);
    const d = result.deployment;
    ctx.setOutput('deployment-id', d.id);
    ctx.setOutput('url', d.url);
    ctx.setOutput('previous-deployment-id', result.previous?.id ?? '');
    ctx.setOutput('environment', environment);
    ctx.setOutput('reused', result.reused);
    const how = result.reused
      ? 'reused (same content)'
      : `${result.uploadedFiles} file(s), ${result.uploadedBytes} bytes uploaded`;
    ctx.summary(
      `### ✅ Deployed to ${environment}${staged ? ' (staged: production not moved)' : ''}\n\n` +
        markdownTable(
          ['Deployment', 'URL', 'Previous production', 'Upload', 'Time'],
          [[d.id, d.url, result.previous?.id ?? '—', how, formatDuration(systemClock.now() - started)]],
        ),
    );
  });
}
