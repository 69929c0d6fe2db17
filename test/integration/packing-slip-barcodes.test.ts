// Every barcode on a slip must scan: render the PDF to pixels as a printer would (pdftoppm, from
// Debian's poppler-utils) and read each code back with a barcode decoder (ZXing).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from "@zxing/library";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderSlip } from "../../electron/core/packing-slips/render-slip";
import { findResourcesDir } from "../../electron/core/resources";

/** Decodes one code from a page image, or from the part a scanner is pointed at (in PDF points). */
function decode(
  pngFile: string,
  format: BarcodeFormat,
  aim?: { x: number; y: number; width: number; height: number },
): string {
  const png = PNG.sync.read(readFileSync(pngFile));
  const scale = png.width / 595.28;
  const [x0, y0, width, height] = aim
    ? [aim.x, aim.y, aim.width, aim.height].map((v) => Math.floor(v * scale))
    : [0, 0, png.width, png.height];
  const luminances = new Uint8ClampedArray((width ?? 0) * (height ?? 0));
  for (let y = 0; y < (height ?? 0); y++) {
    for (let x = 0; x < (width ?? 0); x++) {
      const i = (((y0 ?? 0) + y) * png.width + (x0 ?? 0) + x) * 4;
      luminances[y * (width ?? 0) + x] =
        ((png.data[i] ?? 0) * 299 +
          (png.data[i + 1] ?? 0) * 587 +
          (png.data[i + 2] ?? 0) * 114) /
        1000;
    }
  }
  return read(luminances, width ?? 0, height ?? 0, format);
}

function read(
  luminances: Uint8ClampedArray,
  width: number,
  height: number,
  format: BarcodeFormat,
): string {
  const reader = new MultiFormatReader();
  const hints = new Map<DecodeHintType, unknown>();
  hints.set(DecodeHintType.POSSIBLE_FORMATS, [format]);
  hints.set(DecodeHintType.TRY_HARDER, true);
  reader.setHints(hints);
  const bitmap = new BinaryBitmap(
    new HybridBinarizer(new RGBLuminanceSource(luminances, width, height)),
  );
  return reader.decode(bitmap).getText();
}

describe("packing slip barcodes", () => {
  it("scan back to the order number and to {order number}-{k} on every label, from a 300 dpi print", async () => {
    const { bytes, pageCount } = await renderSlip(
      {
        number: "C-2026-04711",
        orderVersion: 2,
        customer: "Ørsted & Müller",
        address: {
          street: "IJsselmeerdijk 12",
          postcode: "90-001",
          city: "Łódź",
          country: "Poland",
        },
        partner: null,
        deliveryDate: "2026-12-15",
        method: "delivery",
        packaging: "pallet",
        boxes: 2,
        notes: null,
        items: [
          {
            part: "Panel",
            material: "Plywood",
            dimensions: "1 × 2 × 3",
            quantity: 1,
          },
        ],
      },
      { language: "en", generatedAt: "now", resourcesDir: findResourcesDir() },
    );
    expect(pageCount).toBe(3);
    const folder = mkdtempSync(join(tmpdir(), "cutr-barcodes-"));
    try {
      writeFileSync(join(folder, "slip.pdf"), bytes);
      execFileSync("pdftoppm", [
        "-r",
        "300",
        "-gray",
        "-png",
        join(folder, "slip.pdf"),
        join(folder, "page"),
      ]);
      // A scanner is aimed at the order number's code in the page's top right corner.
      const aim = { x: 300, y: 20, width: 280, height: 90 };
      expect(
        decode(join(folder, "page-1.png"), BarcodeFormat.CODE_128, aim),
      ).toBe("C-2026-04711");
      for (const k of [1, 2]) {
        expect(
          decode(join(folder, `page-${k + 1}.png`), BarcodeFormat.CODE_128),
        ).toBe(`C-2026-04711-${k}`);
        expect(
          decode(join(folder, `page-${k + 1}.png`), BarcodeFormat.QR_CODE),
        ).toBe(`C-2026-04711-${k}`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
