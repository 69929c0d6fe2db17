import type { Kysely } from "kysely";
import type { PartnerDetail } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { notFound } from "../errors";
import { selectOrderRows, toOrderRow } from "../orders/order-row";
import {
  partnerRowColumns,
  ratingNinetyDaysAgo,
  toPartnerRow,
} from "./partner-row";

export async function getPartner(
  db: Kysely<Database>,
  id: number,
  now: Date,
): Promise<PartnerDetail> {
  const partner = await db
    .selectFrom("partners")
    .select([
      ...partnerRowColumns,
      "version",
      "contact_name",
      "email",
      "phone",
      "language",
      "street",
      "postcode",
      "external_ref",
      "paused_reason",
      "paused_at",
      "resumes_on",
      "created_at",
      "last_assigned_at",
    ])
    .select(ratingNinetyDaysAgo(now))
    .where("id", "=", id)
    .executeTakeFirst();
  if (!partner) throw notFound("partner", id);
  const [capabilities, regions, recentOrders] = await Promise.all([
    db
      .selectFrom("partner_capabilities")
      .select("capability")
      .where("partner_id", "=", id)
      .execute(),
    db
      .selectFrom("partner_regions")
      .select("region")
      .where("partner_id", "=", id)
      .execute(),
    selectOrderRows(db)
      .where("orders.partner_id", "=", id)
      .orderBy("orders.created_at", "desc")
      .limit(20)
      .execute(),
  ]);
  return {
    ...toPartnerRow(partner),
    version: partner.version,
    contactName: partner.contact_name,
    email: partner.email,
    phone: partner.phone,
    language: partner.language,
    address: {
      street: partner.street,
      postcode: partner.postcode,
      city: partner.city,
      country: partner.country,
    },
    externalRef: partner.external_ref,
    pause:
      partner.active === 1
        ? null
        : {
            reason: partner.paused_reason ?? "",
            since: partner.paused_at ?? partner.created_at,
            resumesOn: partner.resumes_on,
          },
    lastAssignedAt: partner.last_assigned_at,
    capabilities: capabilities.map((c) => c.capability),
    regions: regions.map((r) => r.region),
    recentOrders: recentOrders.map(toOrderRow),
  };
}
