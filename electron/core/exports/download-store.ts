// Files the console made for one user to save (exports, import templates): written to a private
// temporary folder, named by an unguessable token, served to that user only and removed after an
// hour or when the console stops. They are never kept in the database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Download {
  path: string;
  name: string;
  mime: string;
  size: number;
}

interface Entry extends Download {
  userId: number;
  expiresAt: number;
}

const keptMs = 60 * 60 * 1000;

export class DownloadStore {
  private readonly folder = mkdtempSync(join(tmpdir(), "cutr-downloads-"));
  private readonly files = new Map<string, Entry>();

  /** A new file path in the store's folder, for a writer to fill before `add`. */
  pathFor(extension: string): string {
    return join(this.folder, `${randomBytes(16).toString("hex")}.${extension}`);
  }

  /** Offers the written file at `path` to the user; answers its token. */
  async add(
    path: string,
    name: string,
    mime: string,
    userId: number,
    now: number,
  ): Promise<string> {
    await this.sweep(now);
    const token = randomBytes(18).toString("base64url");
    const { size } = await stat(path);
    this.files.set(token, {
      path,
      name,
      mime,
      size,
      userId,
      expiresAt: now + keptMs,
    });
    return token;
  }

  get(token: string, userId: number, now: number): Download | null {
    const entry = this.files.get(token);
    if (!entry || entry.userId !== userId || entry.expiresAt < now) return null;
    return {
      path: entry.path,
      name: entry.name,
      mime: entry.mime,
      size: entry.size,
    };
  }

  /** Removes files past their hour. */
  private async sweep(now: number) {
    for (const [token, entry] of this.files)
      if (entry.expiresAt < now) {
        this.files.delete(token);
        await rm(entry.path, { force: true });
      }
  }

  close(): void {
    this.files.clear();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
