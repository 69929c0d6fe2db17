import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { OrderFile } from "../../shared/contract";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, testCore, valueOf } from "../fixtures/core";
import {
  refuseInsertsInto,
  storedBlobCount,
} from "../fixtures/database-probes";
import {
  base64,
  heicHeader,
  minimalPdf,
  png,
  sidewaysJpeg,
  webp,
} from "../fixtures/images";

let core: Core;
let fileStoreDir: string;
let dispatcher: string;
let orderId: number;

beforeEach(async () => {
  ({ core, fileStoreDir } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
  ({ orderId } = await assignedOrder(core, dispatcher));
});
afterEach(() => core.close());

const importFile = (
  bytes: Buffer,
  name = "photo.jpg",
  folder = "finished_product",
  session = dispatcher,
) =>
  core.call(
    "files.import",
    { orderId, folder, name, dataBase64: base64(bytes) },
    session,
  );

describe("files.import", () => {
  it("turns a photo upright, strips its metadata, and makes a thumbnail", async () => {
    const file = valueOf<OrderFile>(await importFile(await sidewaysJpeg()));
    expect(file).toMatchObject({
      orderId,
      folder: "finished_product",
      name: "photo.jpg",
      mime: "image/jpeg",
      width: 40,
      height: 60,
      reviewState: "pending",
      version: 1,
      uploadedBy: "Daan Janssen",
      hasThumb: true,
      decision: null,
    });
    const stored = await core.readFile(file.id, "original", dispatcher);
    if (!stored.ok) throw new Error(stored.error.message);
    const meta = await sharp(stored.value.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(stored.value.bytes.includes("TestCam")).toBe(false);
    const thumb = await core.readFile(file.id, "thumb", dispatcher);
    if (!thumb.ok) throw new Error(thumb.error.message);
    expect(thumb.value.mime).toBe("image/webp");
    expect((await sharp(thumb.value.bytes).metadata()).format).toBe("webp");
  });

  it("refuses an image too large to decode safely", async () => {
    // 9,000 × 9,000 pixels of one colour: a few kilobytes that would decode to 243 MB.
    const bomb = await sharp({
      create: { width: 9000, height: 9000, channels: 3, background: "#fff" },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(await importFile(bomb, "bomb.png")).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT" },
    });
  });

  it("takes PNG and WebP by their content, whatever their names say", async () => {
    const a = valueOf<OrderFile>(await importFile(await png(), "a.jpg"));
    const b = valueOf<OrderFile>(await importFile(await webp(), "b.png"));
    expect([a.mime, b.mime]).toEqual(["image/png", "image/webp"]);
  });

  it("takes a PDF drawing but not a PDF as a photo", async () => {
    const drawing = valueOf<OrderFile>(
      await importFile(minimalPdf(), "drawing.pdf", "production_drawing"),
    );
    expect(drawing).toMatchObject({ mime: "application/pdf", hasThumb: false });
    expect(await importFile(minimalPdf(), "photo.jpg")).toMatchObject({
      ok: false,
      error: {
        code: "BAD_INPUT",
        message: expect.stringContaining("its content is application/pdf"),
      },
    });
  });

  it("refuses HEIC, text dressed as a photo, empty, truncated and oversized files", async () => {
    const refusal = async (bytes: Buffer, name = "x.jpg") =>
      (
        (await importFile(bytes, name)) as {
          error: { code: string; message: string };
        }
      ).error;
    expect((await refusal(heicHeader(), "IMG_0001.HEIC")).message).toContain(
      "HEIC",
    );
    expect(
      (await refusal(Buffer.from("just some text, renamed"), "text.jpg"))
        .message,
    ).toContain("not a known file type");
    expect((await refusal(Buffer.alloc(0))).code).toBe("BAD_INPUT");
    const jpeg = await sidewaysJpeg();
    expect(
      (await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).message,
    ).toContain("damaged or incomplete");
    expect(
      (await refusal(minimalPdf().subarray(0, 60), "cut.pdf")).message,
    ).toContain("needed");
    const drawingCut = await importFile(
      minimalPdf().subarray(0, 100),
      "cut.pdf",
      "production_drawing",
    );
    expect(drawingCut).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("incomplete PDF") },
    });

    const admin = await signIn(core, "admin@cutr.example");
    const policy = valueOf<Record<string, unknown>>(
      await core.call("settings.policy", {}, admin),
    );
    valueOf(
      await core.call(
        "settings.updatePolicy",
        { policy: { ...policy, maxFileBytes: 1024 * 1024 } },
        admin,
      ),
    );
    const big = await refusal(
      await png(1400, 1400).then((b) =>
        Buffer.concat([b, Buffer.alloc(1024 * 1024)]),
      ),
    );
    expect(big).toMatchObject({
      code: "RULE",
      message: expect.stringContaining("1.0 MB"),
    });
  });

  it("refuses names with folders or control characters, unknown folders and cancelled orders", async () => {
    const bytes = await png();
    for (const name of [
      "../../etc/passwd",
      "a\\b.png",
      "bad\u0000.png",
      "..",
      " ",
    ])
      expect(await importFile(bytes, name)).toMatchObject({
        ok: false,
        error: { code: "BAD_INPUT" },
      });
    expect(await importFile(bytes, "x.png", "secret_folder")).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT" },
    });
    await core.services.db
      .updateTable("orders")
      .set({ status: "cancelled" })
      .where("id", "=", orderId)
      .execute();
    expect(await importFile(bytes)).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("cancelled") },
    });
  });

  it("spots a duplicate in the same folder and stores nothing for it", async () => {
    const bytes = await png();
    valueOf(await importFile(bytes, "first.png"));
    const blobs = await countBlobs();
    expect(await importFile(bytes, "again.png")).toMatchObject({
      ok: false,
      error: {
        code: "CONFLICT",
        message: expect.stringContaining('"first.png"'),
      },
    });
    expect(await countBlobs()).toBe(blobs);
    valueOf(await importFile(bytes, "packed.png", "packed_product"));
    const files = valueOf<OrderFile[]>(
      await core.call("files.list", { orderId }, dispatcher),
    );
    expect(files.map((f) => f.name).sort()).toEqual([
      "first.png",
      "packed.png",
    ]);
  });

  it("is for dispatchers, reviewers and admins, not account managers", async () => {
    const manager = await signIn(core, "accounts@cutr.example");
    expect(
      await importFile(await png(), "x.png", "finished_product", manager),
    ).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });

  it("leaves no blob behind when a refused import had already written one", async () => {
    const start = await countBlobs();
    valueOf(await importFile(await png(), "kept.png"));
    const before = await countBlobs();
    expect(before).toBe(start + 2); // the photo and its thumbnail
    // The insert fails after the blobs were written, as on a full disk.
    const bytes = await png(31, 21);
    const allowInserts = await refuseInsertsInto(core, "files");
    const result = await importFile(bytes, "lost.png");
    expect(result).toMatchObject({ ok: false, error: { code: "INTERNAL" } });
    expect(await countBlobs()).toBe(before);
    await allowInserts();
    valueOf(await importFile(bytes, "stored.png"));
    expect(await countBlobs()).toBe(before + 2);
  });
});

function countBlobs(): Promise<number> {
  return storedBlobCount(core, fileStoreDir);
}
