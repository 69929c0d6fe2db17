// An import template: every column of the kind, headed in the reader's language, with one example
// row written the way the importer reads it (dates day first, euros with the reader's decimal mark,
// capabilities and regions by their names).
import type { Kysely } from "kysely";
import type { ImportKind } from "../../../shared/contract";
import type { Language } from "../../../shared/i18n/languages";
import { catalogRecords } from "../catalog/catalog-tables";
import type { Database } from "../db/schema";
import type { ExportTable } from "../exports/export-lists";
import type { CellKind, TableValue } from "../exports/write-table";
import { choiceWord, yesNoWord } from "./choices";
import { columnHeading, importColumns } from "./columns";

type Example = [key: string, kind: CellKind, value: TableValue];

async function examples(
  db: Kysely<Database>,
  kind: ImportKind,
  language: Language,
): Promise<Example[]> {
  const [capabilities, regions] = await Promise.all([
    catalogRecords(db, "capability"),
    catalogRecords(db, "region"),
  ]);
  const name = (records: typeof regions, code: string) =>
    records.get(code)?.names[language] ?? code;
  const address: Example[] = [
    ["street", "text", "Keizersgracht 123"],
    ["postcode", "text", "1015 CJ"],
    ["city", "text", "Amsterdam"],
    ["country", "text", "Netherlands"],
  ];
  const yes = yesNoWord(true, language);
  const no = yesNoWord(false, language);
  switch (kind) {
    case "partners":
      return [
        ["reference", "text", "P-1001"],
        ["name", "text", "Houtwerk Voorbeeld B.V."],
        ["contactName", "text", "Jan Jansen"],
        ["email", "text", "orders@houtwerk.example"],
        ["phone", "text", "+31 20 123 4567"],
        ["language", "text", choiceWord("language", "nl", language)],
        ...address,
        [
          "regions",
          "text",
          `${name(regions, "NL-NH")}, ${name(regions, "NL-UT")}`,
        ],
        [
          "capabilities",
          "text",
          `${name(capabilities, "cnc_cutting")}, ${name(capabilities, "plywood")}`,
        ],
        ["capacity", "count", 6],
        [
          "communication",
          "text",
          choiceWord("communication", "customer_chat_allowed", language),
        ],
      ];
    case "customers":
      return [
        ["reference", "text", "C-5001"],
        ["name", "text", "Voorbeeld Interieurs"],
        ["email", "text", "inkoop@voorbeeld.example"],
        ["phone", "text", "+31 20 765 4321"],
        ["language", "text", choiceWord("language", "nl", language)],
        ...address,
        ["keyAccount", "text", no],
        ["directMessaging", "text", yes],
        ["contactName", "text", "Petra de Wit"],
        ["contactEmail", "text", "petra@voorbeeld.example"],
        ["contactPhone", "text", "+31 6 1234 5678"],
      ];
    case "orders":
      return [
        ["reference", "text", "WEB-10001"],
        ["customer", "text", "C-5001"],
        ["title", "text", "Oak wardrobe, three doors"],
        ...address,
        ["region", "text", name(regions, "NL-NH")],
        ["requestedDeliveryDate", "date", "2027-02-15"],
        ["value", "euros", 450000],
        ["agreedAmount", "euros", 310000],
        [
          "capabilities",
          "text",
          `${name(capabilities, "solid_oak")}, ${name(capabilities, "assembly")}`,
        ],
        ["productionDrawing", "text", yes],
        ["samplePicture", "text", no],
        ["installation", "text", no],
        ["directMessaging", "text", yes],
        ["packaging", "text", choiceWord("packaging", "box", language)],
        ["boxCount", "count", 3],
        ["notes", "text", ""],
        ["part", "text", "Side panel"],
        ["material", "text", "Solid oak 22 mm"],
        ["lengthMm", "count", 2200],
        ["widthMm", "count", 600],
        ["thicknessMm", "count", 22],
        ["quantity", "count", 2],
      ];
  }
}

export async function templateTable(
  db: Kysely<Database>,
  kind: ImportKind,
  language: Language,
  fileName: string,
): Promise<ExportTable> {
  const byKey = new Map(
    (await examples(db, kind, language)).map((e) => [e[0], e] as const),
  );
  const keys = importColumns[kind].map((c) => c.key);
  return {
    name: fileName,
    columns: keys.map((key) => ({
      heading: columnHeading(kind, key, language),
      kind: byKey.get(key)?.[1] ?? "text",
    })),
    rows: (async function* () {
      yield keys.map((key) => byKey.get(key)?.[2] ?? null);
    })(),
  };
}
