// Webhook subscriptions and their delivery logs as Settings shows them.
import type { Kysely } from "kysely";
import {
  WebhookEvent,
  type Page,
  type WebhookDeliveryRow,
  type WebhookRow,
} from "../../../../shared/contract";
import type { Database } from "../../db/schema";
import { notFound } from "../../errors";
import { storedCodes } from "../stored-codes";

const parseEvents = (json: string): WebhookEvent[] =>
  storedCodes(json, WebhookEvent);

/** Each integration's subscriptions, with how many deliveries wait, failed and arrived. */
export async function webhooksOf(
  db: Kysely<Database>,
  integrationIds: number[],
): Promise<Map<number, WebhookRow[]>> {
  const byIntegration = new Map<number, WebhookRow[]>();
  if (integrationIds.length === 0) return byIntegration;
  const [subscriptions, counts] = await Promise.all([
    db
      .selectFrom("webhook_subscriptions")
      .selectAll()
      .where("integration_id", "in", integrationIds)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("webhook_deliveries")
      .innerJoin(
        "webhook_subscriptions",
        "webhook_subscriptions.id",
        "webhook_deliveries.subscription_id",
      )
      .select((eb) => [
        "webhook_deliveries.subscription_id",
        "webhook_deliveries.status",
        eb.fn.countAll<number>().as("n"),
      ])
      .where("webhook_subscriptions.integration_id", "in", integrationIds)
      .groupBy([
        "webhook_deliveries.subscription_id",
        "webhook_deliveries.status",
      ])
      .execute(),
  ]);
  const countOf = (id: number, statuses: string[]) =>
    counts
      .filter((c) => c.subscription_id === id && statuses.includes(c.status))
      .reduce((sum, c) => sum + Number(c.n), 0);
  for (const s of subscriptions) {
    const list = byIntegration.get(s.integration_id) ?? [];
    list.push({
      id: s.id,
      url: s.url,
      events: parseEvents(s.events),
      createdAt: s.created_at,
      endedAt: s.ended_at,
      waiting: countOf(s.id, ["queued", "sending"]),
      failed: countOf(s.id, ["failed"]),
      delivered: countOf(s.id, ["delivered"]),
    });
    byIntegration.set(s.integration_id, list);
  }
  return byIntegration;
}

export async function webhookRow(
  db: Kysely<Database>,
  id: number,
): Promise<WebhookRow & { integrationId: number }> {
  const row = await db
    .selectFrom("webhook_subscriptions")
    .select("integration_id")
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("webhook", id);
  const webhook = (await webhooksOf(db, [row.integration_id]))
    .get(row.integration_id)
    ?.find((w) => w.id === id);
  if (!webhook) throw notFound("webhook", id);
  return { ...webhook, integrationId: row.integration_id };
}

const deliveryQuery = (db: Kysely<Database>) =>
  db
    .selectFrom("webhook_deliveries")
    .leftJoin("orders", "orders.id", "webhook_deliveries.order_id")
    .select([
      "webhook_deliveries.id",
      "webhook_deliveries.event_id",
      "webhook_deliveries.event",
      "orders.number as order_number",
      "webhook_deliveries.created_at",
      "webhook_deliveries.status",
      "webhook_deliveries.attempts",
      "webhook_deliveries.due_at",
      "webhook_deliveries.last_status_code",
      "webhook_deliveries.last_error",
      "webhook_deliveries.delivered_at",
    ]);

type DeliveryRecord = Awaited<
  ReturnType<ReturnType<typeof deliveryQuery>["executeTakeFirstOrThrow"]>
>;

const toDelivery = (r: DeliveryRecord): WebhookDeliveryRow => ({
  id: r.id,
  eventId: r.event_id,
  event: r.event as WebhookEvent,
  orderNumber: r.order_number,
  createdAt: r.created_at,
  status: r.status,
  attempts: r.attempts,
  dueAt: r.due_at,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
});

export async function deliveryLog(
  db: Kysely<Database>,
  webhookId: number,
  page: { offset: number; limit: number },
): Promise<Page<WebhookDeliveryRow>> {
  const [rows, count] = await Promise.all([
    deliveryQuery(db)
      .where("webhook_deliveries.subscription_id", "=", webhookId)
      .orderBy("webhook_deliveries.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom("webhook_deliveries")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("subscription_id", "=", webhookId)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toDelivery), total: Number(count.n) };
}

export async function deliveryRow(
  db: Kysely<Database>,
  id: number,
): Promise<WebhookDeliveryRow> {
  const row = await deliveryQuery(db)
    .where("webhook_deliveries.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("delivery", id);
  return toDelivery(row);
}
