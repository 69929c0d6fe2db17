// Webhooks on SQLite and PostgreSQL: an event written with the change that causes it, signed with
// the subscription's secret, retried with a growing pause while the receiver fails or hangs,
// marked failed at last and sent again from Settings, and sent once however many send at once.
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { fixedClock } from "../../electron/core/clock";
import {
  deliverDueWebhooks,
  maxWebhookAttempts,
} from "../../electron/core/integrations/webhooks/deliver-webhooks";
import type { Core } from "../../electron/core/start-core";
import type {
  CustomerFields,
  Page,
  Saved,
  WebhookDeliveryRow,
  WebhookEvent,
  WebhookRow,
} from "../../shared/contract";
import { signIn, testCore, valueOf } from "../fixtures/core";
import {
  callApi,
  newIntegration,
  serveIntegrationApi,
} from "../fixtures/integration-api";
import { newCustomer, newOrder, newPartner } from "../fixtures/new-records";
import { webhookReceiver } from "../fixtures/webhook-receiver";

/** The tests' receiver listens on loopback, which a real service refuses by default. */
const sending = { allowPrivateReceivers: true };

let core: Core;
let clock: ReturnType<typeof fixedClock>;
let admin: string;
let dispatcher: string;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  admin = await signIn(core, "admin@cutr.example");
  dispatcher = await signIn(core, "dispatcher@cutr.example");
  receiver = await webhookReceiver();
});
afterEach(async () => {
  await receiver.close();
  await core.close();
});

async function subscribed(events: WebhookEvent[] = ["order.assigned"]) {
  const made = await newIntegration(core, admin);
  const subscription = valueOf<{ webhook: WebhookRow; signingSecret: string }>(
    await core.call(
      "integrations.subscribe",
      { integrationId: made.integration.id, url: receiver.url, events },
      admin,
    ),
  );
  return { ...made, ...subscription };
}

/** A new order, assigned to a new partner by the dispatcher. */
async function assignedOrder(customer: Partial<CustomerFields> = {}) {
  const accounts = await signIn(core, "accounts@cutr.example");
  const { id: customerId } = valueOf<Saved>(
    await core.call("customers.create", newCustomer(customer), accounts),
  );
  const { id: partnerId } = valueOf<Saved>(
    await core.call("partners.create", newPartner(), accounts),
  );
  const order = valueOf<Saved>(
    await core.call("orders.create", newOrder(customerId), dispatcher),
  );
  valueOf(
    await core.call(
      "dispatch.assign",
      { orderId: order.id, partnerId, orderVersion: 1 },
      dispatcher,
    ),
  );
  return order.id;
}

const deliveries = async (webhookId: number) =>
  valueOf<Page<WebhookDeliveryRow>>(
    await core.call("integrations.deliveries", { webhookId }, admin),
  ).rows;

