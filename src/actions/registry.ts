/**
 * The actions in the bundle, loaded lazily so each action's start-up pays only for its own code.
 * Each `action.yml` points at a stub (`dist/<name>.js`) that calls {@link runAction} with its name.
 */
export const ACTIONS = {
  'smoke-test': () => import('./smoke-test.js'),
  'health-check': () => import('./health-check.js'),
  deploy: () => import('./deploy.js'),
  promote: () => import('./promote.js'),
  rollback: () => import('./rollback.js'),
  release: () => import('./release.js'),
  'release-outcome': () => import('./release-outcome.js'),
  gate: () => import('./gate.js'),
  flags: () => import('./flags.js'),
  notify: () => import('./notify.js'),
} as const satisfies Record<string, () => Promise<{ run(): Promise<void> }>>;

export type ActionName = keyof typeof ACTIONS;

export function isActionName(name: string): name is ActionName {
  return Object.hasOwn(ACTIONS, name);
}

/** Runs one action as the runner does (inputs from `INPUT_*`, outputs to `GITHUB_OUTPUT`). */
export async function runAction(name: string): Promise<void> {
  if (!isActionName(name)) throw new Error(`unknown action '${name}'`);
  const action = await ACTIONS[name]();
  await action.run();
}
