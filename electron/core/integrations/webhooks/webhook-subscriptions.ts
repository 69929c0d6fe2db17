// Settings' side of webhooks: subscribe an integration's address to events (the signing secret
// shown once), end a subscription, read its delivery log and send a delivery again.
import type { Kysely } from "kysely";
import type {
  WebhookDeliveryRow,
  WebhookEvent,
  WebhookRow,
} from "../../../../shared/contract";
import { writeAudit } from "../../audit/write-audit";
import { signedInUser, type RequestContext } from "../../context";
import type { Database } from "../../db/schema";
import { AppError } from "../../errors";
import { integrationRow } from "../integration-rows";
import { usablePepper } from "../pepper";
import { deliveryRow, webhookRow } from "./webhook-rows";
import { signingSecret } from "./webhook-signature";

export async function subscribe(
  context: RequestContext,
  input: { integrationId: number; url: string; events: WebhookEvent[] },
): Promise<{ webhook: WebhookRow; signingSecret: string }> {
  const admin = signedInUser(context);
  const now = context.clock.now();
  const pepper = await usablePepper(context.db, context.secrets, now);
  const id = await context.db.transaction().execute(async (trx) => {
    const integration = await integrationRow(trx, input.integrationId);
    if (integration.revokedAt !== null)
      throw new AppError("RULE", {
        key: "errors:integrations.revokedNoWebhook",
        values: { name: integration.name },
      });
    const created = await trx
      .insertInto("webhook_subscriptions")
      .values({
        integration_id: input.integrationId,
        url: input.url,
        events: JSON.stringify(input.events),
        created_at: now.toISOString(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      at: now,
      userId: admin.id,
      action: "webhook.subscribed",
      entity: "integration",
      entityId: input.integrationId,
      orderId: null,
      after: { url: input.url, events: input.events },
    });
    return created.id;
  });
  return {
    webhook: await webhookRow(context.db, id),
    signingSecret: signingSecret(pepper, id),
  };
}

/** Ends a subscription; what still waited to be sent is given up, with the reason. */
export async function endSubscription(
  trx: Kysely<Database>,
  id: number,
  now: Date,
): Promise<void> {
  await trx
    .updateTable("webhook_subscriptions")
    .set({ ended_at: now.toISOString() })
    .where("id", "=", id)
    .where("ended_at", "is", null)
    .execute();
  await trx
    .updateTable("webhook_deliveries")
    .set({
      status: "failed",
      claimed_until: null,
      last_error: "The subscription was ended.",
    })
    .where("subscription_id", "=", id)
    .where("status", "in", ["queued", "sending"])
    .execute();
}

export async function unsubscribe(
  context: RequestContext,
  id: number,
): Promise<WebhookRow> {
  const admin = signedInUser(context);
  const now = context.clock.now();
  await context.db.transaction().execute(async (trx) => {
    const webhook = await webhookRow(trx, id);
    if (webhook.endedAt !== null) return;
    await endSubscription(trx, id, now);
    await writeAudit(trx, {
      at: now,
      userId: admin.id,
      action: "webhook.ended",
      entity: "integration",
      entityId: webhook.integrationId,
      orderId: null,
      before: { url: webhook.url, events: webhook.events },
    });
  });
  return webhookRow(context.db, id);
}

export async function sendAgain(
  context: RequestContext,
  deliveryId: number,
): Promise<WebhookDeliveryRow> {
  const { db, clock } = context;
  const delivery = await deliveryRow(db, deliveryId);
  const subscription = await db
    .selectFrom("webhook_deliveries")
    .innerJoin(
      "webhook_subscriptions",
      "webhook_subscriptions.id",
      "webhook_deliveries.subscription_id",
    )
    .select("webhook_subscriptions.ended_at")
    .where("webhook_deliveries.id", "=", deliveryId)
    .executeTakeFirstOrThrow();
  if (subscription.ended_at !== null)
    throw new AppError("RULE", { key: "errors:integrations.webhookEnded" });
  if (delivery.status === "sending")
    throw new AppError("CONFLICT", { key: "errors:integrations.beingSent" });
  await db
    .updateTable("webhook_deliveries")
    .set({
      status: "queued",
      attempts: 0,
      due_at: clock.now().toISOString(),
      claimed_until: null,
    })
    .where("id", "=", deliveryId)
    .where("status", "!=", "sending")
    .execute();
  return deliveryRow(db, deliveryId);
}
