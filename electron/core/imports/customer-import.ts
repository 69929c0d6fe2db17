// Customers from a spreadsheet: each row a customer, matched like partners (reference, else console
// number). A new customer gets the contact of the contact columns; an existing one keeps its
// contacts and delivery addresses, which the console edits. A key-account flag changed by a file is
// audited with the file's name as its reason.
import type { Kysely } from "kysely";
import { CustomerFields } from "../../../shared/contract";
import { changedFields } from "../audit/changed-fields";
import {
  customerValues,
  type CustomerValues,
} from "../customers/customer-fields";
import { insertCustomer, updateCustomerRow } from "../customers/save-customer";
import type { Database } from "../db/schema";
import { cellText, readChoice, readYesNo } from "./cell-values";
import { languageChoices } from "./choices";
import { matchRecord, type Existing } from "./match-records";
import {
  checkWithContract,
  inChunks,
  RowReader,
  type ImportKindRules,
  type Planned,
  type RowProblem,
} from "./plan";

const textColumns = ["name", "email", "phone"] as const;
const addressColumns = ["street", "postcode", "city", "country"] as const;

const columnOfField = (field: string) => {
  const [top, next] = field.split(".");
  if (top === "address") return next ?? null;
  if (top === "contacts")
    return field.endsWith("email") ? "contactEmail" : "contactName";
  if (top === "directMessagingDefault") return "directMessaging";
  return top ?? null;
};

const blank = (): CustomerValues => ({
  name: "",
  email: "",
  phone: "",
  language: "nl",
  address: { street: "", postcode: "", city: "", country: "" },
  keyAccount: false,
  directMessagingDefault: false,
  contacts: [],
  addresses: [],
  externalRef: null,
});

async function existingCustomers(
  db: Kysely<Database>,
  references: string[],
  ids: number[],
): Promise<Existing[]> {
  const select = () =>
    db.selectFrom("customers").select(["id", "external_ref", "name"]);
  const rows = [
    ...(await inChunks(references, (chunk) =>
      select().where("external_ref", "in", chunk).execute(),
    )),
    ...(await inChunks(ids, (chunk) =>
      select().where("id", "in", chunk).execute(),
    )),
  ];
  return rows.map((r) => ({
    id: r.id,
    reference: r.external_ref,
    label: r.name,
  }));
}

export const customerImport: ImportKindRules<CustomerValues> = {
  async plan(db, rows, columns, context) {
    const keys = rows.map((row) => {
      const r = new RowReader(row, columns);
      return {
        reference: cellText(r.cell("reference")) || null,
        id: Number(cellText(r.cell("id"))) || null,
      };
    });
    const existing = await existingCustomers(
      db,
      keys.flatMap((k) => (k.reference ? [k.reference] : [])),
      keys.flatMap((k) => (k.id ? [k.id] : [])),
    );
    const changes: Planned<CustomerValues>[] = [];
    const problems: RowProblem[] = [];
    const seen = new Map<string, number>();
    for (const [i, row] of rows.entries()) {
      await context.tick(i);
      const r = new RowReader(row, columns);
      const match = matchRecord(r, keys[i]!, existing, seen, row.row);
      const stored = match.id ? await customerValues(db, match.id) : null;
      const { version = null, ...current } = stored ?? {};
      const values: CustomerValues = stored
        ? { ...(current as CustomerValues), address: { ...stored.address } }
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
      if (r.has("keyAccount"))
        values.keyAccount =
          r.read("keyAccount", readYesNo) ?? values.keyAccount;
      if (r.has("directMessaging"))
        values.directMessagingDefault =
          r.read("directMessaging", readYesNo) ?? values.directMessagingDefault;
      const contactName = cellText(r.cell("contactName"));
      if (!stored && contactName)
        values.contacts = [
          {
            name: contactName,
            email: cellText(r.cell("contactEmail")),
            phone: cellText(r.cell("contactPhone")),
            role: "",
          },
        ];
      const checked = match.problem
        ? null
        : checkWithContract(
            CustomerFields,
            values,
            r,
            context.language,
            columnOfField,
          );
      problems.push(...r.problems);
      if (!checked || r.problems.length > 0) continue;
      const { keyAccountReason: _reason, ...parsed } = checked;
      const changed = stored
        ? changedFields(current as CustomerValues, parsed)
        : null;
      changes.push({
        rows: [row.row],
        reference: parsed.externalRef ?? String(match.id ?? ""),
        name: parsed.name,
        action: !stored
          ? "create"
          : Object.keys(changed?.after ?? {}).length > 0
            ? "update"
            : "unchanged",
        id: match.id,
        version,
        values: parsed,
      });
    }
    return { changes, problems };
  },

  async apply(trx, changes, by, tick) {
    const reason = by.fileName;
    for (const [i, change] of changes.entries()) {
      await tick(i);
      const imported = { ...by, source: "import" as const };
      if (change.action === "create")
        await insertCustomer(
          trx,
          change.values,
          change.values.keyAccount ? reason : null,
          imported,
        );
      else if (change.action === "update" && change.id && change.version)
        await updateCustomerRow(
          trx,
          change.id,
          change.version,
          change.values,
          reason,
          imported,
        );
    }
  },
};
