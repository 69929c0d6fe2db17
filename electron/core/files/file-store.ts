// Content-addressed storage: a file's bytes live once on disk, named by their SHA-256; the
// database holds only metadata. Writes go to a temporary name first, so a crash never leaves a
// half-written file under a real name.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface StoredFile {
  sha256: string;
  size: number;
  /** False when the same bytes were already stored (by this or another row). */
  created: boolean;
}

export interface FileStore {
  put(bytes: Buffer): Promise<StoredFile>;
  read(sha256: string): Promise<Buffer>;
  /** Deletes a blob; only for one no row refers to (see release-blobs.ts). */
  remove(sha256: string): Promise<void>;
}

export function diskFileStore(root: string): FileStore {
  const pathOf = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256))
      throw new Error(`Not a SHA-256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  return {
    async put(bytes) {
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      const path = pathOf(sha256);
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(join(path, ".."), { recursive: true });
        const temporary = `${path}.${randomBytes(6).toString("hex")}.partial`;
        await writeFile(temporary, bytes, { flush: true });
        await rename(temporary, path);
      }
      return { sha256, size: bytes.length, created: !exists };
    },
    read: (sha256) => readFile(pathOf(sha256)),
    remove: (sha256) => rm(pathOf(sha256), { force: true }),
  };
}
