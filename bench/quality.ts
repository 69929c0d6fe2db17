// The quality review figures: importing a 12-megapixel photo (content check, upright, metadata
// stripped, thumbnail) and reading the review queue over the scale database's files.
import sharp from "sharp";
import type { Core } from "../electron/core/start-core";
import type { ReviewQueue } from "../shared/contract";
import { findResourcesDir } from "../electron/core/resources";
import { join } from "node:path";
import {
  percentile,
  signInAs,
  timeEach,
  timeInTurn,
  type Metric,
} from "./measure";

/** The same work as an import's image part, through sharp alone: upright and re-encoded, and a thumbnail. */
export function sharpAlone(photo: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    sharp(photo).rotate().jpeg({ quality: 90 }).toBuffer(),
    sharp(photo)
      .rotate()
      .resize(480, 480, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer(),
  ]);
}

/** A camera-like 12 MP JPEG: a demo scene at full size with sensor noise, a different one per seed. */
export async function twelveMegapixelJpeg(seed: number): Promise<Buffer> {
  const scene = join(findResourcesDir(), "demo-photos", "finished-cabinet.jpg");
  const noise = await sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 6 + seed },
    },
  })
    .png()
    .toBuffer();
  return sharp(scene)
    .resize(4000, 3000)
    .composite([{ input: noise, blend: "overlay" }])
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 88 })
    .toBuffer();
}

export async function measureQuality(
  core: Core,
  metrics: Record<string, Metric>,
): Promise<void> {
  const reviewer = await signInAs(core, "quality@cutr.example");
  const fileCount = await core.services.db
    .selectFrom("files")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  metrics.files_in_database = { value: fileCount.n, unit: "files" };

  const first = await core.call("quality.queue", { filter: {} }, reviewer);
  if (!first.ok) throw new Error(first.error.message);
  const waiting = (first.value as ReviewQueue).items;
  const filters = [
    {},
    { folder: "finished_product" },
    { folder: "packed_product" },
    ...waiting.slice(0, 20).map((i) => ({ partnerId: i.partnerId })),
    ...waiting.slice(0, 20).map((i) => ({ orderId: i.orderId })),
  ];
  const inputs = Array.from(
    { length: 300 },
    (_, i) => filters[i % filters.length],
  );
  const samples = await timeEach(inputs, async (filter) => {
    const result = await core.call("quality.queue", { filter }, reviewer);
    if (!result.ok) throw new Error(result.error.message);
  });
  metrics.review_queue_p95_ms = {
    value: percentile(samples, 95),
    unit: "ms",
    target: "<= 20",
  };

  const dispatcher = await signInAs(core, "dispatcher@cutr.example");
  const orderId = waiting[0]?.orderId;
  if (orderId === undefined)
    throw new Error("The scale database has no files waiting for review.");
  const photos = await Promise.all([1, 2, 3, 4, 5].map(twelveMegapixelJpeg));
  // Each photo imported, then the same photo through sharp alone, as the import uses it (upright,
  // re-encoded, a thumbnail), in turn so the machine's noise falls on both: how close the import
  // runs to the image library beneath it.
  const [imports, bare] = await timeInTurn(
    photos,
    async (photo) => {
      const result = await core.call(
        "files.import",
        {
          orderId,
          folder: "finished_product",
          name: "IMG_4032.jpg",
          dataBase64: photo.toString("base64"),
        },
        dispatcher,
      );
      if (!result.ok) throw new Error(result.error.message);
    },
    sharpAlone,
  );
  metrics.photo_import_ms = {
    value: percentile(imports, 50),
    unit: "ms",
    target: "<= 400",
  };
  metrics.photo_import_vs_sharp = {
    value: percentile(imports, 50) / percentile(bare, 50),
    unit: "x",
    target: "<= 1.3",
  };
  metrics.photo_import_mb = {
    value: photos.reduce((n, p) => n + p.length, 0) / photos.length / 1e6,
    unit: "MB",
  };
}
