// Sends the webhook deliveries that are due. Each is claimed first (a lease in the database, which
// counts the attempt), so any number of services and consoles send it once; a process that dies
// mid-send leaves a lease that ends, and another takes the delivery over. A receiver that fails,
// hangs (10 s) or cannot be reached is tried again with a growing pause, up to about a day, then
// the delivery is marked failed for staff to send again from Settings. Each receiver is sent to
// in order, receivers side by side, so one that hangs delays only its own. Only a process holding
// the pepper the keys were made with can sign, so only it sends.
import { addSeconds } from "date-fns";
import type { Kysely } from "kysely";
import type { CoreServices } from "../../context";
import type { Database } from "../../db/schema";
import { pepperSecret, pepperState } from "../pepper";
import { receiverAddressProblem } from "./receiver-address";
import { signatureHeader, signingSecret } from "./webhook-signature";

export const maxWebhookAttempts = 15;
/** A lease lasts longer than one attempt can take. */
const leaseSeconds = 60;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, … at most an hour. */
export const webhookBackoffSeconds = (attempts: number) =>
  Math.min(30 * 2 ** (attempts - 1), 3600);

export interface WebhookReport {
  delivered: number;
  retrying: number;
  failed: number;
}

export interface WebhookSending {
  batch?: number;
  timeoutMs?: number;
  /** Send to loopback and private addresses too (CUTR_WEBHOOK_ALLOW_PRIVATE; the tests). */
  allowPrivateReceivers?: boolean;
}

interface Due {
  id: number;
  event_id: string;
  payload: string;
  attempts: number;
  due_at: string;
  subscription_id: number;
  url: string;
}

/** The answer's status; its body is not read (a receiver may answer with anything). */
async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel().catch(() => undefined);
  return response.status;
}

/** Leases that ended with their process: back in the queue, or failed when out of attempts. */
async function releaseEndedLeases(db: Kysely<Database>, now: string) {
  for (const [status, outOfAttempts] of [
    ["failed", true],
    ["queued", false],
  ] as const)
    await db
      .updateTable("webhook_deliveries")
      .set({
        status,
        claimed_until: null,
        last_error: "The sender stopped while sending.",
      })
      .where("status", "=", "sending")
      .where("claimed_until", "<", now)
      .where("attempts", outOfAttempts ? ">=" : "<", maxWebhookAttempts)
      .execute();
}

async function dueDeliveries(db: Kysely<Database>, now: string, batch: number) {
  return db
    .selectFrom("webhook_deliveries")
    .innerJoin(
      "webhook_subscriptions",
      "webhook_subscriptions.id",
      "webhook_deliveries.subscription_id",
    )
    .innerJoin(
      "integrations",
      "integrations.id",
      "webhook_subscriptions.integration_id",
    )
    .select([
      "webhook_deliveries.id",
      "webhook_deliveries.event_id",
      "webhook_deliveries.payload",
      "webhook_deliveries.attempts",
      "webhook_deliveries.due_at",
      "webhook_subscriptions.id as subscription_id",
      "webhook_subscriptions.url",
    ])
    .where("webhook_deliveries.status", "=", "queued")
    .where("webhook_deliveries.due_at", "<=", now)
    .where("webhook_subscriptions.ended_at", "is", null)
    .where("integrations.revoked_at", "is", null)
    .orderBy("webhook_deliveries.id")
    .limit(batch)
    .execute();
}

export async function deliverDueWebhooks(
  services: Pick<CoreServices, "db" | "clock" | "secrets">,
  sending: WebhookSending = {},
): Promise<WebhookReport> {
  const {
    batch = 50,
    timeoutMs = 10_000,
    allowPrivateReceivers = false,
  } = sending;
  const report: WebhookReport = { delivered: 0, retrying: 0, failed: 0 };
  const { db, clock } = services;
  const pepper = services.secrets.get(pepperSecret);
  if (!pepper || (await pepperState(db, services.secrets)) !== "ready")
    return report;
  const now = clock.now().toISOString();
  await releaseEndedLeases(db, now);
  const due = await dueDeliveries(db, now, batch);

  const sendOne = async (delivery: Due) => {
    const lease = addSeconds(clock.now(), leaseSeconds).toISOString();
    const attempts = delivery.attempts + 1;
    // Claimed only as it was read: another sender that claimed, failed and requeued it meanwhile
    // changed its attempts and due time.
    const claimed = await db
      .updateTable("webhook_deliveries")
      .set({ status: "sending", attempts, claimed_until: lease })
      .where("id", "=", delivery.id)
      .where("status", "=", "queued")
      .where("attempts", "=", delivery.attempts)
      .where("due_at", "=", delivery.due_at)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) return;
    let status: number | null = null;
    let error = await receiverAddressProblem(
      delivery.url,
      allowPrivateReceivers,
    );
    if (error === null) {
      const timestamp = Math.floor(clock.now().getTime() / 1000);
      try {
        status = await post(
          delivery.url,
          delivery.payload,
          {
            "Cutr-Event-Id": delivery.event_id,
            "Cutr-Signature": signatureHeader(
              signingSecret(pepper, delivery.subscription_id),
              timestamp,
              delivery.payload,
            ),
          },
          timeoutMs,
        );
        if (status < 200 || status >= 300)
          error = `The receiver answered ${status}.`;
      } catch (failure) {
        error =
          failure instanceof Error && failure.name === "TimeoutError"
            ? `The receiver did not answer within ${timeoutMs / 1000} s.`
            : `The receiver could not be reached: ${(failure as Error).message}`;
      }
    }
    const at = clock.now();
    const givingUp = error !== null && attempts >= maxWebhookAttempts;
    if (error === null) report.delivered += 1;
    else if (givingUp) report.failed += 1;
    else report.retrying += 1;
    // Written only while the lease is ours: an admin who ended the subscription meanwhile, or a
    // sender that took over an ended lease, has the last word.
    await db
      .updateTable("webhook_deliveries")
      .set(
        error === null
          ? {
              status: "delivered",
              claimed_until: null,
              last_status_code: status,
              last_error: null,
              delivered_at: at.toISOString(),
            }
          : {
              status: givingUp ? "failed" : "queued",
              claimed_until: null,
              last_status_code: status,
              last_error: error,
              due_at: addSeconds(
                at,
                webhookBackoffSeconds(attempts),
              ).toISOString(),
            },
      )
      .where("id", "=", delivery.id)
      .where("status", "=", "sending")
      .where("claimed_until", "=", lease)
      .execute();
  };

  const byReceiver = new Map<number, Due[]>();
  for (const delivery of due)
    byReceiver.set(delivery.subscription_id, [
      ...(byReceiver.get(delivery.subscription_id) ?? []),
      delivery,
    ]);
  await Promise.all(
    [...byReceiver.values()].map(async (deliveries) => {
      for (const delivery of deliveries) await sendOne(delivery);
    }),
  );
  return report;
}
