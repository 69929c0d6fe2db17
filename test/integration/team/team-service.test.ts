// The team service beside consoles on one PostgreSQL database: two services (started as processes
// of their own, their SMTP password from the environment) and three consoles send each due email
// exactly once, approve each overdue delivered order exactly once and deliver each webhook of those
// approvals exactly once; a shop's order made through a service's integration API is heard of as
// assigned when a console assigns it; the service answers /healthz, /readyz and /metrics, tells
// Settings it is running, and stops cleanly on SIGTERM.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pepperSecret } from "../../../electron/core/integrations/pepper";
import { deliverDueWebhooks } from "../../../electron/core/integrations/webhooks/deliver-webhooks";
import { enqueueEmail } from "../../../electron/core/outbox/enqueue-email";
import { runScheduledJobs } from "../../../electron/core/scheduler/schedule-jobs";
import { sendDueEmails } from "../../../electron/core/outbox/send-due-emails";
import type { Core } from "../../../electron/core/start-core";
import type { ServiceStatus } from "../../../shared/contract";
import { makeOrder, makePartner } from "../../fixtures/builders";
import {
  callApi,
  newIntegration,
  testPepper,
} from "../../fixtures/integration-api";
import { newCustomer, newOrder, newPartner } from "../../fixtures/new-records";
import { webhookReceiver } from "../../fixtures/webhook-receiver";
import {
  secondConsole,
  signIn,
  testCore,
  testNow,
  valueOf,
} from "../../fixtures/core";
import {
  startServiceProcess,
  stopServiceProcess,
  type ServiceProcess,
} from "../../fixtures/service-process";
import {
  sendThrough,
  smtpPassword,
  startSmtpServer,
  type SmtpTestServer,
} from "../../fixtures/smtp-server";

const emails = 40;
const overdue = 12;
let core: Core;
let consoles: Core[] = [];
let services: ServiceProcess[] = [];
let smtp: SmtpTestServer;
let url: string;
let admin: string;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let apiKey: string;

beforeAll(async () => {
  const made = await testCore();
  core = made.core;
  url = made.databaseUrl!;
  smtp = await startSmtpServer();
  admin = await signIn(core, "admin@cutr.example");
  await sendThrough(core, admin, smtp);
  // Nothing else due: only this test's emails leave.
  await core.services.db
    .updateTable("outbox")
    .set({ status: "sent" })
    .where("status", "in", ["queued", "sending"])
    .execute();
  consoles = [core, await secondConsole(url), await secondConsole(url)];
  for (const other of consoles.slice(1)) {
    other.services.secrets.set("smtp.password", smtpPassword);
    other.services.secrets.set(pepperSecret, testPepper);
  }
  // The shop: an integration whose receiver hears of approvals and assignments.
  receiver = await webhookReceiver();
  const shop = await newIntegration(core, admin);
  apiKey = shop.key;
  valueOf(
    await core.call(
      "integrations.subscribe",
      {
        integrationId: shop.integration.id,
        url: receiver.url,
        events: ["order.approved", "order.assigned"],
      },
      admin,
    ),
  );
}, 120_000);

const serviceEnv = () => ({
  CUTR_DATABASE_URL: url,
  CUTR_SMTP_PASSWORD: smtpPassword,
  CUTR_API_KEY_PEPPER: testPepper,
  CUTR_WEBHOOK_ALLOW_PRIVATE: "true",
});

const heard = (event: string) =>
  receiver.received
    .map(
      (r) =>
        JSON.parse(r.body) as {
          id: string;
          event: string;
          order: { number: string; reference: string | null };
        },
    )
    .filter((payload) => payload.event === event);

afterAll(async () => {
  await Promise.all(services.map((s) => stopServiceProcess(s, "SIGKILL")));
  for (const c of consoles.slice(1)) await c.close();
  await core?.close();
  await smtp?.stop();
  await receiver?.close();
});

