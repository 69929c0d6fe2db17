// Partners from a spreadsheet: each row a partner (see record-import.ts for how rows are matched
// and merged). Capabilities and regions are named by code or by name in either language; one that
// is retired may stay on a partner that has it, not be given to another.
import { PartnerFields } from "../../../shared/contract";
import { partnerValues, type PartnerValues } from "../partners/partner-fields";
import { insertPartner, updatePartnerRow } from "../partners/save-partner";
import { cellText, readChoice, readWholeNumber } from "./cell-values";
import { communicationChoices, languageChoices } from "./choices";
import { CatalogNames, type ImportKindRules } from "./plan";
import { fillText, planRecords, type RecordRules } from "./record-import";

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

export const partnerImport: ImportKindRules<PartnerValues> = {
  async plan(db, rows, columns, context) {
    const catalog = await CatalogNames.load(db);
    const rules: RecordRules<PartnerValues> = {
      table: "partners",
      schema: PartnerFields,
      blank,
      load: async (d, id) => {
        const found = await partnerValues(d, id);
        if (!found) return null;
        const { version, active: _a, ...values } = found;
        return { values, version };
      },
      fill(values, r, stored) {
        fillText(values, r, ["name", "contactName", "email", "phone"]);
        fillText(values.address, r, ["street", "postcode", "city", "country"]);
        if (r.has("language") && cellText(r.cell("language")))
          values.language =
            r.read("language", (c) => readChoice(c, languageChoices)) ??
            values.language;
        if (r.has("communication") && cellText(r.cell("communication")))
          values.communication =
            r.read("communication", (c) =>
              readChoice(c, communicationChoices),
            ) ?? values.communication;
        if (r.has("capacity"))
          values.capacity =
            r.read("capacity", (c) => readWholeNumber(c, 1, 1000)) ?? 1;
        if (r.has("regions"))
          values.regions = catalog.regions.read(
            r,
            "regions",
            stored?.regions ?? [],
            "region",
          );
        if (r.has("capabilities"))
          values.capabilities = catalog.capabilities.read(
            r,
            "capabilities",
            stored?.capabilities ?? [],
            "capability",
          );
      },
      toValues: (checked) => checked as PartnerValues,
      columnOfField: (field) => {
        const [top, next] = field.split(".");
        return top === "address" ? (next ?? null) : (top ?? null);
      },
      label: (values) => values.name,
    };
    return planRecords(db, rows, columns, context, rules);
  },

  async apply(trx, changes, by, tick) {
    const imported = { ...by, source: "import" as const };
    for (const [i, change] of changes.entries()) {
      await tick(i);
      if (change.action === "create")
        await insertPartner(trx, change.values, imported);
      else if (change.action === "update" && change.id && change.version)
        await updatePartnerRow(
          trx,
          change.id,
          change.version,
          change.values,
          imported,
        );
    }
  },
};
