/**
 * The bundle's entry: `dist/index.js`. Action stubs (`dist/<action>.js`) call `runAction`; the
 * `greenlight` command (`dist/cli.js`) calls `cli`.
 */
export { runAction } from './actions/registry.js';
export { cli } from './cli.js';
