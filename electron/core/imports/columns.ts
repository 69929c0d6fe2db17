// The columns of each kind of import, and how a file's headings are matched to them: by the
// heading as the template writes it in English or Dutch, or by the column's own name, ignoring case,
// accents, spaces and punctuation. Exports of partners and customers use the same columns, so a
// list taken out, edited and brought back is read as it was written.
import type { ImportKind } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { languages, type Language } from "../../../shared/i18n/languages";
import { wordKey } from "./cell-values";

export interface ColumnSpec {
  key: string;
  /** The file must have the column (an empty cell in it is a problem for a new record). */
  required: boolean;
}

const spec = (required: string[], optional: string[]): ColumnSpec[] => [
  ...required.map((key) => ({ key, required: true })),
  ...optional.map((key) => ({ key, required: false })),
];

export const importColumns = {
  partners: spec(
    [
      "name",
      "contactName",
      "email",
      "phone",
      "street",
      "postcode",
      "city",
      "country",
      "regions",
      "capabilities",
      "capacity",
    ],
    ["reference", "id", "language", "communication"],
  ),
  customers: spec(
    ["name", "email", "phone", "street", "postcode", "city", "country"],
    [
      "reference",
      "id",
      "language",
      "keyAccount",
      "directMessaging",
      "contactName",
      "contactEmail",
      "contactPhone",
    ],
  ),
  orders: spec(
    [
      "reference",
      "customer",
      "title",
      "street",
      "postcode",
      "city",
      "country",
      "region",
      "requestedDeliveryDate",
      "value",
      "agreedAmount",
      "capabilities",
      "part",
      "material",
      "lengthMm",
      "widthMm",
      "thicknessMm",
      "quantity",
    ],
    [
      "productionDrawing",
      "samplePicture",
      "installation",
      "directMessaging",
      "packaging",
      "boxCount",
      "notes",
    ],
  ),
} as const satisfies Record<ImportKind, readonly ColumnSpec[]>;

/** A column's heading in a language, as templates and exports write it. */
export function columnHeading(
  kind: ImportKind,
  key: string,
  language: Language,
): string {
  return translatorFor(language)(`imports:column.${kind}.${key}` as never);
}

export interface ColumnMap {
  /** Column key → its index in the file's rows. */
  index: Map<string, number>;
  /** The headings found, missing (required ones, in the reader's language) and not read. */
  found: string[];
  missing: string[];
  ignored: string[];
}

export function mapColumns(
  kind: ImportKind,
  header: readonly string[],
  language: Language,
): ColumnMap {
  const keyOfHeading = new Map<string, string>();
  for (const column of importColumns[kind]) {
    keyOfHeading.set(wordKey(column.key), column.key);
    for (const l of languages)
      keyOfHeading.set(wordKey(columnHeading(kind, column.key, l)), column.key);
  }
  const index = new Map<string, number>();
  const found: string[] = [];
  const ignored: string[] = [];
  header.forEach((heading, i) => {
    const key = keyOfHeading.get(wordKey(heading));
    if (key && !index.has(key)) {
      index.set(key, i);
      found.push(heading);
    } else if (heading.trim() !== "") ignored.push(heading);
  });
  const missing = importColumns[kind]
    .filter((c) => c.required && !index.has(c.key))
    .map((c) => columnHeading(kind, c.key, language));
  return { index, found, missing, ignored };
}
