// slip_vs_pdfkit: the console's packing slip against a bare pdfkit document with the same pages,
// the same text (read back from the slip itself) and the same barcodes, drawn the same way, with
// none of the slip's layout: what pdfkit alone costs for that content.
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import {
  drawBarcode,
  parsedFont,
} from "../../electron/core/packing-slips/render-slip";

/** The text items of each page of a PDF, as pdf.js reads them. */
export async function pdfTextItems(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        "str" in item && item.str.trim() !== "" ? [item.str] : [],
      ),
    );
  }
  return pages;
}

export interface BareSlip {
  /** Each page's text, one item per line. */
  pages: string[][];
  /** The order number (the first page's barcode) and the box count (the last pages are labels). */
  number: string;
  boxes: number;
}

/** Writes `slip` with pdfkit and nothing else: each text item on its own line, then the barcodes. */
export async function renderBareSlip(
  slip: BareSlip,
  resourcesDir: string,
): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 40, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on("end", resolve));
  doc.registerFont("Sans", parsedFont(resourcesDir, "DejaVuSans.ttf"));
  const firstLabel = slip.pages.length - slip.boxes;
  slip.pages.forEach((items, index) => {
    // Every item on the page, one per line: smaller type where there are many.
    const step = Math.min(10, 760 / Math.max(1, items.length));
    doc
      .addPage()
      .font("Sans")
      .fontSize(step * 0.8);
    items.forEach((text, line) =>
      doc.text(text, 40, 40 + line * step, { lineBreak: false }),
    );
    if (index === 0)
      drawBarcode(doc, "code128", slip.number, {
        x: 335,
        y: 40,
        width: 220,
        height: 46,
      });
    if (index >= firstLabel) {
      const code = `${slip.number}-${index - firstLabel + 1}`;
      drawBarcode(doc, "code128", code, {
        x: 117,
        y: 370,
        width: 360,
        height: 90,
      });
      drawBarcode(doc, "qrcode", code, {
        x: 232,
        y: 510,
        width: 130,
        height: 130,
      });
    }
  });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
