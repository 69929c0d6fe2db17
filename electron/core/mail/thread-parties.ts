// A thread and who may write into it from outside: the partner of its assignment (the Cutr
// thread) or of the order (the Customer thread), and the order's customer.
import type { Kysely } from "kysely";
import type { ThreadKind } from "../../../shared/domain";
import type { Language } from "../../../shared/i18n/languages";
import type { Database } from "../db/schema";

export interface ThreadParties {
  id: number;
  kind: ThreadKind;
  orderId: number;
  orderNumber: string;
  orderStatus: string;
  endedAt: string | null;
  partnerName: string | null;
  partnerEmail: string | null;
  partnerLanguage: Language | null;
  customerName: string;
  customerEmail: string;
  customerLanguage: Language;
}

export async function threadParties(
  db: Kysely<Database>,
  threadId: number,
): Promise<ThreadParties | null> {
  const row = await db
    .selectFrom("message_threads as t")
    .innerJoin("orders as o", "o.id", "t.order_id")
    .innerJoin("customers as c", "c.id", "o.customer_id")
    .leftJoin("assignments as a", "a.id", "t.assignment_id")
    // The Cutr thread's partner is its assignment's; the Customer thread's, the order's.
    .leftJoin("partners as p", (join) =>
      join.on((eb) =>
        eb.or([
          eb.and([
            eb("t.kind", "=", "cutr"),
            eb("p.id", "=", eb.ref("a.partner_id")),
          ]),
          eb.and([
            eb("t.kind", "=", "customer"),
            eb("p.id", "=", eb.ref("o.partner_id")),
          ]),
        ]),
      ),
    )
    .select([
      "t.id",
      "t.kind",
      "t.ended_at",
      "o.id as order_id",
      "o.number",
      "o.status",
      "p.name as partner_name",
      "p.email as partner_email",
      "p.language as partner_language",
      "c.name as customer_name",
      "c.email as customer_email",
      "c.language as customer_language",
    ])
    .where("t.id", "=", threadId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    orderId: row.order_id,
    orderNumber: row.number,
    orderStatus: row.status,
    endedAt: row.ended_at,
    partnerName: row.partner_name,
    partnerEmail: row.partner_email,
    partnerLanguage: row.partner_language,
    customerName: row.customer_name,
    customerEmail: row.customer_email,
    customerLanguage: row.customer_language,
  };
}
