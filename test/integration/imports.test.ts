// Imports of partners, customers and orders from CSV and XLSX: a dry run that names every problem
// by row and column and writes nothing, then all of it in one transaction, keyed by reference so a
// second import changes nothing. On SQLite and PostgreSQL alike.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type {
  ImportPreview,
  ImportResult,
  Page,
  PartnerRow,
} from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { writeCounter } from "../fixtures/database-probes";
import { signIn, testCore, valueOf } from "../fixtures/core";
import {
  importInput,
  utf16,
  utf8WithBom,
  windows1252,
  workbook,
} from "../fixtures/spreadsheets";

let core: Core;
let accounts: string;
let dispatcher: string;

beforeEach(async () => {
  ({ core } = await testCore());
  accounts = await signIn(core, "accounts@cutr.example");
  dispatcher = await signIn(core, "dispatcher@cutr.example");
});
afterEach(() => core.close());

const dutchPartners = [
  "Referentie;Naam;Contactpersoon;E-mail;Telefoon;Straat;Postcode;Plaats;Land;Regio's;Vaardigheden;Capaciteit",
  "P-1;Schreinerei Müller & Söhne;Jürgen Müller;info@mueller.example;+49 211 555;Königsallee 1;40212;Düsseldorf;Germany;Nordrhein-Westfalen;CNC-frezen, Multiplex;5",
  "P-2;Houtwerk Ëlst;Anneke de Boer;orders@elst.example;+31 481 555;Dorpsstraat 3;6661 AA;Elst;Netherlands;Gelderland;Montage;3",
].join("\r\n");

const preview = async (
  session: string,
  input: ReturnType<typeof importInput>,
) => valueOf<ImportPreview>(await core.call("imports.preview", input, session));
const apply = async (session: string, input: ReturnType<typeof importInput>) =>
  core.call("imports.apply", input, session);

