// Every barcode on a slip must scan: render the PDF to pixels as a printer would (pdf.js drawing
// on @napi-rs/canvas, pdfjs-dist's own canvas for Node) and read each code back with a barcode
// decoder (ZXing).
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from "@zxing/library";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderSlip } from "../../electron/core/packing-slips/render-slip";
import { findResourcesDir } from "../../electron/core/resources";

interface PageImage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

interface CanvasFactory {
  create(
    width: number,
    height: number,
  ): {
    canvas: unknown;
    context: {
      getImageData(
        x: number,
        y: number,
        w: number,
        h: number,
      ): {
        data: Uint8ClampedArray;
      };
    };
  };
}

/** Each page at 300 dpi, as a printer would put it on paper. */
async function printedPages(bytes: Uint8Array): Promise<PageImage[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const factory = (pdf as unknown as { canvasFactory: CanvasFactory })
    .canvasFactory;
  const pages: PageImage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 300 / 72 });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const { canvas, context } = factory.create(width, height);
    // The canvas is @napi-rs/canvas's, which pdf.js's types (written for the DOM) do not name.
    await page.render({
      canvas,
      canvasContext: context,
      viewport,
      background: "#ffffff",
    } as unknown as Parameters<typeof page.render>[0]).promise;
    pages.push({
      width,
      height,
      rgba: context.getImageData(0, 0, width, height).data,
    });
  }
  await pdf.destroy();
  return pages;
}

/** Decodes one code from a page, or from the part a scanner is pointed at (in PDF points). */
function decode(
  page: PageImage,
  format: BarcodeFormat,
  aim?: { x: number; y: number; width: number; height: number },
): string {
  const scale = page.width / 595.28;
  const [x0, y0, width, height] = aim
    ? [aim.x, aim.y, aim.width, aim.height].map((v) => Math.floor(v * scale))
    : [0, 0, page.width, page.height];
  const luminances = new Uint8ClampedArray((width ?? 0) * (height ?? 0));
  for (let y = 0; y < (height ?? 0); y++) {
    for (let x = 0; x < (width ?? 0); x++) {
      const i = (((y0 ?? 0) + y) * page.width + (x0 ?? 0) + x) * 4;
      luminances[y * (width ?? 0) + x] =
        ((page.rgba[i] ?? 0) * 299 +
          (page.rgba[i + 1] ?? 0) * 587 +
          (page.rgba[i + 2] ?? 0) * 114) /
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
    const pages = await printedPages(new Uint8Array(bytes));
    // A scanner is aimed at the order number's code in the page's top right corner.
    const aim = { x: 300, y: 20, width: 280, height: 90 };
    expect(decode(pages[0]!, BarcodeFormat.CODE_128, aim)).toBe("C-2026-04711");
    for (const k of [1, 2]) {
      expect(decode(pages[k]!, BarcodeFormat.CODE_128)).toBe(
        `C-2026-04711-${k}`,
      );
      expect(decode(pages[k]!, BarcodeFormat.QR_CODE)).toBe(
        `C-2026-04711-${k}`,
      );
    }
  });
});
