// The packing slip PDF (DOMAIN.md, Packing slip): the packing list, then one label page per box
// or pallet with "Box k of N" in large type and a Code 128 of `{order number}-{k}`, in the slip's
// language. An embedded DejaVu Sans keeps every character of names and addresses (Łódź, Ørsted,
// Müller, IJsselmeer).
import bwipjs from "bwip-js/node";
import PDFDocument from "pdfkit";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { create, type Font } from "fontkit";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import type { Language } from "../../../shared/i18n/languages";
import { formatsFor } from "../i18n/formats";
import type { SlipData } from "./slip-data";

const margin = 40;

/**
 * Draws a barcode as vectors: bwip-js lays it out as SVG paths (stroked bars for Code 128, filled
 * modules for QR) and pdfkit replays them, scaled to the box. Vectors print sharp at any size and
 * cost a fraction of a PNG per label.
 */
export function drawBarcode(
  doc: PDFKit.PDFDocument,
  bcid: "code128" | "qrcode",
  text: string,
  box: { x: number; y: number; width: number; height: number },
) {
  const svg = bwipjs.toSVG({
    bcid,
    text,
    ...(bcid === "code128" ? { height: 14 } : {}),
  });
  const [, , viewWidth = 1, viewHeight = 1] = (
    /viewBox="([\d.\s]+)"/.exec(svg)?.[1] ?? "0 0 1 1"
  )
    .split(/\s+/)
    .map(Number);
  doc.save();
  doc
    .translate(box.x, box.y)
    .scale(box.width / viewWidth, box.height / viewHeight);
  for (const [, attributes = ""] of svg.matchAll(/<path([^>]*)\/>/g)) {
    const d = /\sd="([^"]+)"/.exec(attributes)?.[1];
    if (!d) continue;
    const strokeWidth = /stroke-width="([\d.]+)"/.exec(attributes)?.[1];
    if (strokeWidth)
      doc.path(d).lineWidth(Number(strokeWidth)).strokeColor("#000").stroke();
    else doc.path(d).fillColor("#000").fill("even-odd");
  }
  doc.restore();
}

export interface RenderedSlip {
  bytes: Buffer;
  pageCount: number;
}

const fonts = new Map<string, Font>();

export function parsedFont(
  resourcesDir: string,
  file: string,
): PDFKit.Mixins.PDFFontSource {
  const path = join(resourcesDir, "fonts", file);
  let font = fonts.get(path);
  if (!font) {
    font = create(readFileSync(path)) as Font;
    fonts.set(path, font);
  }
  // pdfkit 0.20 accepts any object with layout(); its type definitions do not know it yet.
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}

