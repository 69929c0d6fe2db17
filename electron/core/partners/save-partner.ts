// partners.create and partners.update: an account manager onboards a partner or changes what it
// makes, where it works, its capacity and its contact details. A new partner starts unrated, in
// tier new. Every change is version-checked (CONFLICT names who saved meanwhile) and audited.
import type { Kysely } from "kysely";
import type { Saved } from "../../../shared/contract";
import { changedFields, type ChangeBy } from "../audit/changed-fields";
import { writeAudit } from "../audit/write-audit";
import { savedMeanwhile } from "../audit/saved-meanwhile";
import { signedInUser, type RequestContext } from "../context";
import { lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import {
  checkPartnerValues,
  partnerColumns,
  partnerValues,
  writePartnerLists,
  type PartnerValues,
} from "./partner-fields";

export async function insertPartner(
  trx: Kysely<Database>,
  values: PartnerValues,
  by: ChangeBy,
): Promise<Saved> {
  await checkPartnerValues(trx, values, null);
  const now = by.now.toISOString();
  const row = await trx
    .insertInto("partners")
    .values({
      ...partnerColumns(values),
      active: 1,
      rating: null,
      tier: "new",
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writePartnerLists(trx, row.id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: by.source === "import" ? "partner.imported" : "partner.created",
    entity: "partner",
    entityId: row.id,
    orderId: null,
    after: values,
  });
  return { id: row.id, version: 1 };
}

/** Updates a partner the caller saw at `version`; answers the new version (unchanged if nothing changed). */
export async function updatePartnerRow(
  trx: Kysely<Database>,
  id: number,
  version: number,
  values: PartnerValues,
  by: ChangeBy,
): Promise<Saved> {
  await lockRow(trx, "partners", id);
  const current = await partnerValues(trx, id);
  if (!current) throw notFound("partner", id);
  if (current.version !== version)
    throw await savedMeanwhile(trx, "partner", id, current.name);
  await checkPartnerValues(trx, values, { id, ...current });
  const { version: _v, active: _a, ...before } = current;
  const changed = changedFields<PartnerValues>(before, values);
  if (Object.keys(changed.after).length === 0) return { id, version };
  await trx
    .updateTable("partners")
    .set({
      ...partnerColumns(values),
      version: version + 1,
      updated_at: by.now.toISOString(),
    })
    .where("id", "=", id)
    .execute();
  if ("capabilities" in changed.after || "regions" in changed.after)
    await writePartnerLists(trx, id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: by.source === "import" ? "partner.imported" : "partner.updated",
    entity: "partner",
    entityId: id,
    orderId: null,
    before: changed.before,
    after: changed.after,
  });
  return { id, version: version + 1 };
}

export async function createPartner(
  context: RequestContext,
  values: PartnerValues,
): Promise<Saved> {
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db
    .transaction()
    .execute((trx) => insertPartner(trx, values, by));
}

export async function updatePartner(
  context: RequestContext,
  input: PartnerValues & { id: number; version: number },
): Promise<Saved> {
  const { id, version, ...values } = input;
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db
    .transaction()
    .execute((trx) => updatePartnerRow(trx, id, version, values, by));
}