describe("importing partners", () => {
  it("reads a Dutch Excel's CSV in Windows-1252 with semicolons, and applies it once", async () => {
    const input = importInput(
      "partners",
      "partners.csv",
      windows1252(dutchPartners),
    );
    const dry = await preview(accounts, input);
    expect(dry).toMatchObject({
      rows: 2,
      create: 2,
      update: 0,
      problems: [],
      columns: { missing: [] },
    });
    expect(valueOf<ImportResult>(await apply(accounts, input))).toMatchObject({
      created: 2,
      updated: 0,
    });
    const found = valueOf<Page<PartnerRow>>(
      await core.call(
        "partners.list",
        { filter: { search: "Müller & Söhne" } },
        accounts,
      ),
    );
    expect(found.rows.map((p) => [p.name, p.city, p.tier])).toEqual([
      ["Schreinerei Müller & Söhne", "Düsseldorf", "new"],
    ]);
    // The same file again changes nothing.
    expect(valueOf<ImportResult>(await apply(accounts, input))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it("reads UTF-16 and UTF-8 with a byte-order mark alike", async () => {
    for (const bytes of [utf16(dutchPartners), utf8WithBom(dutchPartners)]) {
      const dry = await preview(
        accounts,
        importInput("partners", "p.csv", bytes),
      );
      expect(dry).toMatchObject({ create: 2, problems: [] });
    }
  });

  it("updates only the partner a corrected file changes", async () => {
    const input = importInput("partners", "p.csv", utf8WithBom(dutchPartners));
    valueOf(await apply(accounts, input));
    const corrected = dutchPartners
      .replace(";3\r\n", ";3\r\n")
      .replace(/;3$/, ";7");
    const result = valueOf<ImportResult>(
      await apply(
        accounts,
        importInput("partners", "p2.csv", utf8WithBom(corrected)),
      ),
    );
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
  });

  it("names every problem by row and column, and writes nothing", async () => {
    const bad = [
      "Reference,Name,Contact person,Email,Phone,Street,Postcode,City,Country,Regions,Capabilities,Capacity",
      "P-9,Glas & Co,Ann,not-an-email,+31 20,Street 1,1000 AA,Amsterdam,Netherlands,Antwerp,Glass bending,many",
      "P-9,Glas & Co,Ann,ann@glas.example,+31 20,Street 1,1000 AA,Amsterdam,Netherlands,Noord-Holland,CNC cutting,2",
    ].join("\n");
    const writes = await writeCounter(core);
    const before = await writes();
    const input = importInput("partners", "bad.csv", Buffer.from(bad));
    const dry = await preview(accounts, input);
    const problems = dry.problems.map((p) => [p.row, p.column]);
    expect(problems).toEqual(
      expect.arrayContaining([
        [2, "Regions"],
        [2, "Capabilities"],
        [2, "Capacity"],
        [3, "Reference"],
      ]),
    );
    expect(
      dry.problems.find((p) => p.column === "Capabilities")?.message,
    ).toContain("Glass bending");
    const refused = await apply(accounts, input);
    expect(refused).toMatchObject({ ok: false, error: { code: "RULE" } });
    expect(await writes()).toBe(before);
  });

  it("says which column is missing, and refuses files that are no spreadsheet", async () => {
    const renamed = "Reference,Partner name,Email\nP-1,X,x@x.example\n";
    const dry = await preview(
      accounts,
      importInput("partners", "renamed.csv", Buffer.from(renamed)),
    );
    expect(dry.columns.missing).toEqual(
      expect.arrayContaining(["Name", "Contact person", "Capacity"]),
    );
    expect(dry.columns.ignored).toEqual(["Partner name"]);
    const noise = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    expect(
      await core.call(
        "imports.preview",
        importInput("partners", "x.csv", noise),
        accounts,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
  });

  it("is for those who may edit partners", async () => {
    expect(
      await core.call(
        "imports.preview",
        importInput("partners", "p.csv", Buffer.from(dutchPartners)),
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

describe("importing orders", () => {
  const customers = [
    "Reference,Name,Email,Phone,Street,Postcode,City,Country,Key account",
    "SHOP-C-1,Hotel Ørsted,inkoop@orsted.example,+31 20 1,Damrak 1,1012 LG,Amsterdam,Netherlands,no",
  ].join("\n");

  it("groups the item rows of one order, reads dates day first, serial numbers and decimal commas", async () => {
    valueOf(
      await apply(
        accounts,
        importInput("customers", "c.csv", Buffer.from(customers)),
      ),
    );
    const heading = [
      "Reference",
      "Customer",
      "Product",
      "Delivery street",
      "Delivery postcode",
      "Delivery city",
      "Delivery country",
      "Region",
      "Requested delivery",
      "Order value",
      "Agreed amount",
      "Capabilities",
      "Part",
      "Material",
      "Length (mm)",
      "Width (mm)",
      "Thickness (mm)",
      "Quantity",
    ];
    const address = ["Damrak 1", "1012 LG", "Amsterdam", "Netherlands"];
    const table = [
      "WEB-1",
      "SHOP-C-1",
      "Oak table",
      ...address,
      "Noord-Holland",
      "3-12-2026",
      "1.234,56",
      "900,00",
      "Solid oak, Assembly",
    ];
    const good = [
      [...table, "Table top", "Solid oak 30 mm", 2000, 900, 30, 1],
      [...table, "Leg", "Solid oak 60 mm", 720, 60, 60, 4],
      [
        "WEB-2",
        "Hotel Ørsted",
        "Plywood shelf",
        ...address,
        "NL-NH",
        46359,
        350,
        200.5,
        "plywood",
        "Shelf",
        "Birch plywood",
        1200,
        300,
        18,
        6,
      ],
    ];
    const bad = [
      "WEB-3",
      "Unknown B.V.",
      "Desk",
      ...address,
      "Noord-Holland",
      "31-11-2026",
      "12,345",
      "1",
      "CNC cutting",
      "Top",
      "MDF",
      1000,
      500,
      19,
      1,
    ];
    const dry = await preview(
      dispatcher,
      importInput(
        "orders",
        "shop.xlsx",
        await workbook([heading, ...good, bad]),
      ),
    );
    expect(dry.rows).toBe(4);
    expect(dry.problems.map((p) => [p.row, p.column])).toEqual([
      [5, "Customer"],
      [5, "Requested delivery"],
      [5, "Order value"],
    ]);

    const input = importInput(
      "orders",
      "shop.xlsx",
      await workbook([heading, ...good]),
    );
    expect(valueOf<ImportResult>(await apply(dispatcher, input))).toMatchObject(
      {
        created: 2,
      },
    );
    const imported = await core.services.db
      .selectFrom("orders")
      .select([
        "id",
        "external_ref",
        "status",
        "requested_delivery_date",
        "value_cents",
        "agreed_price_cents",
      ])
      .where("external_ref", "in", ["WEB-1", "WEB-2"])
      .orderBy("external_ref")
      .execute();
    expect(imported.map(({ id: _id, ...o }) => o)).toEqual([
      {
        external_ref: "WEB-1",
        status: "open",
        requested_delivery_date: "2026-12-03",
        value_cents: 123_456,
        agreed_price_cents: 90_000,
      },
      {
        external_ref: "WEB-2",
        status: "open",
        requested_delivery_date: "2026-12-03",
        value_cents: 35_000,
        agreed_price_cents: 20_050,
      },
    ]);
    const items = await core.services.db
      .selectFrom("order_items")
      .select(["part", "quantity"])
      .where("order_id", "=", imported[0]!.id)
      .orderBy("position")
      .execute();
    expect(items).toEqual([
      { part: "Table top", quantity: 1 },
      { part: "Leg", quantity: 4 },
    ]);
    expect(valueOf<ImportResult>(await apply(dispatcher, input))).toMatchObject(
      {
        created: 0,
        updated: 0,
        unchanged: 2,
      },
    );
  });
});

describe("what a file leaves out", () => {
  it("keeps an existing customer's key-account flag when its cell is empty", async () => {
    const file = (flag: string) =>
      importInput(
        "customers",
        "c.csv",
        Buffer.from(
          [
            "Reference,Name,Email,Phone,Street,Postcode,City,Country,Key account",
            `K-1,Kantoor Zuid,k@zuid.example,+31 20 1,Zuidas 1,1082 AA,Amsterdam,Netherlands,${flag}`,
          ].join("\n"),
        ),
      );
    valueOf(await apply(accounts, file("yes")));
    const dry = await preview(accounts, file(""));
    expect(dry).toMatchObject({ problems: [], unchanged: 1, update: 0 });
  });

  it("keeps an open order's flags, packaging and notes when a later file lacks those columns", async () => {
    valueOf(
      await apply(
        accounts,
        importInput(
          "customers",
          "c.csv",
          Buffer.from(
            "Reference,Name,Email,Phone,Street,Postcode,City,Country\nC-9,Café Ørsted,c@o.example,+31 20 2,Dam 1,1012 JS,Amsterdam,Netherlands\n",
          ),
        ),
      ),
    );
    const base =
      "Reference,Customer,Product,Delivery street,Delivery postcode,Delivery city,Delivery country,Region,Requested delivery,Order value,Agreed amount,Capabilities,Part,Material,Length (mm),Width (mm),Thickness (mm),Quantity";
    const row =
      "W-9,C-9,Bar,Dam 1,1012 JS,Amsterdam,Netherlands,Noord-Holland,1-3-2027,100,80,Plywood,Top,Birch,1000,500,18,1";
    valueOf(
      await apply(
        dispatcher,
        importInput(
          "orders",
          "full.csv",
          Buffer.from(
            `${base},Packaging,Boxes or pallets,Production drawings,Notes\n${row},Pallets,2,yes,Fragile\n`,
          ),
        ),
      ),
    );
    const dry = await preview(
      dispatcher,
      importInput("orders", "short.csv", Buffer.from(`${base}\n${row}\n`)),
    );
    expect(dry).toMatchObject({ problems: [], unchanged: 1, update: 0 });
  });

  it("finds a console number twice, or one that is no number, a problem of its row", async () => {
    const file = [
      "Console number,Name,Contact person,Email,Phone,Street,Postcode,City,Country,Regions,Capabilities,Capacity",
      "1,A,Ann,a@a.example,+31 1,S 1,1000 AA,Amsterdam,Netherlands,Utrecht,Plywood,2",
      "1,B,Bob,b@b.example,+31 2,S 2,1000 AB,Amsterdam,Netherlands,Utrecht,Plywood,2",
      "1a,C,Cas,c@c.example,+31 3,S 3,1000 AC,Amsterdam,Netherlands,Utrecht,Plywood,2",
    ].join("\n");
    const dry = await preview(
      accounts,
      importInput("partners", "p.csv", Buffer.from(file)),
    );
    expect(dry.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Console number"],
      [4, "Console number"],
    ]);
  });

  it("refuses a retired capability for a new order", async () => {
    const admin = await signIn(core, "admin@cutr.example");
    const { version } = await core.services.db
      .selectFrom("capabilities")
      .select("version")
      .where("code", "=", "hpl")
      .executeTakeFirstOrThrow();
    valueOf(
      await core.call(
        "catalog.retire",
        { list: "capability", code: "hpl", retired: true, version },
        admin,
      ),
    );
    const customer = await core.services.db
      .selectFrom("customers")
      .select("name")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const dry = await preview(
      dispatcher,
      importInput(
        "orders",
        "o.csv",
        Buffer.from(
          [
            "Reference;Customer;Product;Delivery street;Delivery postcode;Delivery city;Delivery country;Region;Requested delivery;Order value;Agreed amount;Capabilities;Part;Material;Length (mm);Width (mm);Thickness (mm);Quantity",
            `R-1;${customer.name};Desk;Dam 1;1012 JS;Amsterdam;Netherlands;Noord-Holland;1-3-2027;100;80;HPL;Top;HPL;1000;500;18;1`,
          ].join("\n"),
        ),
      ),
    );
    expect(dry.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "Capabilities", "HPL is retired and cannot be chosen again."],
    ]);
  });
});
