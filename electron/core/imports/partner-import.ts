// Partners from a spreadsheet: each row a partner, matched to one the console has by its reference
// (or its console number, as exports write it); a new one otherwise. Columns a file lacks keep what
// the partner has.
import type { Kysely } from "kysely";
import { PartnerFields } from "../../../shared/contract";
import { changedFields } from "../audit/changed-fields";
import type { Database } from "../db/schema";
import { partnerValues, type PartnerValues } from "../partners/partner-fields";
import { insertPartner, updatePartnerRow } from "../partners/save-partner";
import { cellText, readChoice, readList, readWholeNumber } from "./cell-values";
import { communicationChoices, languageChoices } from "./choices";
import {
  CatalogNames,
  checkWithContract,
  inChunks,
  RowReader,
  type ImportKindRules,
  type Planned,
  type RowProblem,
} from "./plan";
import { matchRecord, type Existing } from "./match-records";

const textColumns = ["name", "contactName", "email", "phone"] as const;
const addressColumns = ["street", "postcode", "city", "country"] as const;

/** The column a problem of the contract's field belongs to. */
const columnOfField = (field: string) => {
  const top = field.split(".")[0] ?? field;
  return top === "address" ? (field.split(".")[1] ?? null) : top;
};

const blank = (): PartnerValues => ({
  name: "",
  contactName: "",
  email: "",
  phone: "",
  language: "nl",
  address: { street: "", postcode: "", city: "", country: "" },
  regions: [],
  capabilities: [],
  capacity: 0,
  communication: "customer_chat_allowed",
  externalRef: null,
});

async function existingPartners(
  db: Kysely<Database>,
  references: string[],
  ids: number[],
): Promise<Existing[]> {
  const byRef = await inChunks(references, (chunk) =>
    db
      .selectFrom("partners")
      .select(["id", "external_ref", "name"])
      .where("external_ref", "in", chunk)
      .execute(),
  );
  const byId = await inChunks(ids, (chunk) =>
    db
      .selectFrom("partners")
      .select(["id", "external_ref", "name"])
      .where("id", "in", chunk)
      .execute(),
  );
  return [...byRef, ...byId].map((r) => ({
    id: r.id,
    reference: r.external_ref,
    label: r.name,
  }));
}

export const partnerImport: ImportKindRules<PartnerValues> = {
  async plan(db, rows, columns, context) {
    const catalog = await CatalogNames.load(db);
    const reader = (row: (typeof rows)[number]) => new RowReader(row, columns);
    const keys = rows.map((row) => {
      const r = reader(row);
      return {
        reference: cellText(r.cell("reference")) || null,
        id: Number(cellText(r.cell("id"))) || null,
      };
    });
    const existing = await existingPartners(
      db,
      keys.flatMap((k) => (k.reference ? [k.reference] : [])),
      keys.flatMap((k) => (k.id ? [k.id] : [])),
    );
    const changes: Planned<PartnerValues>[] = [];
    const problems: RowProblem[] = [];
    const seen = new Map<string, number>();
    for (const [i, row] of rows.entries()) {
      await context.tick(i);
      const r = reader(row);
      const match = matchRecord(r, keys[i]!, existing, seen, row.row);
      const stored = match.id ? await partnerValues(db, match.id) : null;
      const { version = null, active: _active, ...current } = stored ?? {};
      const values: PartnerValues = stored
        ? { ...(current as PartnerValues), address: { ...stored.address } }
        : blank();
      for (const key of textColumns)
        if (r.has(key)) values[key] = cellText(r.cell(key));
      for (const key of addressColumns)
        if (r.has(key)) values.address[key] = cellText(r.cell(key));
      if (r.has("reference") && keys[i]!.reference)
        values.externalRef = keys[i]!.reference;
      if (r.has("language") && cellText(r.cell("language")))
        values.language =
          r.read("language", (c) => readChoice(c, languageChoices)) ??
          values.language;
      if (r.has("communication") && cellText(r.cell("communication")))
        values.communication =
          r.read("communication", (c) => readChoice(c, communicationChoices)) ??
          values.communication;
      if (r.has("capacity"))
        values.capacity =
          r.read("capacity", (c) => readWholeNumber(c, 1, 1000)) ?? 1;
      for (const [key, names] of [
        ["regions", catalog.regions],
        ["capabilities", catalog.capabilities],
      ] as const)
        if (r.has(key)) {
          const { codes, unknown } = names.codesOf(readList(r.cell(key)));
          if (unknown.length > 0)
            r.problem(key, {
              key:
                key === "regions"
                  ? "errors:imports.cell.unknownRegions"
                  : "errors:imports.cell.unknownCapabilities",
              values: { names: unknown.join(", ") },
            });
          const had = stored?.[key] ?? [];
          const retired = codes.filter(
            (code) => names.records.get(code)?.retired && !had.includes(code),
          );
          if (retired.length > 0)
            r.problem(key, {
              key: "errors:imports.cell.retired",
              values: { names: retired.join(", ") },
            });
          values[key] = codes;
        }
      const checked = match.problem
        ? null
        : checkWithContract(
            PartnerFields,
            values,
            r,
            context.language,
            columnOfField,
          );
      problems.push(...r.problems);
      if (!checked || r.problems.length > 0) continue;
      const changed = stored
        ? changedFields(current as PartnerValues, checked)
        : null;
      changes.push({
        rows: [row.row],
        reference: checked.externalRef ?? String(match.id ?? ""),
        name: checked.name,
        action: !stored
          ? "create"
          : Object.keys(changed?.after ?? {}).length > 0
            ? "update"
            : "unchanged",
        id: match.id,
        version,
        values: checked,
      });
    }
    return { changes, problems };
  },

  async apply(trx, changes, by, tick) {
    for (const [i, change] of changes.entries()) {
      await tick(i);
      if (change.action === "create")
        await insertPartner(trx, change.values, { ...by, source: "import" });
      else if (change.action === "update" && change.id && change.version)
        await updatePartnerRow(trx, change.id, change.version, change.values, {
          ...by,
          source: "import",
        });
    }
  },
};