describe("webhooks", () => {
  it("a shop creates an order through the API and hears, signed, that a dispatcher assigned it", async () => {
    const { key, webhook, signingSecret } = await subscribed();
    const { server, origin } = await serveIntegrationApi(core);
    try {
      await assignedOrderFromShop(origin, key);
    } finally {
      (server as Server).close();
    }
    expect(await deliverDueWebhooks(core.services, sending)).toEqual({
      delivered: 1,
      retrying: 0,
      failed: 0,
    });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const payload = JSON.parse(request!.body) as Record<string, unknown>;
    expect(payload).toMatchObject({
      event: "order.assigned",
      order: { reference: "SHOP-2001", status: "assigned" },
      data: { partner: newPartner().name },
    });
    expect(request!.headers["cutr-event-id"]).toBe(payload.id);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
      String(request!.headers["cutr-signature"]),
    )!;
    expect(Number(t)).toBe(Math.floor(clock.now().getTime() / 1000));
    expect(v1).toBe(
      createHmac("sha256", signingSecret)
        .update(`${t}.${request!.body}`)
        .digest("hex"),
    );
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 1,
      lastStatusCode: 200,
    });
  });

  it("sends only the events subscribed to, and nothing once the key is revoked", async () => {
    const { integration, webhook } = await subscribed(["order.cancelled"]);
    await assignedOrder();
    expect(await deliveries(webhook.id)).toHaveLength(0);
    valueOf(
      await core.call("integrations.revoke", { id: integration.id }, admin),
    );
    const orderId = await assignedOrder({ email: "other@hotel.example" });
    valueOf(
      await core.call(
        "orders.cancel",
        { orderId, orderVersion: 2, reason: "Withdrawn." },
        dispatcher,
      ),
    );
    expect(await deliveries(webhook.id)).toHaveLength(0);
  });

  it("retries a failing receiver with a growing pause, gives up at last, and sends again from Settings", async () => {
    const { webhook } = await subscribed();
    await assignedOrder();
    receiver.answerWith(500);
    expect((await deliverDueWebhooks(core.services, sending)).retrying).toBe(1);
    let [delivery] = await deliveries(webhook.id);
    expect(delivery).toMatchObject({
      status: "queued",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "The receiver answered 500.",
    });
    // Not due again before its pause has passed.
    expect((await deliverDueWebhooks(core.services, sending)).retrying).toBe(0);
    for (let attempt = 2; attempt <= maxWebhookAttempts; attempt += 1) {
      clock.set(delivery!.dueAt);
      await deliverDueWebhooks(core.services, sending);
      [delivery] = await deliveries(webhook.id);
    }
    expect(delivery).toMatchObject({
      status: "failed",
      attempts: maxWebhookAttempts,
    });
    const eventIds = new Set(
      receiver.received.map((r) => r.headers["cutr-event-id"]),
    );
    expect(eventIds.size).toBe(1);
    receiver.answerWith(200);
    valueOf(
      await core.call(
        "integrations.sendAgain",
        { deliveryId: delivery!.id },
        admin,
      ),
    );
    expect((await deliverDueWebhooks(core.services, sending)).delivered).toBe(
      1,
    );
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 1,
    });
  });

  it("gives a receiver that hangs its time, then tries again later", async () => {
    const { webhook } = await subscribed();
    await assignedOrder();
    receiver.answerWith("hang");
    const report = await deliverDueWebhooks(core.services, {
      ...sending,
      timeoutMs: 300,
    });
    expect(report.retrying).toBe(1);
    expect((await deliveries(webhook.id))[0]?.lastError).toMatch(
      /did not answer/,
    );
  });

  it("takes over a delivery whose sender died mid-send, once its lease has ended", async () => {
    const { webhook } = await subscribed();
    await assignedOrder();
    // As a sender killed with SIGKILL leaves it: claimed (the attempt counted), never finished.
    await core.services.db
      .updateTable("webhook_deliveries")
      .set({
        status: "sending",
        attempts: 1,
        claimed_until: new Date(clock.now().getTime() + 60_000).toISOString(),
      })
      .execute();
    expect((await deliverDueWebhooks(core.services, sending)).delivered).toBe(
      0,
    );
    clock.advance(61_000);
    expect((await deliverDueWebhooks(core.services, sending)).delivered).toBe(
      1,
    );
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
    });
    expect(receiver.received).toHaveLength(1);
  });

  it("is sent once when several senders work at the same moment", async () => {
    await subscribed();
    for (let i = 0; i < 5; i += 1)
      await assignedOrder({ email: `buyer${i}@hotel.example` });
    await Promise.all([
      deliverDueWebhooks(core.services, sending),
      deliverDueWebhooks(core.services, sending),
      deliverDueWebhooks(core.services, sending),
    ]);
    const ids = receiver.received.map((r) => r.headers["cutr-event-id"]);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });

  it("does not send to the server's own network unless the team allows it", async () => {
    const { webhook } = await subscribed();
    await assignedOrder();
    expect((await deliverDueWebhooks(core.services)).retrying).toBe(1);
    expect(receiver.received).toHaveLength(0);
    expect((await deliveries(webhook.id))[0]?.lastError).toContain(
      "CUTR_WEBHOOK_ALLOW_PRIVATE",
    );
  });

  it("stops sending once the subscription is ended, even what waited", async () => {
    const { webhook } = await subscribed();
    await assignedOrder();
    valueOf(
      await core.call("integrations.unsubscribe", { id: webhook.id }, admin),
    );
    expect(await deliverDueWebhooks(core.services, sending)).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: "failed",
      lastError: "The subscription was ended.",
    });
  });

  it("refuses an address that is not http(s) or carries a password", async () => {
    const { integration } = await newIntegration(core, admin);
    for (const url of ["ftp://example.com/x", "https://user:pw@example.com/x"])
      expect(
        await core.call(
          "integrations.subscribe",
          { integrationId: integration.id, url, events: ["order.assigned"] },
          admin,
        ),
      ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
  });
});

/** The shop's customer and order through the API, then the dispatcher assigns it. */
async function assignedOrderFromShop(origin: string, key: string) {
  const accounts = await signIn(core, "accounts@cutr.example");
  valueOf(
    await core.call(
      "customers.create",
      newCustomer({ externalRef: "SHOP-CUST-2" }),
      accounts,
    ),
  );
  const { id: partnerId } = valueOf<Saved>(
    await core.call("partners.create", newPartner(), accounts),
  );
  const { customerId: _c, ...fields } = newOrder(0);
  const created = await callApi(origin, "POST", "/orders", {
    key,
    idempotencyKey: "order-2001",
    body: {
      ...fields,
      reference: "SHOP-2001",
      customerReference: "SHOP-CUST-2",
    },
  });
  expect(created.status).toBe(200);
  const order = await core.services.db
    .selectFrom("orders")
    .select(["id", "version"])
    .where("external_ref", "=", "SHOP-2001")
    .executeTakeFirstOrThrow();
  valueOf(
    await core.call(
      "dispatch.assign",
      { orderId: order.id, partnerId, orderVersion: order.version },
      dispatcher,
    ),
  );
}
