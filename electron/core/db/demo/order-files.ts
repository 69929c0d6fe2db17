// The photos and drawings a demo order has collected so far: sent by the partner (no console user
// uploaded them) and reviewed by the quality reviewer. Orders past Ready have every approved file
// Ready needs; orders a few days from Ready have photos waiting in the review queue. The files draw
// on their own random stream, so adding them did not change the rest of the demo data.
import type { ReviewableFolder } from "../../../../shared/domain";
import {
  quickRejectionReasonLabels,
  quickRejectionReasons,
} from "../../../../shared/labels";
import type { DemoPhotos } from "./demo-photos";
import type { OrderWorld } from "./order-life";
import type { Random } from "./random";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

export interface FileWorld {
  photos: DemoPhotos;
  random: Random;
  nextFileId: number;
  nextReviewId: number;
}

export interface OrderForFiles {
  id: number;
  status: string;
  partnerSkill: number;
  assignedMs: number;
  readyMs: number;
  requiresDrawing: boolean;
  requiresSample: boolean;
}

function addFile(
  world: OrderWorld,
  files: FileWorld,
  orderId: number,
  folder: ReviewableFolder,
  uploadedMs: number,
  decision: { approved: boolean; atMs: number } | null,
): void {
  const photo = files.random.pick(files.photos[folder]);
  if (!photo) return;
  const id = ++files.nextFileId;
  const state = decision
    ? decision.approved
      ? "approved"
      : "rejected"
    : "pending";
  world.sink.insert("files", {
    id,
    order_id: orderId,
    folder,
    name: `${folder.replace("_", "-")}-${id}.jpg`,
    sha256: photo.sha256,
    source_sha256: null,
    thumb_sha256: photo.thumbSha256,
    size_bytes: photo.sizeBytes,
    mime: photo.mime,
    width: photo.width,
    height: photo.height,
    review_state: state,
    uploaded_at: iso(uploadedMs),
    uploaded_by: null,
    version: decision ? 2 : 1,
  });
  if (!decision) return;
  world.sink.insert("file_reviews", {
    id: ++files.nextReviewId,
    file_id: id,
    decision: decision.approved ? "approved" : "rejected",
    reason: decision.approved
      ? null
      : quickRejectionReasonLabels[files.random.pick(quickRejectionReasons)],
    reviewer_id: world.staff.quality,
    decided_at: iso(decision.atMs),
    undone_at: null,
  });
}

export function makeOrderFiles(
  world: OrderWorld,
  files: FileWorld,
  order: OrderForFiles,
): void {
  const { random } = files;
  const { nowMs } = world;
  const reviewedAfter = (ms: number) => ms + random.int(1, 20) * HOUR;
  // Drawings are sent soon after assignment and reviewed within the day.
  const drawingMs = order.assignedMs + random.int(2, 6) * DAY;
  if (order.requiresDrawing && drawingMs < nowMs)
    addFile(world, files, order.id, "production_drawing", drawingMs, {
      approved: true,
      atMs: Math.min(nowMs - HOUR, reviewedAfter(drawingMs)),
    });

  if (order.status === "assigned") {
    // A few days before Ready the partner sends photos; they wait in the queue.
    const daysToReady = (order.readyMs - nowMs) / DAY;
    if (daysToReady < 6)
      addFile(
        world,
        files,
        order.id,
        "finished_product",
        nowMs - random.next() * 3 * DAY,
        null,
      );
    if (daysToReady < 2)
      addFile(
        world,
        files,
        order.id,
        "packed_product",
        nowMs - random.next() * DAY,
        null,
      );
    if (order.requiresSample && daysToReady < 6)
      addFile(
        world,
        files,
        order.id,
        "sample_picture",
        nowMs - random.next() * 2 * DAY,
        null,
      );
    return;
  }
  if (order.status === "open" || order.status === "cancelled") return;
  // Past Ready: everything Ready needed was approved before it; weaker partners had rejections first.
  const before = (days: number) => order.readyMs - days * DAY;
  if (random.chance(Math.max(0, (5 - order.partnerSkill) * 0.15))) {
    const sent = before(6);
    addFile(world, files, order.id, "finished_product", sent, {
      approved: false,
      atMs: reviewedAfter(sent),
    });
  }
  const folders: ReviewableFolder[] = ["finished_product", "packed_product"];
  if (random.chance(0.3)) folders.push("finished_product");
  if (order.requiresSample) folders.push("sample_picture");
  for (const folder of folders) {
    const sent =
      before(folder === "packed_product" ? 1 : 3) + random.next() * DAY;
    addFile(world, files, order.id, folder, sent, {
      approved: true,
      atMs: Math.min(order.readyMs - HOUR, reviewedAfter(sent)),
    });
  }
}
