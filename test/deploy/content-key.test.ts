/**
 * The content key, computed from what `@vercel/client` hashed for the deploy: the same uploaded tree
 * gives the same key anywhere, any change to what is uploaded gives another, what the client leaves
 * out does not count, and hashing sends nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestEntries } from '../../src/deploy/content-key.js';
import { hashTree } from '../../src/deploy/vercel/deploy.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { type TestServer, startServer } from '../helpers/server.js';
import { versionedSite, writeTree } from '../helpers/site.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The client's API settings: an origin that refuses connections (port 9, discard) unless given. */
const client = (apiUrl = 'http://127.0.0.1:9') => ({
  auth: { token: 'test-token', apiUrl },
  teamId: undefined,
});

/** The content key of a deploy of `path`, hashed by the client, which is then dropped unsent. */
async function contentKey(path: string, prebuilt: boolean): Promise<string> {
  const tree = await hashTree(path, prebuilt, client());
  tree.discard();
  return tree.contentKey;
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

const PREBUILT = {
  '.vercel/output/config.json': '{"version":3}',
  '.vercel/output/static/index.html': '<p>prebuilt</p>',
};

describe('contentKey', () => {
  it('is the same for the same tree written to another directory, and 64 hex characters', async () => {
    const first = await contentKey(await versionedSite('1'), false);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentKey(await versionedSite('1'), false)).toBe(first);
  });

  it('changes when one byte of one file changes, or a file is renamed, added or removed', async () => {
    const base = { 'index.html': '<p>a</p>', 'about/index.html': '<p>about</p>' };
    const key = await contentKey(await writeTree(base), false);
    const variants: Record<string, string>[] = [
      { ...base, 'index.html': '<p>b</p>' },
      { 'index.html': '<p>a</p>', 'about/index.htm': '<p>about</p>' },
      { ...base, 'robots.txt': '' },
      { 'index.html': '<p>a</p>' },
    ];
    const keys = await Promise.all(variants.map(async (tree) => contentKey(await writeTree(tree), false)));
    for (const other of keys) expect(other).not.toBe(key);
    expect(new Set(keys).size).toBe(variants.length);
  });

  it('does not depend on the order files were written in (nor on directory order)', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}/index.html`, `${i}`]));
    const reversed = Object.fromEntries(Object.entries(files).reverse());
    expect(await contentKey(await writeTree(reversed), false)).toBe(
      await contentKey(await writeTree(files), false),
    );
  });

  it('depends on the prebuilt flag', async () => {
    const dir = await writeTree({ 'index.html': '<p>a</p>' });
    expect(await contentKey(dir, true)).not.toBe(await contentKey(dir, false));
  });

  it('prebuilt: covers .vercel/output and nothing else', async () => {
    const dir = await writeTree({ ...PREBUILT, 'src/app.ts': 'one' });
    const key = await contentKey(dir, true);
    await writeFile(join(dir, 'src/app.ts'), 'two'); // not uploaded: same key
    expect(await contentKey(dir, true)).toBe(key);
    await writeFile(join(dir, '.vercel/output/static/index.html'), '<p>prebuilt!</p>');
    expect(await contentKey(dir, true)).not.toBe(key);
  });

  it('leaves out what the Vercel client does not upload (.git, node_modules, .vercel, .vercelignore matches)', async () => {
    const site = { 'index.html': '<p>a</p>' };
    const key = await contentKey(await writeTree(site), false);
    const noise = await writeTree({
      ...site,
      '.git/HEAD': 'ref: refs/heads/main',
      'node_modules/x/index.js': 'x',
      '.vercel/project.json': '{}',
      '.DS_Store': 'x',
      'drafts/secret.html': 'x',
      '.vercelignore': 'drafts\n',
    });
    // The ignore file itself is uploaded, so it is part of the key; everything else it excludes is not.
    const withIgnoreFile = await writeTree({ ...site, '.vercelignore': 'drafts\n' });
    expect(await contentKey(noise, false)).toBe(await contentKey(withIgnoreFile, false));
    expect(await contentKey(noise, false)).toBe(
      digestEntries(
        [
          { path: 'index.html', size: 8, sha1: sha1('<p>a</p>') },
          { path: '.vercelignore', size: 7, sha1: sha1('drafts\n') },
        ],
        false,
      ),
    );
    expect(await contentKey(noise, false)).not.toBe(key);
  });

  it('takes a symlink as its target text, not the file it points to', async () => {
    const dir = await writeTree({ 'a.html': 'A', 'b.html': 'B' });
    await symlink('a.html', join(dir, 'link.html'));
    const key = await contentKey(dir, false);
    const copy = await writeTree({ 'a.html': 'A', 'b.html': 'B' });
    await symlink('b.html', join(copy, 'link.html'));
    expect(await contentKey(copy, false)).not.toBe(key);
    // A file holding the link's target text has the same sha1, but is not a link.
    const asFile = await writeTree({ 'a.html': 'A', 'b.html': 'B', 'link.html': 'a.html' });
    expect(await contentKey(asFile, false)).not.toBe(key);
  });

  it('is the documented digest of every uploaded name, a file stored under two names counted twice', async () => {
    const large = 'b'.repeat(3 * 1024 * 1024);
    const dir = await writeTree({ 'a.txt': 'same', 'copy/a.txt': 'same', 'large.bin': large });
    expect(await contentKey(dir, false)).toBe(
      digestEntries(
        [
          { path: 'a.txt', size: 4, sha1: sha1('same') },
          { path: 'copy/a.txt', size: 4, sha1: sha1('same') },
          { path: 'large.bin', size: large.length, sha1: sha1(large) },
        ],
        false,
      ),
    );
  });

  it('leaves out an empty directory: the client hashes none, and it serves nothing', async () => {
    const dir = await writeTree({ 'index.html': 'x' });
    const key = await contentKey(dir, false);
    await mkdir(join(dir, 'empty'));
    expect(await contentKey(dir, false)).toBe(key);
  });

  it('refuses a path that does not exist, naming the input', async () => {
    const missing = join(await writeTree({}), 'nope');
    await expect(contentKey(missing, false)).rejects.toThrow(ConfigurationError);
    await expect(contentKey(missing, false)).rejects.toThrow(/^input 'path': cannot read .*nope: ENOENT/);
  });

  it('refuses conflicting ignore files, naming the input', async () => {
    const dir = await writeTree({ 'index.html': 'x', '.vercelignore': 'a', '.nowignore': 'b' });
    await expect(contentKey(dir, false)).rejects.toThrow(/^input 'path': .*ignore/i);
  });
});

describe('hashTree', () => {
  it('sends nothing while it hashes, nor once the hashed tree is dropped', async () => {
    server = await startServer((_req, res) => {
      res.statusCode = 500;
      res.end();
    });
    const tree = await hashTree(await versionedSite('1'), false, client(server.origin));
    expect(tree.contentKey).toMatch(/^[0-9a-f]{64}$/);
    tree.discard();
    tree.discard(); // idempotent
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toEqual([]);
  });
});

describe('digestEntries', () => {
  it('is the documented sha256 over the sorted [path, size, sha1] lines', () => {
    const entries = [
      { path: 'b.txt', size: 1, sha1: sha1('b') },
      { path: 'a.txt', size: 1, sha1: sha1('a') },
    ];
    const expected = createHash('sha256')
      .update('greenlight-content-key/3\nprebuilt=false\n')
      .update(`${JSON.stringify(['a.txt', 1, sha1('a')])}\n${JSON.stringify(['b.txt', 1, sha1('b')])}\n`)
      .digest('hex');
    expect(digestEntries(entries, false)).toBe(expected);
    expect(digestEntries([...entries].reverse(), false)).toBe(expected);
  });

  it('tells sizes and names apart that a plain concatenation would confuse', () => {
    expect(digestEntries([{ path: 'a', size: 12, sha1: 'x' }], false)).not.toBe(
      digestEntries([{ path: 'a1', size: 2, sha1: 'x' }], false),
    );
  });
});
