// The demo data's photos: the pictures in resources/demo-photos, prepared exactly like an import
// (upright, without metadata, with a thumbnail) and put in the file store, so the rows the seeder
// writes point at real blobs.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReviewableFolder } from "../../../../shared/domain";
import type { FileStore } from "../../files/file-store";
import { prepareUpload } from "../../files/prepare-upload";

export interface DemoPhoto {
  name: string;
  sha256: string;
  sourceSha256: string;
  thumbSha256: string | null;
  sizeBytes: number;
  mime: string;
  width: number | null;
  height: number | null;
}

export type DemoPhotos = Record<ReviewableFolder, DemoPhoto[]>;

const folderOf = (file: string): ReviewableFolder | null =>
  file.startsWith("finished-")
    ? "finished_product"
    : file.startsWith("packed-")
      ? "packed_product"
      : file.startsWith("production-drawing")
        ? "production_drawing"
        : file.startsWith("sample-")
          ? "sample_picture"
          : null;

async function storeDemoPhoto(
  dir: string,
  file: string,
  folder: ReviewableFolder,
  store: FileStore,
): Promise<DemoPhoto> {
  const source = readFileSync(join(dir, file));
  const prepared = await prepareUpload(folder, file, source);
  const stored = await store.put(prepared.bytes);
  const thumb = prepared.thumb ? await store.put(prepared.thumb) : null;
  return {
    name: file,
    sha256: stored.sha256,
    sourceSha256: createHash("sha256").update(source).digest("hex"),
    thumbSha256: thumb?.sha256 ?? null,
    sizeBytes: stored.size,
    mime: prepared.mime,
    width: prepared.width,
    height: prepared.height,
  };
}

export async function storeDemoPhotos(
  resourcesDir: string,
  store: FileStore,
): Promise<DemoPhotos> {
  const photos: DemoPhotos = {
    finished_product: [],
    packed_product: [],
    production_drawing: [],
    sample_picture: [],
  };
  const dir = join(resourcesDir, "demo-photos");
  // All at once: sharp prepares them side by side on its threads.
  const stored = await Promise.all(
    readdirSync(dir)
      .sort()
      .map(async (file) => {
        const folder = folderOf(file);
        return folder
          ? { folder, photo: await storeDemoPhoto(dir, file, folder, store) }
          : null;
      }),
  );
  for (const entry of stored) if (entry) photos[entry.folder].push(entry.photo);
  return photos;
}
