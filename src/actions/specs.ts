/**
 * Every action's declared interface, by action name. Light imports only (input declarations), so tools
 * and tests can read them without loading the actions.
 */
import type { ActionSpec } from '../inputs/spec.js';
import { healthCheckSpec } from './health-check.inputs.js';
import { deploySpec } from './deploy.inputs.js';
import { flagsSpec } from './flags.inputs.js';
import { gateSpec } from './gate.inputs.js';
import { notifySpec } from './notify.inputs.js';
import { promoteSpec } from './promote.inputs.js';
import { releaseOutcomeSpec } from './release-outcome.inputs.js';
import { releaseSpec } from './release.inputs.js';
import { rollbackSpec } from './rollback.inputs.js';
import { smokeTestSpec } from './smoke-test.inputs.js';

export const SPECS: Record<string, ActionSpec> = {
  'smoke-test': smokeTestSpec,
  'health-check': healthCheckSpec,
  deploy: deploySpec,
  promote: promoteSpec,
  rollback: rollbackSpec,
  release: releaseSpec,
  'release-outcome': releaseOutcomeSpec,
  gate: gateSpec,
  flags: flagsSpec,
  notify: notifySpec,
};
