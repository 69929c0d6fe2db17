// Customers from a spreadsheet: each row a customer (see record-import.ts for how rows are matched
// and merged). A new customer gets the contact of the contact columns; an existing one keeps its
// contacts and delivery addresses, which the console edits. A key-account flag a file changes is
// audited with the file's name as its reason; an empty cell changes nothing.
import { CustomerFields } from "../../../shared/contract";
import {
  customerValues,
  type CustomerValues,
} from "../customers/customer-fields";
import { insertCustomer, updateCustomerRow } from "../customers/save-customer";
import { cellText, readChoice, readYesNo } from "./cell-values";
import { languageChoices } from "./choices";
import type { ImportKindRules } from "./plan";
import { fillText, planRecords, type RecordRules } from "./record-import";

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

const rules: RecordRules<CustomerValues> = {
  table: "customers",
  schema: CustomerFields,
  blank,
  load: async (db, id) => {
    const found = await customerValues(db, id);
    if (!found) return null;
    const { version, ...values } = found;
    return { values, version };
  },
  fill(values, r, stored) {
    fillText(values, r, ["name", "email", "phone"]);
    fillText(values.address, r, ["street", "postcode", "city", "country"]);
    if (r.has("language") && cellText(r.cell("language")))
      values.language =
        r.read("language", (c) => readChoice(c, languageChoices)) ??
        values.language;
    if (r.has("keyAccount") && cellText(r.cell("keyAccount")))
      values.keyAccount = r.read("keyAccount", readYesNo) ?? values.keyAccount;
    if (r.has("directMessaging") && cellText(r.cell("directMessaging")))
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
  },
  toValues: (checked) => {
    const { keyAccountReason: _reason, ...values } =
      checked as CustomerValues & { keyAccountReason?: string };
    return values;
  },
  columnOfField: (field) => {
    const [top, next] = field.split(".");
    if (top === "address") return next ?? null;
    if (top === "contacts")
      return field.endsWith("email") ? "contactEmail" : "contactName";
    if (top === "directMessagingDefault") return "directMessaging";
    return top ?? null;
  },
  label: (values) => values.name,
};

export const customerImport: ImportKindRules<CustomerValues> = {
  plan: (db, rows, columns, context) =>
    planRecords(db, rows, columns, context, rules),

  async apply(trx, changes, by, tick) {
    const reason = by.fileName;
    const imported = { ...by, source: "import" as const };
    for (const [i, change] of changes.entries()) {
      await tick(i);
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
