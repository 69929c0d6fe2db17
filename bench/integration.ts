// The integration API and webhooks at scale (issue: a team service): an order created through
// /integration/v1 over HTTP, as the shop would (integration_order_create_p95_ms), the time from a
// change to its webhook reaching a receiver when the sender polls every second as the service
// does (webhook_delivery_lag_p95_ms), and on PostgreSQL the built service's memory after serving
// the API (service_rss_mb). What it adds to the scale database is removed again at the end.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pepperSecret } from "../electron/core/integrations/pepper";
import { deliverDueWebhooks } from "../electron/core/integrations/webhooks/deliver-webhooks";
import type { Core } from "../electron/core/start-core";
import { integrationApiHandler } from "../electron/service/integration-http";
import { createServiceServer } from "../electron/service/service-http";
import { serviceMetrics } from "../electron/service/service-metrics";
import type { OrderFields } from "../shared/contract";
import { removeImported } from "./data-files";
import { percentile, signInAs, type Metric } from "./measure";

const pepper = "the bench's API-key pepper, long enough to be one";
const prefix = "BENCH-API-";
const orders = 200;
const events = 40;

const orderBody = (reference: string, customerReference: string) =>
  ({
    reference,
    customerReference,
    title: "Oak veneer cabinet doors",
    deliveryAddress: {
      street: "Keizersgracht 1",
      postcode: "1015 CJ",
      city: "Amsterdam",
      country: "Netherlands",
    },
    region: "NL-NH",
    requestedDeliveryDate: "2027-02-15",
    valueCents: 250_000,
    agreedPriceCents: 170_000,
    items: [
      {
        part: "Door",
        material: "Oak veneer MDF 19 mm",
        lengthMm: 2100,
        widthMm: 600,
        thicknessMm: 19,
        quantity: 4,
      },
    ],
    capabilities: ["cnc_cutting"],
  }) satisfies Omit<OrderFields, "customerId"> & Record<string, unknown>;

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

/** Creates `count` orders through the API at `origin`; the milliseconds of each. */
async function createOrders(
  origin: string,
  key: string,
  customerReference: string,
  run: string,
  count: number,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const reference = `${prefix}${run}-${i}`;
    const started = performance.now();
    const response = await fetch(`${origin}/integration/v1/orders`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Idempotency-Key": reference,
        "Content-Type": "application/json",
      },
      body: JSON.stringify(orderBody(reference, customerReference)),
    });
    const text = await response.text();
    samples.push(performance.now() - started);
    if (response.status !== 200)
      throw new Error(`bench API order failed: ${response.status} ${text}`);
  }
  return samples;
}

