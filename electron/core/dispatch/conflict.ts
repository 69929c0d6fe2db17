// Two dispatchers, windows or processes acting on one order: the loser gets CONFLICT and the
// current state, never a half-done change.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";
import { AppError } from "../errors";

export async function staleOrder(
  db: Kysely<Database>,
  orderId: number,
): Promise<AppError> {
  const now = await db
    .selectFrom("orders")
    .select(["number", "status", "version", "partner_name"])
    .where("id", "=", orderId)
    .executeTakeFirst();
  const number = now?.number ?? orderId;
  return new AppError(
    "CONFLICT",
    !now
      ? { key: "errors:dispatch.staleGone", values: { number } }
      : now.status === "assigned" && now.partner_name
        ? {
            key: "errors:dispatch.staleAssigned",
            values: { number, partner: now.partner_name },
          }
        : {
            key: "errors:dispatch.stale",
            values: { number, status: now.status },
          },
    {
      status: now?.status,
      partnerName: now?.partner_name ?? null,
      version: now?.version,
    },
  );
}
