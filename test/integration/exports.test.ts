// Exports of every list as the screen shows it, and back: an exported list read by a spreadsheet
// library, edited and imported again; text that a spreadsheet would run as a formula comes back
// as plain text; a workbook that unzips to gigabytes is refused before it is unpacked.
import { Readable } from "node:stream";
import yazl from "yazl";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  DownloadFile,
  ImportPreview,
  ImportResult,
  Saved,
} from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { newCustomer } from "../fixtures/new-records";
import {
  downloaded,
  importInput,
  sheetRows,
  workbook,
} from "../fixtures/spreadsheets";

let core: Core;
let accounts: string;

beforeEach(async () => {
  ({ core } = await testCore());
  accounts = await signIn(core, "accounts@cutr.example");
});
afterEach(() => core.close());

const exported = async (input: Record<string, unknown>, session = accounts) => {
  const file = valueOf<DownloadFile>(
    await core.call("exports.create", input, session),
  );
  return { file, bytes: await downloaded(core, session, file) };
};

describe("exporting lists", () => {
  it("writes the Orders list as filtered and sorted, with the screen's words, dates and euros", async () => {
    const { file, bytes } = await exported({
      list: "orders",
      format: "csv",
      filter: { status: ["approved"] },
      sort: { column: "value", direction: "desc" },
    });
    const lines = bytes
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(
      "Order,Status,Product,Customer,Key account,Partner,Region,Requested delivery,Placed,Value,Delivered,Approved",
    );
    const approved = await core.services.db
      .selectFrom("orders")
      .select(["number", "value_cents"])
      .where("status", "=", "approved")
      .orderBy("value_cents", "desc")
      .orderBy("id", "desc")
      .execute();
    expect(file.rows).toBe(approved.length);
    expect(lines[1]).toMatch(new RegExp(`^${approved[0]!.number},Approved,`));
    expect(lines[1]).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(lines[1]).toContain(
      `"€${(approved[0]!.value_cents / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })}"`,
    );
  });

  it("writes Dutch with semicolons, Dutch headings and decimal commas", async () => {
    await core.call("auth.setLanguage", { language: "nl" }, accounts);
    const { bytes } = await exported({
      list: "orders",
      format: "csv",
      filter: {},
      sort: { column: "number", direction: "asc" },
    });
    const [heading, first] = bytes
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(heading).toBe(
      "Order;Status;Product;Klant;Key account;Partner;Regio;Gevraagde levering;Geplaatst;Waarde;Geleverd;Goedgekeurd",
    );
    expect(first).toMatch(/€\s[\d.]+,\d\d/);
  });

  it("takes partners out to XLSX and back in: an edited capacity is the one change", async () => {
    const { bytes } = await exported({
      list: "partners",
      format: "xlsx",
      filter: {},
      sort: { column: "name", direction: "asc" },
    });
    const rows = await sheetRows(bytes);
    const heading = rows[0] as string[];
    const capacity = heading.indexOf("Capacity");
    expect(heading.slice(0, 3)).toEqual([
      "Reference",
      "Console number",
      "Name",
    ]);
    const edited = rows.map((row, i) =>
      i === 1 ? row.map((cell, j) => (j === capacity ? 42 : cell)) : row,
    );
    const input = importInput(
      "partners",
      "partners.xlsx",
      await workbook(edited),
    );
    const dry = valueOf<ImportPreview>(
      await core.call("imports.preview", input, accounts),
    );
    expect(dry.problems).toEqual([]);
    expect(dry).toMatchObject({
      create: 0,
      update: 1,
      unchanged: rows.length - 2,
    });
    expect(dry.columns.ignored).toEqual(
      expect.arrayContaining(["Tier", "Rating", "Paused"]),
    );
    valueOf<ImportResult>(await core.call("imports.apply", input, accounts));
    const changed = await core.services.db
      .selectFrom("partners")
      .select("capacity")
      .where("id", "=", Number(rows[1]![1]))
      .executeTakeFirstOrThrow();
    expect(changed.capacity).toBe(42);
  });

  it("keeps formulas in names and notes from running, and reads them back as the plain text", async () => {
    const payload = '=HYPERLINK("http://evil.example","Click")';
    const { id } = valueOf<Saved>(
      await core.call(
        "customers.create",
        newCustomer({
          name: payload,
          phone: "+31 20 555 0000",
          externalRef: "@SUM(A1)",
        }),
        accounts,
      ),
    );
    const csv = await exported({
      list: "customers",
      format: "csv",
      filter: { search: "evil" },
      sort: { column: "name", direction: "asc" },
    });
    const text = csv.bytes.toString("utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'+31 20 555 0000");
    const xlsx = await exported({
      list: "customers",
      format: "xlsx",
      filter: { search: "evil" },
      sort: { column: "name", direction: "asc" },
    });
    const [heading, row] = await sheetRows(xlsx.bytes);
    expect(row?.[(heading as string[]).indexOf("Name")]).toBe(payload);
    // Both come back unchanged: nothing to update.
    for (const [name, bytes] of [
      ["c.csv", csv.bytes],
      ["c.xlsx", xlsx.bytes],
    ] as const) {
      const dry = valueOf<ImportPreview>(
        await core.call(
          "imports.preview",
          importInput("customers", name, bytes),
          accounts,
        ),
      );
      expect(dry).toMatchObject({ problems: [], unchanged: 1, update: 0 });
    }
    expect(id).toBeGreaterThan(0);
  });
});

describe("a workbook that unzips to gigabytes", () => {
  it("is refused before it is unpacked, with a message saying so", async () => {
    const bomb = new yazl.ZipFile();
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    bomb.addReadStream(
      Readable.from(
        (function* () {
          for (let i = 0; i < 600; i++) yield chunk;
        })(),
      ),
      "xl/worksheets/sheet1.xml",
    );
    bomb.addBuffer(Buffer.from("<workbook/>"), "xl/workbook.xml");
    bomb.end();
    const parts: Buffer[] = [];
    for await (const part of bomb.outputStream) parts.push(part as Buffer);
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    const result = await core.call(
      "imports.preview",
      importInput("partners", "bomb.xlsx", bytes),
      accounts,
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: "BAD_INPUT",
        message: expect.stringContaining("unpacks to more than"),
      },
    });
  });
});
