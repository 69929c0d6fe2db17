// Real data in and out at scale: a 10,000-order CSV checked and imported, and the whole Orders list
// (200,000 orders) exported to XLSX, with the memory the export took. The imported orders are
// removed again, so a --reuse run measures the same database.
import { sql } from "kysely";
import { readFile } from "node:fs/promises";
import type { Core } from "../electron/core/start-core";
import type { DownloadFile, ImportResult } from "../shared/contract";
import { signInAs, type Metric } from "./measure";

const importedRows = 10_000;

async function ordersCsv(core: Core, prefix: string): Promise<Buffer> {
  // Customers whose name no other customer has: the file names them, as a shop's export would.
  const customers = await core.services.db
    .selectFrom("customers")
    .select("name")
    .groupBy("name")
    .having(sql`count(*)`, "=", 1)
    .limit(200)
    .execute();
  const lines = [
    "Reference;Customer;Product;Delivery street;Delivery postcode;Delivery city;Delivery country;Region;Requested delivery;Order value;Agreed amount;Capabilities;Part;Material;Length (mm);Width (mm);Thickness (mm);Quantity",
  ];
  for (let i = 0; i < importedRows; i++) {
    const customer = customers[i % customers.length]!.name.replaceAll(";", " ");
    lines.push(
      `${prefix}${i};${customer};Plywood cabinet ${i};Damrak ${1 + (i % 200)};1012 LG;Amsterdam;Netherlands;Noord-Holland;${1 + (i % 28)}-3-2027;1.${String(i % 1000).padStart(3, "0")},50;800,00;CNC cutting, Plywood;Side panel;Birch plywood 18 mm;${600 + (i % 900)};400;18;${1 + (i % 4)}`,
    );
  }
  return Buffer.from(lines.join("\r\n"), "utf8");
}

/**
 * The orders an import added, gone again with everything that hangs off them. Nothing else refers
 * to new orders, so the foreign-key checks (a scan of every table that refers to orders, for each
 * order deleted) are left out: off on SQLite, skipped as a replica does on the bench's PostgreSQL.
 */
export async function removeImported(core: Core, prefix: string) {
  const db = core.services.db;
  const local = core.handle.dialect === "sqlite" ? core.handle.sqlite : null;
  local?.pragma("foreign_keys = OFF");
  try {
    await db.transaction().execute(async (trx) => {
      if (!local)
        await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      const ids = trx
        .selectFrom("orders")
        .select("id")
        .where("external_ref", ">=", prefix)
        .where("external_ref", "<", `${prefix}\uffff`);
      await trx
        .deleteFrom("order_items")
        .where("order_id", "in", ids)
        .execute();
      await trx
        .deleteFrom("order_capabilities")
        .where("order_id", "in", ids)
        .execute();
      await trx.deleteFrom("audit_log").where("order_id", "in", ids).execute();
      await trx.deleteFrom("orders").where("id", "in", ids).execute();
    });
  } finally {
    local?.pragma("foreign_keys = ON");
  }
}

export async function measureDataFiles(
  core: Core,
  metrics: Record<string, Metric>,
): Promise<void> {
  const session = await signInAs(core, "dispatcher@cutr.example");
  const prefix = `BENCH-${Date.now()}-`;
  const input = {
    kind: "orders" as const,
    fileName: "bench-orders.csv",
    dataBase64: (await ordersCsv(core, prefix)).toString("base64"),
  };
  const started = performance.now();
  const preview = await core.call("imports.preview", input, session);
  const applied = await core.call("imports.apply", input, session);
  const seconds = (performance.now() - started) / 1000;
  if (!preview.ok || !applied.ok)
    throw new Error(
      `bench import failed: ${JSON.stringify(preview.ok ? applied : preview).slice(0, 500)}`,
    );
  if ((applied.value as ImportResult).created !== importedRows)
    throw new Error("bench import did not create every order");
  metrics.import_orders_10k_s = {
    value: seconds,
    unit: "s",
    target: "<= 5",
  };
  await removeImported(core, prefix);

  global.gc?.();
  // Two views of memory: the process's resident size (which keeps pages an earlier phase freed, so
  // it may understate), and what JavaScript holds (heap and buffers, collected first).
  const js = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  const rssBefore = process.memoryUsage.rss();
  const jsBefore = js();
  let peak = rssBefore;
  let jsPeak = jsBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
    jsPeak = Math.max(jsPeak, js());
  }, 50);
  const exportStarted = performance.now();
  const result = await core.call(
    "exports.create",
    {
      list: "orders",
      format: "xlsx",
      filter: {},
      sort: { column: "createdAt", direction: "desc" },
    },
    session,
  );
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  clearInterval(sampler);
  if (!result.ok)
    throw new Error(`bench export failed: ${result.error.message}`);
  const file = result.value as DownloadFile;
  const download = await core.readDownload(file.fileId, session);
  if (!download.ok || (await readFile(download.value.path)).length === 0)
    throw new Error("bench export wrote nothing");
  metrics.export_orders_200k_s = {
    value: exportSeconds,
    unit: "s",
    target: "<= 15",
  };
  metrics.export_orders_200k_rss_growth_mb = {
    value: (peak - rssBefore) / 1024 / 1024,
    unit: "MB",
    target: "<= 150",
  };
  metrics.export_orders_200k_js_growth_mb = {
    value: (jsPeak - jsBefore) / 1024 / 1024,
    unit: "MB",
    target: "<= 150",
  };
  metrics.export_orders_200k_rows = { value: file.rows, unit: "rows" };
}
