/**
 * The content key: the same uploaded tree gives the same key anywhere, any change to what is
 * uploaded gives another, and what the Vercel client leaves out does not count.
 */
import { createHash } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKey, digestEntries, uploadedFiles } from '../../src/deploy/content-key.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { versionedSite, writeTree } from '../helpers/site.js';

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
    const listed = (await uploadedFiles(noise, false)).map((f) => f.slice(noise.length + 1)).sort();
    expect(listed).toEqual(['.vercelignore', 'index.html']);
    // The ignore file itself is uploaded, so it is part of the key; everything else it excludes is not.
    const withIgnoreFile = await writeTree({ ...site, '.vercelignore': 'drafts\n' });
    expect(await contentKey(noise, false)).toBe(await contentKey(withIgnoreFile, false));
    expect(await contentKey(noise, false)).not.toBe(key);
  });

  it('takes a symlink as its target text, not the file it points to', async () => {
    const dir = await writeTree({ 'a.html': 'A', 'b.html': 'B' });
    await symlink('a.html', join(dir, 'link.html'));
    const key = await contentKey(dir, false);
    const copy = await writeTree({ 'a.html': 'A', 'b.html': 'B' });
    await symlink('b.html', join(copy, 'link.html'));
    expect(await contentKey(copy, false)).not.toBe(key);
  });

  it('hashes small files read whole and large ones streamed to the same documented digest', async () => {
    // 2 MiB is read whole, one byte more is streamed (src/deploy/content-key.ts READ_WHOLE_MAX_BYTES).
    const small = 'a'.repeat(2 * 1024 * 1024);
    const large = 'b'.repeat(2 * 1024 * 1024 + 1);
    const dir = await writeTree({ 'small.bin': small, 'large.bin': large });
    expect(await contentKey(dir, false)).toBe(
      digestEntries(
        [
          { path: 'small.bin', size: small.length, sha1: sha1(small) },
          { path: 'large.bin', size: large.length, sha1: sha1(large) },
        ],
        false,
      ),
    );
  });

  it('counts an empty directory, which the client uploads as an entry', async () => {
    const dir = await writeTree({ 'index.html': 'x' });
    const key = await contentKey(dir, false);
    await mkdir(join(dir, 'empty'));
    expect(await contentKey(dir, false)).not.toBe(key);
  });

  it('refuses a path that does not exist, naming the input', async () => {
    const missing = join(await writeTree({}), 'nope');
    await expect(contentKey(missing, false)).rejects.toThrow(ConfigurationError);
    await expect(contentKey(missing, false)).rejects.toThrow(/^input 'path': cannot read .*nope: ENOENT/);
  });
});

describe('digestEntries', () => {
  it('is the documented sha256 over the sorted [path, size, sha1] lines', () => {
    const entries = [
      { path: 'b.txt', size: 1, sha1: sha1('b') },
      { path: 'a.txt', size: 1, sha1: sha1('a') },
    ];
    const expected = createHash('sha256')
      .update('greenlight-content-key/1\nprebuilt=false\n')
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
