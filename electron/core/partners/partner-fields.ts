// A partner's own fields as a person sets them, between the contract's shape and the table's, and
// the checks every create, update and import makes of them.
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { PartnerFields } from "../../../shared/contract";
import { requireUsableCodes } from "../catalog/known-codes";
import type { Database } from "../db/schema";
import { requireFreeReference } from "../records/require-free-reference";

export type PartnerValues = z.output<typeof PartnerFields>;

/** The partner's columns for its fields (not the rating, tier or load, which are the console's). */
export function partnerColumns(v: PartnerValues) {
  return {
    name: v.name,
    contact_name: v.contactName,
    email: v.email,
    phone: v.phone,
    language: v.language,
    street: v.address.street,
    postcode: v.address.postcode,
    city: v.address.city,
    country: v.address.country,
    capacity: v.capacity,
    communication: v.communication,
    external_ref: v.externalRef,
  };
}

/** The partner as it stands, in the contract's shape: for audits and for comparing imports. */
export async function partnerValues(
  db: Kysely<Database>,
  id: number,
): Promise<(PartnerValues & { version: number; active: boolean }) | null> {
  const row = await db
    .selectFrom("partners")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const [capabilities, regions] = await Promise.all([
    db
      .selectFrom("partner_capabilities")
      .select("capability")
      .where("partner_id", "=", id)
      .orderBy("capability")
      .execute(),
    db
      .selectFrom("partner_regions")
      .select("region")
      .where("partner_id", "=", id)
      .orderBy("region")
      .execute(),
  ]);
  return {
    name: row.name,
    contactName: row.contact_name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    address: {
      street: row.street,
      postcode: row.postcode,
      city: row.city,
      country: row.country,
    },
    regions: regions.map((r) => r.region),
    capabilities: capabilities.map((c) => c.capability),
    capacity: row.capacity,
    communication: row.communication,
    externalRef: row.external_ref,
    version: row.version,
    active: row.active === 1,
  };
}

/** Refuses unknown or retired capabilities and regions, and a reference another partner has. */
export async function checkPartnerValues(
  db: Kysely<Database>,
  values: PartnerValues,
  current: { id: number; capabilities: string[]; regions: string[] } | null,
): Promise<void> {
  await requireUsableCodes(
    db,
    "capability",
    values.capabilities,
    current?.capabilities,
  );
  await requireUsableCodes(db, "region", values.regions, current?.regions);
  await requireFreeReference(
    db,
    "partners",
    values.externalRef,
    current?.id ?? null,
  );
}

/** Replaces the partner's capabilities and regions with the given ones. */
export async function writePartnerLists(
  db: Kysely<Database>,
  partnerId: number,
  values: Pick<PartnerValues, "capabilities" | "regions">,
): Promise<void> {
  await db
    .deleteFrom("partner_capabilities")
    .where("partner_id", "=", partnerId)
    .execute();
  await db
    .deleteFrom("partner_regions")
    .where("partner_id", "=", partnerId)
    .execute();
  if (values.capabilities.length > 0)
    await db
      .insertInto("partner_capabilities")
      .values(
        values.capabilities.map((capability) => ({
          partner_id: partnerId,
          capability,
        })),
      )
      .execute();
  if (values.regions.length > 0)
    await db
      .insertInto("partner_regions")
      .values(
        values.regions.map((region) => ({ partner_id: partnerId, region })),
      )
      .execute();
}
