// Sends the webhook deliveries that are due. Each is claimed first (a lease in the database), so
// any number of services and consoles send it once; a process that dies mid-send leaves a claim
// that ends and another takes it over. A receiver that fails, hangs (10 s) or cannot be reached
// is tried again with a growing pause, up to about a day, then the delivery is marked failed for
// staff to send again from Settings. Only a process holding the pepper can sign, so only it sends.
import { addSeconds } from "date-fns";
import type { CoreServices } from "../../context";
import { pepperSecret } from "../pepper";
import { signatureHeader, signingSecret } from "./webhook-signature";

export const maxWebhookAttempts = 15;
/** A claim lasts longer than one attempt can take. */
const claimSeconds = 60;

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min, … at most an hour. */
export const webhookBackoffSeconds = (attempts: number) =>
  Math.min(30 * 2 ** (attempts - 1), 3600);

export interface WebhookReport {
  delivered: number;
  retrying: number;
  failed: number;
}

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
  // The answer's body is not needed; reading it frees the connection.
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
}

export async function deliverDueWebhooks(
  services: Pick<CoreServices, "db" | "clock" | "secrets">,
  { batch = 50, timeoutMs = 10_000 } = {},
): Promise<WebhookReport> {
  const report: WebhookReport = { delivered: 0, retrying: 0, failed: 0 };
  const pepper = services.secrets.get(pepperSecret);
  if (!pepper) return report;
  const { db, clock } = services;
  const now = clock.now().toISOString();
  await db
    .updateTable("webhook_deliveries")
    .set({ status: "queued", claimed_until: null })
    .where("status", "=", "sending")
    .where("claimed_until", "<", now)
    .execute();
  const due = await db
    .selectFrom("webhook_deliveries")
    .innerJoin(
      "webhook_subscriptions",
      "webhook_subscriptions.id",
      "webhook_deliveries.subscription_id",
    )
    .select([
      "webhook_deliveries.id",
      "webhook_deliveries.event_id",
      "webhook_deliveries.payload",
      "webhook_deliveries.attempts",
      "webhook_subscriptions.id as subscription_id",
      "webhook_subscriptions.url",
    ])
    .where("webhook_deliveries.status", "=", "queued")
    .where("webhook_deliveries.due_at", "<=", now)
    .orderBy("webhook_deliveries.id")
    .limit(batch)
    .execute();
  for (const delivery of due) {
    const claimed = await db
      .updateTable("webhook_deliveries")
      .set({
        status: "sending",
        claimed_until: addSeconds(clock.now(), claimSeconds).toISOString(),
      })
      .where("id", "=", delivery.id)
      .where("status", "=", "queued")
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    let status: number | null = null;
    let error: string | null = null;
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
    const attempts = delivery.attempts + 1;
    const at = clock.now();
    if (error === null) {
      report.delivered += 1;
      await db
        .updateTable("webhook_deliveries")
        .set({
          status: "delivered",
          attempts,
          claimed_until: null,
          last_status_code: status,
          last_error: null,
          delivered_at: at.toISOString(),
        })
        .where("id", "=", delivery.id)
        .execute();
      continue;
    }
    const givingUp = attempts >= maxWebhookAttempts;
    if (givingUp) report.failed += 1;
    else report.retrying += 1;
    await db
      .updateTable("webhook_deliveries")
      .set({
        status: givingUp ? "failed" : "queued",
        attempts,
        claimed_until: null,
        last_status_code: status,
        last_error: error,
        due_at: addSeconds(at, webhookBackoffSeconds(attempts)).toISOString(),
      })
      .where("id", "=", delivery.id)
      .execute();
  }
  return report;
}