describe("two team services and three consoles on one database", () => {
  it("send each due email once, approve each overdue order once and tell the shop of each approval once", async () => {
    const db = core.services.db;
    const now = new Date(testNow);
    for (let i = 0; i < emails; i++)
      await enqueueEmail(db, {
        kind: "exactly_once",
        orderId: null,
        recipient: `r${i}@exactly-once.test`,
        subject: `Email ${i}`,
        body: "Once.",
        dueAt: now,
        createdAt: now,
      });
    const partnerId = await makePartner(db, { tier: "compliant", rating: 4 });
    const orders: number[] = [];
    for (let i = 0; i < overdue; i++)
      orders.push(
        await makeOrder(db, {
          partnerId,
          status: "delivered",
          deliveredAt: "2026-10-20T10:00:00.000Z",
          approvedAt: null,
        }),
      );

    // Everyone at once: the services start their jobs as they come up, the consoles run theirs.
    const starting = [
      startServiceProcess(serviceEnv()),
      startServiceProcess(serviceEnv()),
    ];
    await Promise.all(
      consoles.flatMap((c) => [
        sendDueEmails(c.services),
        runScheduledJobs(c.services, { dailyBackup: false }).catch(
          () => undefined, // a console that lost the race for an approval retries next hour
        ),
      ]),
    );
    services = await Promise.all(starting);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const waiting = await db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("kind", "=", "exactly_once")
        .where("status", "!=", "sent")
        .executeTakeFirstOrThrow();
      const open = await db
        .selectFrom("orders")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("id", "in", orders)
        .where("status", "!=", "approved")
        .executeTakeFirstOrThrow();
      const undelivered = await db
        .selectFrom("webhook_deliveries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "!=", "delivered")
        .executeTakeFirstOrThrow();
      if (
        Number(waiting.n) === 0 &&
        Number(open.n) === 0 &&
        Number(undelivered.n) === 0
      )
        break;
      if (Date.now() > deadline) {
        const rows = await db
          .selectFrom("outbox")
          .select(["status", "last_error", "attempts", "due_at"])
          .where("kind", "=", "exactly_once")
          .limit(3)
          .execute();
        throw new Error(
          `${waiting.n} emails and ${open.n} orders still wait: ${JSON.stringify(rows)}`,
        );
      }
      await Promise.all(
        consoles.flatMap((c) => [
          sendDueEmails(c.services),
          deliverDueWebhooks(c.services, { allowPrivateReceivers: true }),
        ]),
      );
      await new Promise((r) => setTimeout(r, 200));
    }

    const received = smtp.received
      .flatMap((r) => r.to)
      .filter((to) => to.endsWith("@exactly-once.test"))
      .sort();
    expect(received).toEqual(
      Array.from(
        { length: emails },
        (_, i) => `r${i}@exactly-once.test`,
      ).sort(),
    );
    const approvals = await db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("action", "=", "order.approved")
      .where("entity_id", "in", orders)
      .execute();
    expect(approvals.map((a) => a.entity_id).sort()).toEqual(
      [...orders].sort(),
    );
    const approved = heard("order.approved");
    expect(new Set(approved.map((p) => p.id)).size).toBe(approved.length);
    expect(approved).toHaveLength(overdue);
  }, 120_000);

  it("tells the shop that a console assigned the order it made through a service's API", async () => {
    const [service] = services;
    if (!service) throw new Error("no service");
    const accounts = await signIn(core, "accounts@cutr.example");
    valueOf(
      await core.call(
        "customers.create",
        newCustomer({ externalRef: "SHOP-CUST-9" }),
        accounts,
      ),
    );
    const { id: partnerId } = valueOf<{ id: number }>(
      await core.call("partners.create", newPartner(), accounts),
    );
    const { customerId: _c, ...fields } = newOrder(0);
    const created = await callApi(service.origin, "POST", "/orders", {
      key: apiKey,
      idempotencyKey: "shop-order-9001",
      body: {
        ...fields,
        reference: "SHOP-9001",
        customerReference: "SHOP-CUST-9",
      },
    });
    expect(created.status).toBe(200);
    const order = created.body.value?.order as { number: string };
    const row = await core.services.db
      .selectFrom("orders")
      .select(["id", "version"])
      .where("number", "=", order.number)
      .executeTakeFirstOrThrow();
    const dispatcher = await signIn(consoles[1]!, "dispatcher@cutr.example");
    valueOf(
      await consoles[1]!.call(
        "dispatch.assign",
        { orderId: row.id, partnerId, orderVersion: row.version },
        dispatcher,
      ),
    );
    // The services send webhooks every second: no console needs to.
    const deadline = Date.now() + 15_000;
    while (
      !heard("order.assigned").some((p) => p.order.reference === "SHOP-9001")
    ) {
      if (Date.now() > deadline)
        throw new Error("the shop never heard of the assignment");
      await new Promise((r) => setTimeout(r, 100));
    }
    const read = await callApi(service.origin, "GET", "/orders/SHOP-9001", {
      key: apiKey,
    });
    expect(read.body.value).toMatchObject({
      status: "assigned",
      partner: { name: newPartner().name },
    });
  }, 60_000);

  it("takes over an email a killed sender had claimed, once the claim is stale", async () => {
    const db = core.services.db;
    const now = new Date(testNow);
    const id = await enqueueEmail(db, {
      kind: "exactly_once",
      orderId: null,
      recipient: "taken-over@exactly-once.test",
      subject: "Claimed, then the sender died",
      body: "Once.",
      dueAt: now,
      createdAt: now,
    });
    // As a service killed with SIGKILL mid-send leaves it: claimed 11 minutes ago, never sent.
    await db
      .updateTable("outbox")
      .set({
        status: "sending",
        attempts: 1,
        due_at: new Date(now.getTime() - 11 * 60_000).toISOString(),
      })
      .where("id", "=", id)
      .execute();
    const taker = await startServiceProcess(serviceEnv());
    services.push(taker);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const row = await db
        .selectFrom("outbox")
        .select("status")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      if (row.status === "sent") break;
      if (Date.now() > deadline) throw new Error(`still ${row.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(
      smtp.received.filter((r) =>
        r.to.includes("taken-over@exactly-once.test"),
      ),
    ).toHaveLength(1);
  }, 60_000);

  it("answers health, readiness and metrics, tells Settings it runs, and stops on SIGTERM", async () => {
    const [service] = services;
    if (!service) throw new Error("no service");
    expect((await fetch(`${service.origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${service.origin}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`${service.origin}/metrics`)).text();
    expect(metrics).toMatch(/cutr_job_runs_total\{job="outbox"\} \d+/);
    expect(metrics).toMatch(/cutr_outbox_emails\{status="queued"\} \d+/);
    expect(metrics).toContain("cutr_service_process_resident_memory_bytes");
    const missing = await fetch(`${service.origin}/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });

    const status = valueOf<ServiceStatus | null>(
      await core.call("settings.service", {}, admin),
    );
    expect(status).toMatchObject({ running: true });
    expect(status?.lastWorkedAt).not.toBeNull();

    expect(await stopServiceProcess(service, "SIGTERM")).toBe(0);
    expect(service.lines.map((l) => l.message)).toContain("stopped");
    // Every line it wrote was one JSON object with a time and a level.
    for (const line of service.lines)
      expect(line).toMatchObject({
        time: expect.any(String),
        level: expect.stringMatching(/^(info|error)$/),
      });
  }, 60_000);
});
