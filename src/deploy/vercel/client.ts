/**
 * `@vercel/client` (https://github.com/vercel/vercel/tree/main/packages/client), behind one local
 * module so that only a deploy loads it: the package is about 1.6 MB bundled, and promote, rollback
 * and the reuse lookup never need it. Import this module lazily (`await import('./client.js')`); a
 * dynamic import of the CommonJS package itself would expose only its `default` export once bundled.
 */
export { createDeployment } from '@vercel/client';