export async function measureIntegration(
  core: Core,
  metrics: Record<string, Metric>,
  options: { root: string; databaseUrl?: string },
): Promise<void> {
  const { db } = core.services;
  // The pepper in memory for the bench's run: nothing is written beside the scale database.
  const keptSecrets = core.services.secrets;
  core.services.secrets = {
    protection: "environment",
    get: (name) => (name === pepperSecret ? pepper : keptSecrets.get(name)),
    set: () => undefined,
  };
  const admin = await signInAs(core, "admin@cutr.example");
  const run = Date.now().toString(36);
  const made = await core.call(
    "integrations.create",
    { name: `Bench shop ${run}`, scopes: ["orders:write", "orders:read"] },
    admin,
  );
  if (!made.ok) throw new Error(made.error.message);
  const { integration, key } = made.value as {
    integration: { id: number };
    key: string;
  };
  const customer = await db
    .selectFrom("customers")
    .select(["id", "external_ref"])
    .where("key_account", "=", 0)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  const customerReference = customer.external_ref ?? `${prefix}CUSTOMER`;
  await db
    .updateTable("customers")
    .set({ external_ref: customerReference })
    .where("id", "=", customer.id)
    .execute();

  const api = createServiceServer({
    db,
    metrics: serviceMetrics(db),
    accepting: () => true,
    integration: integrationApiHandler(core.services, {
      requestsPerMinute: 100_000,
      version: "bench",
    }),
  });
  const receiver = createServer((req, res) => {
    const arrived = performance.now();
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const { order } = JSON.parse(body) as { order: { reference: string } };
      const changed = changedAt.get(order.reference);
      if (changed !== undefined) lags.push(arrived - changed);
      res.writeHead(200).end();
    });
  });
  const changedAt = new Map<string, number>();
  const lags: number[] = [];
  try {
    const origin = await listen(api);
    const receiverUrl = `${await listen(receiver)}/events`;
    await createOrders(origin, key, customerReference, `${run}w`, 20); // warm up
    const samples = await createOrders(
      origin,
      key,
      customerReference,
      run,
      orders,
    );
    metrics.integration_order_create_p95_ms = {
      value: percentile(samples, 95),
      unit: "ms",
      target: "<= 20",
    };

    const subscribed = await core.call(
      "integrations.subscribe",
      {
        integrationId: integration.id,
        url: receiverUrl,
        events: ["order.cancelled"],
      },
      admin,
    );
    if (!subscribed.ok) throw new Error(subscribed.error.message);
    // The service's sender: every second, as webhookPollMs in the service.
    let sending = Promise.resolve();
    const poll = setInterval(() => {
      sending = sending.then(() =>
        deliverDueWebhooks(core.services, {
          allowPrivateReceivers: true,
        }).then(() => undefined),
      );
    }, 1_000);
    const dispatcher = await signInAs(core, "dispatcher@cutr.example");
    for (let i = 0; i < events; i += 1) {
      const reference = `${prefix}${run}-${i}`;
      const order = await db
        .selectFrom("orders")
        .select(["id", "version"])
        .where("external_ref", "=", reference)
        .executeTakeFirstOrThrow();
      changedAt.set(reference, performance.now());
      const cancelled = await core.call(
        "orders.cancel",
        { orderId: order.id, orderVersion: order.version, reason: "Bench." },
        dispatcher,
      );
      if (!cancelled.ok) throw new Error(cancelled.error.message);
      await new Promise((r) => setTimeout(r, 137));
    }
    const deadline = Date.now() + 30_000;
    while (lags.length < events && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    clearInterval(poll);
    await sending;
    metrics.webhook_delivery_lag_p95_ms = {
      value:
        lags.length < events ? Number.POSITIVE_INFINITY : percentile(lags, 95),
      unit: "ms",
      target: "<= 2000",
    };
    if (options.databaseUrl)
      await measureServiceRss(
        options.root,
        options.databaseUrl,
        key,
        customerReference,
        run,
        metrics,
      );
  } finally {
    api.close();
    receiver.close();
    await forget(core, integration.id);
    core.services.secrets = keptSecrets;
  }
}

/** The built team service on the bench's PostgreSQL copy: its memory after 500 API orders. */
async function measureServiceRss(
  root: string,
  databaseUrl: string,
  key: string,
  customerReference: string,
  run: string,
  metrics: Record<string, Metric>,
) {
  const child = spawn(process.execPath, [join(root, "out/main/service.js")], {
    env: {
      ...process.env,
      PORT: "0",
      CUTR_DATABASE_URL: databaseUrl,
      CUTR_API_KEY_PEPPER: pepper,
      CUTR_API_RATE_PER_MINUTE: "100000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const port = /"port":(\d+)/.exec(output)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      });
      child.on("exit", (code) =>
        reject(new Error(`the service exited with ${code}: ${output}`)),
      );
    });
    await createOrders(origin, key, customerReference, `${run}s`, 500);
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    metrics.service_rss_mb = {
      value: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024,
      unit: "MB",
    };
  } finally {
    child.kill("SIGTERM");
  }
}

/** Removes the bench's integration, its orders and everything they caused. */
async function forget(core: Core, integrationId: number) {
  const db = core.services.db;
  const subscriptions = db
    .selectFrom("webhook_subscriptions")
    .select("id")
    .where("integration_id", "=", integrationId);
  await db
    .deleteFrom("webhook_deliveries")
    .where("subscription_id", "in", subscriptions)
    .execute();
  await db
    .deleteFrom("webhook_subscriptions")
    .where("integration_id", "=", integrationId)
    .execute();
  await db
    .deleteFrom("integration_requests")
    .where("integration_id", "=", integrationId)
    .execute();
  await removeImported(core, prefix);
  const { user_id } = await db
    .selectFrom("integrations")
    .select("user_id")
    .where("id", "=", integrationId)
    .executeTakeFirstOrThrow();
  await db
    .deleteFrom("audit_log")
    .where((eb) =>
      eb.or([
        eb("user_id", "=", user_id),
        eb.and([
          eb("entity", "=", "integration"),
          eb("entity_id", "=", integrationId),
        ]),
      ]),
    )
    .execute();
  await db.deleteFrom("integrations").where("id", "=", integrationId).execute();
  await db.deleteFrom("users").where("id", "=", user_id).execute();
}