export async function renderSlip(
  data: SlipData,
  context: { language: Language; generatedAt: string; resourcesDir: string },
): Promise<RenderedSlip> {
  const t = translatorFor(context.language);
  const doc = new PDFDocument({
    size: "A4",
    margin,
    autoFirstPage: false,
    info: { Title: t("slip:title", { number: data.number }), Author: "Cutr" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on("end", resolve));
  // pdfkit takes a parsed font too: parsing DejaVu once per thread, not once per document, and
  // keeping its glyph caches warm, is a third of the time of a slip.
  doc.registerFont("Sans", parsedFont(context.resourcesDir, "DejaVuSans.ttf"));
  doc.registerFont(
    "Sans-Bold",
    parsedFont(context.resourcesDir, "DejaVuSans-Bold.ttf"),
  );

  const unit = data.packaging === "pallet" ? "pallet" : "box";
  const width = 595.28 - margin * 2;
  const footer = t("slip:footer", {
    generatedAt: context.generatedAt,
    version: data.orderVersion,
  });
  let pages = 0;
  const newPage = () => {
    doc.addPage();
    pages++;
    // The footer sits in the bottom margin: lift the margin while writing it, or pdfkit starts a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Sans")
      .fontSize(7)
      .fillColor("#666")
      .text(footer, margin, 842 - margin + 10, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
    doc.fillColor("#000");
    doc.x = margin;
    doc.y = margin;
  };

  // Page 1: the packing list, inside every box or pallet.
  newPage();
  doc
    .font("Sans-Bold")
    .fontSize(20)
    .text(t("slip:packingList"), margin, margin);
  doc
    .font("Sans")
    .fontSize(10)
    .text(t("slip:tagline"), margin, margin + 26);
  drawBarcode(doc, "code128", data.number, {
    x: margin + width - 220,
    y: margin,
    width: 220,
    height: 46,
  });
  doc
    .font("Sans-Bold")
    .fontSize(12)
    .text(data.number, margin + width - 220, margin + 50, {
      width: 220,
      align: "center",
    });

  const top = margin + 80;
  const column = (x: number, title: string, lines: string[]) => {
    doc
      .font("Sans-Bold")
      .fontSize(9)
      .fillColor("#555")
      .text(title.toUpperCase(), x, top, { width: width / 2 - 10 });
    doc.fillColor("#000").font("Sans").fontSize(11);
    for (const line of lines)
      doc.text(line, { width: width / 2 - 10, ellipsis: true, height: 30 });
  };
  column(margin, t("slip:deliverTo"), [
    data.customer,
    data.address.street,
    `${data.address.postcode} ${data.address.city}`,
    data.address.country,
  ]);
  column(
    margin + width / 2,
    t("slip:sender"),
    data.partner
      ? [data.partner.name, `${data.partner.city}, ${data.partner.country}`]
      : [t("slip:notAssigned")],
  );
  doc.x = margin;
  doc.y = top + 80;
  doc
    .font("Sans")
    .fontSize(10)
    .text(
      t("slip:summary", {
        date: data.deliveryDate
          ? formatsFor(context.language).date(data.deliveryDate)
          : t("slip:notSet"),
        method: data.method
          ? t(`slip:method.${data.method}`)
          : t("slip:notSet"),
        units: t(`slip:units.${unit}`, { count: data.boxes }),
      }),
      { width },
    );

  // The items table: long names wrap inside their column; the table continues on a new page if needed.
  const columns = [
    { title: t("slip:column.part"), width: width * 0.36 },
    { title: t("slip:column.material"), width: width * 0.32 },
    { title: t("slip:column.dimensions"), width: width * 0.22 },
    {
      title: t("slip:column.quantity"),
      width: width * 0.1,
      align: "right" as const,
    },
  ];
  const header = () => {
    doc.font("Sans-Bold").fontSize(9);
    let x = margin;
    const y = doc.y + 8;
    for (const c of columns) {
      doc.text(c.title, x + 2, y, {
        width: c.width - 4,
        align: c.align ?? "left",
      });
      x += c.width;
    }
    doc
      .moveTo(margin, y + 13)
      .lineTo(margin + width, y + 13)
      .lineWidth(0.7)
      .stroke();
    doc.y = y + 17;
  };
  header();
  const bottom = 842 - margin - 150; // room for notes and the signature block on the last list page
  doc.font("Sans").fontSize(9);
  for (const item of data.items) {
    const cells = [
      item.part,
      item.material,
      item.dimensions,
      String(item.quantity),
    ];
    const height =
      Math.max(
        ...cells.map((text, i) =>
          doc.heightOfString(text, { width: (columns[i]?.width ?? 50) - 4 }),
        ),
      ) + 4;
    if (doc.y + height > bottom) {
      newPage();
      doc
        .font("Sans-Bold")
        .fontSize(11)
        .text(t("slip:continued", { number: data.number }), margin, margin);
      header();
      doc.font("Sans").fontSize(9);
    }
    let x = margin;
    const y = doc.y;
    cells.forEach((text, i) => {
      const c = columns[i] as (typeof columns)[number];
      doc.text(text, x + 2, y + 2, {
        width: c.width - 4,
        align: c.align ?? "left",
      });
      x += c.width;
    });
    doc
      .moveTo(margin, y + height)
      .lineTo(margin + width, y + height)
      .lineWidth(0.3)
      .strokeColor("#ccc")
      .stroke()
      .strokeColor("#000");
    doc.y = y + height;
  }
  doc.x = margin;
  if (data.notes) {
    doc
      .moveDown(0.8)
      .font("Sans-Bold")
      .fontSize(9)
      .text(t("slip:notes"), { width });
    doc
      .font("Sans")
      .fontSize(9)
      .text(data.notes, { width, height: 40, ellipsis: true });
  }
  const signatureTop = 842 - margin - 90;
  doc
    .font("Sans-Bold")
    .fontSize(9)
    .text(t("slip:received"), margin, signatureTop, { width });
  [
    t("slip:signature.name"),
    t("slip:signature.date"),
    t("slip:signature.signature"),
  ].forEach((label, i) => {
    const x = margin + (width / 3) * i;
    doc
      .moveTo(x, signatureTop + 50)
      .lineTo(x + width / 3 - 15, signatureTop + 50)
      .lineWidth(0.7)
      .stroke();
    doc
      .font("Sans")
      .fontSize(8)
      .text(label, x, signatureTop + 54, { width: width / 3 - 15 });
  });

  // One label page per box or pallet, fixed to it.
  for (let k = 1; k <= data.boxes; k++) {
    newPage();
    const code = `${data.number}-${k}`;
    const label = t(`slip:label.${unit}`, { k, total: data.boxes });
    // 64 pt, or smaller where the label would wrap onto the order number ("Pallet 40 of 40").
    doc.font("Sans-Bold").fontSize(64);
    doc
      .fontSize(
        Math.min(64, Math.floor((64 * width) / doc.widthOfString(label))),
      )
      .text(label, margin, margin + 40, { width, align: "center" });
    doc
      .font("Sans-Bold")
      .fontSize(28)
      .text(data.number, margin, margin + 140, { width, align: "center" });
    doc.font("Sans").fontSize(16);
    doc.text(data.customer, margin, margin + 200, {
      width,
      align: "center",
      ellipsis: true,
      height: 22,
    });
    doc.text(data.address.street, {
      width,
      align: "center",
      ellipsis: true,
      height: 22,
    });
    doc.text(
      `${data.address.postcode} ${data.address.city}, ${data.address.country}`,
      { width, align: "center", ellipsis: true, height: 22 },
    );
    drawBarcode(doc, "code128", code, {
      x: margin + (width - 360) / 2,
      y: margin + 330,
      width: 360,
      height: 90,
    });
    doc
      .font("Sans")
      .fontSize(14)
      .text(code, margin, margin + 425, { width, align: "center" });
    drawBarcode(doc, "qrcode", code, {
      x: margin + (width - 130) / 2,
      y: margin + 470,
      width: 130,
      height: 130,
    });
  }
  doc.end();
  await finished;
  return { bytes: Buffer.concat(chunks), pageCount: pages };
}
