// An event for the integrations that subscribed to it: one delivery row per subscription, written
// in the transaction of the change (the outbox pattern of DESIGN.md), sent later with retries.
// Nothing is written when nobody subscribed, which is what a console without integrations sees.
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { WebhookEvent } from "../../../../shared/contract";
import type { Database } from "../../db/schema";
import { storedCodes } from "../stored-codes";

export async function emitWebhookEvent(
  trx: Kysely<Database>,
  event: {
    event: WebhookEvent;
    orderId: number;
    at: Date;
    /** What the event adds to the order's reference, number and status. */
    data?: Record<string, unknown>;
  },
): Promise<void> {
  const subscriptions = await trx
    .selectFrom("webhook_subscriptions")
    .innerJoin(
      "integrations",
      "integrations.id",
      "webhook_subscriptions.integration_id",
    )
    .select(["webhook_subscriptions.id", "webhook_subscriptions.events"])
    .where("webhook_subscriptions.ended_at", "is", null)
    .where("integrations.revoked_at", "is", null)
    .execute();
  const wanted = subscriptions.filter((s) =>
    storedCodes(s.events, WebhookEvent).includes(event.event),
  );
  if (wanted.length === 0) return;
  const order = await trx
    .selectFrom("orders")
    .select(["external_ref", "number", "status", "partner_name"])
    .where("id", "=", event.orderId)
    .executeTakeFirstOrThrow();
  const at = event.at.toISOString();
  await trx
    .insertInto("webhook_deliveries")
    .values(
      wanted.map((subscription) => {
        const eventId = randomUUID();
        return {
          subscription_id: subscription.id,
          event_id: eventId,
          event: event.event,
          order_id: event.orderId,
          payload: JSON.stringify({
            id: eventId,
            event: event.event,
            occurredAt: at,
            order: {
              reference: order.external_ref,
              number: order.number,
              status: order.status,
              partner: order.partner_name,
            },
            ...(event.data ? { data: event.data } : {}),
          }),
          created_at: at,
          status: "queued" as const,
          due_at: at,
        };
      }),
    )
    .execute();
}
