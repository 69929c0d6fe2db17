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
  const who = now?.partner_name ? ` to ${now.partner_name}` : "";
  return new AppError(
    "CONFLICT",
    `Order ${now?.number ?? orderId} was changed by someone else: it is ${now?.status ?? "gone"}${now?.status === "assigned" ? who : ""} now. The board shows the current state.`,
    {
      status: now?.status,
      partnerName: now?.partner_name ?? null,
      version: now?.version,
    },
  );
}
