// The packing slip figures: one 20-box slip (and against bare pdfkit with the same content), and a
// batch of 200 slips through the console's worker pool.
import { performance } from "node:perf_hooks";
import { renderSlip } from "../electron/core/packing-slips/render-slip";
import type { SlipData } from "../electron/core/packing-slips/slip-data";
import { slipPool } from "../electron/core/packing-slips/slip-pool";
import { findResourcesDir } from "../electron/core/resources";
import { percentile, timeInTurn, type Metric } from "./measure";
import { pdfTextItems, renderBareSlip } from "./ratios/slip-bare";

/** A 20-box slip of thirty items, with the characters a Latin-1 font would lose. */
export const benchSlip: SlipData = {
  number: "C-2026-12345",
  orderVersion: 3,
  customer: "Hotel Ørsted & Müller",
  address: {
    street: "IJsselmeerdijk 12",
    postcode: "8251 PN",
    city: "Łódź",
    country: "Poland",
  },
  partner: {
    name: "Stolarnia Łódź Sp. z o.o.",
    city: "Łódź",
    country: "Poland",
  },
  deliveryDate: "2026-12-15",
  method: "delivery",
  packaging: "box",
  boxes: 20,
  notes: "Call ahead.",
  items: Array.from({ length: 30 }, (_, i) => ({
    part: `Cabinet door ${i + 1}`,
    material: "Oak veneer MDF 19 mm",
    dimensions: "2100 × 600 × 19",
    quantity: 2,
  })),
};

export const benchSlipContext = {
  language: "en" as const,
  generatedAt: "22 Nov 2026, 10:00",
  resourcesDir: findResourcesDir(),
};

/** The bare pdfkit document with the same pages, text and barcodes as the console's slip. */
export async function bareTwinOf(slipBytes: Uint8Array) {
  const pages = await pdfTextItems(slipBytes);
  const slip = { pages, number: benchSlip.number, boxes: benchSlip.boxes };
  return () => renderBareSlip(slip, benchSlipContext.resourcesDir);
}

export async function measurePackingSlips(
  metrics: Record<string, Metric>,
  workerFile: string,
): Promise<void> {
  const data = benchSlip;
  const context = benchSlipContext;
  const first = await renderSlip(data, context); // warm up fonts and barcode code
  const bare = await bareTwinOf(new Uint8Array(first.bytes));
  await bare();
  const [single, bareTimes] = await timeInTurn(
    Array.from({ length: 15 }),
    () => renderSlip(data, context),
    bare,
  );
  metrics.packing_slip_ms = {
    value: percentile(single, 50),
    unit: "ms",
    target: "<= 150",
  };
  metrics.slip_vs_pdfkit = {
    value: percentile(single, 50) / percentile(bareTimes, 50),
    unit: "x",
    target: "<= 1.5",
  };
  const batch = Array.from({ length: 200 }, (_, i) => ({
    ...data,
    number: `C-2026-${String(i).padStart(5, "0")}`,
    boxes: 1 + (i % 8),
    items: data.items.slice(0, 5),
  }));
  // As the console does it: the built worker pool, every slip of the batch handed over at once.
  const pool = slipPool(workerFile);
  await pool({ data, ...context }); // start the threads
  const started = performance.now();
  const rendered = await Promise.all(
    batch.map((slip) => pool({ data: slip, ...context })),
  );
  const pages = rendered.reduce((n, slip) => n + slip.pageCount, 0);
  await pool.close();
  metrics.packing_slip_pages_per_s = {
    value: pages / ((performance.now() - started) / 1000),
    unit: "pages/s",
    target: ">= 200",
  };
}
