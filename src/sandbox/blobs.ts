/**
 * Content-addressed file storage: every uploaded file is kept once, named by the SHA-1 hex of its
 * bytes, under `<dir>/<sha>`. Writes go to a temp file first and are renamed into place only after
 * the digest was checked, so a blob that exists is always complete and correct.
 */
import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { writeFileAtomic } from './atomic-file.js';
import { randomId } from './ids.js';

const SHA1_HEX = /^[0-9a-f]{40}$/;

/** Why an upload was refused: a mismatch between the declared and the received digest or size. */
export class BlobMismatchError extends Error {
  constructor(
    readonly code: 'digest_mismatch' | 'size_mismatch',
    message: string,
  ) {
    super(message);
  }
}

export class BlobStore {
  private readonly known = new Set<string>();

  /** `dir` is created when missing; blobs already in it are known at once. */
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (SHA1_HEX.test(name)) this.known.add(name);
  }

  static isSha1(value: string): boolean {
    return SHA1_HEX.test(value);
  }

  has(sha: string): boolean {
    return this.known.has(sha);
  }

  /** The bytes of a stored blob; throws when it is missing. */
  read(sha: string): Buffer {
    return readFileSync(join(this.dir, sha));
  }

  /** Stores `data` under its own SHA-1 and returns that digest. */
  putBuffer(data: Buffer): string {
    const sha = createHash('sha1').update(data).digest('hex');
    if (!this.known.has(sha)) {
      writeFileAtomic(join(this.dir, sha), data);
      this.known.add(sha);
    }
    return sha;
  }

  /**
   * Streams `body` into the store, checking that its SHA-1 is `expectedSha` and, when given, its
   * length is `expectedSize` bytes. Throws {@link BlobMismatchError} (nothing is kept) otherwise.
   * Returns the number of bytes received.
   */
  async putStream(body: Readable, expectedSha: string, expectedSize?: number): Promise<number> {
    const temp = join(this.dir, `.tmp-${randomId(12)}`);
    const hash = createHash('sha1');
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      await pipeline(body, counter, createWriteStream(temp));
      const actual = hash.digest('hex');
      if (expectedSize !== undefined && size !== expectedSize) {
        throw new BlobMismatchError(
          'size_mismatch',
          `The body has ${size} bytes but the declared size is ${expectedSize}`,
        );
      }
      if (actual !== expectedSha) {
        throw new BlobMismatchError(
          'digest_mismatch',
          `The SHA-1 of the body is ${actual}, not the declared digest ${expectedSha}`,
        );
      }
      renameSync(temp, join(this.dir, expectedSha));
      this.known.add(expectedSha);
      return size;
    } finally {
      if (existsSync(temp)) rmSync(temp, { force: true });
    }
  }
}
