// The integration API (/integration/v1) through the team service's real HTTP server on loopback,
// on SQLite and PostgreSQL: keys made in Settings, scopes, idempotency keys, the rate limit, the
// orders' operations audited under the integration's name, and the OpenAPI document.
import type { Server } from "node:http";
import { validate, compileErrors } from "@readme/openapi-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import {
  integrationApi,
  type IntegrationRow,
  type IntegrationScope,
  type UserRow,
} from "../../shared/contract";
import { signIn, testCore, valueOf } from "../fixtures/core";
import {
  callApi,
  newIntegration as makeIntegration,
  serveIntegrationApi,
  testPepper,
} from "../fixtures/integration-api";
import { png } from "../fixtures/images";
import { newOrder, newPartner } from "../fixtures/new-records";

let core: Core;
let admin: string;
let server: Server;
let origin: string;

async function serve(requestsPerMinute?: number) {
  server?.close();
  ({ server, origin } = await serveIntegrationApi(core, requestsPerMinute));
}

beforeEach(async () => {
  ({ core } = await testCore());
  admin = await signIn(core, "admin@cutr.example");
  await serve();
});
afterEach(async () => {
  server.close();
  await core.close();
});

const newIntegration = (scopes?: IntegrationScope[]) =>
  makeIntegration(core, admin, scopes);
const api = (
  ...args: Parameters<typeof callApi> extends [string, ...infer R] ? R : never
) => callApi(origin, ...args);

/** A demo customer given the shop's reference. */
async function shopCustomer(reference = "SHOP-CUST-1") {
  const customer = await core.services.db
    .selectFrom("customers")
    .select("id")
    // Not a key account: any new partner may be offered its orders.
    .where("key_account", "=", 0)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  await core.services.db
    .updateTable("customers")
    .set({ external_ref: reference })
    .where("id", "=", customer.id)
    .execute();
  return customer.id;
}

const shopOrder = (overrides: Record<string, unknown> = {}) => {
  const { customerId: _c, ...fields } = newOrder(0);
  return {
    ...fields,
    reference: "SHOP-1001",
    customerReference: "SHOP-CUST-1",
    ...overrides,
  };
};

describe("integration keys in Settings", () => {
  it("needs the service's pepper, shows the key once and keeps only its prefix and hash", async () => {
    expect(
      await core.call(
        "integrations.create",
        { name: "Shop", scopes: ["orders:read"] },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    const { integration, key } = await newIntegration();
    expect(key).toMatch(/^cutr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(integration.keyPrefix)).toBe(true);
    const stored = await core.services.db
      .selectFrom("integrations")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(key.slice(18));
    const overview = valueOf<{
      pepper: string;
      integrations: IntegrationRow[];
    }>(await core.call("integrations.list", {}, admin));
    expect(overview.pepper).toBe("ready");
    expect(JSON.stringify(overview)).not.toContain(key.slice(18));
    // The row it acts through is not a person: not listed, nobody signs in as it.
    const people = valueOf<UserRow[]>(await core.call("users.list", {}, admin));
    expect(people.map((u) => u.name)).not.toContain("Cutr shop");
    expect(
      await core.call(
        "integrations.create",
        { name: "Cutr shop", scopes: ["orders:read"] },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("refuses another pepper than the one the keys were made with", async () => {
    await newIntegration();
    expect(
      await core.call(
        "integrations.setPepper",
        { pepper: `${testPepper}, but another one` },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    // The good pepper is kept: a mistyped one never replaces it.
    expect(
      valueOf<{ pepper: string }>(
        await core.call("integrations.list", {}, admin),
      ).pepper,
    ).toBe("ready");
  });

  it("is for admins only", async () => {
    const dispatcher = await signIn(core, "dispatcher@cutr.example");
    expect(await core.call("integrations.list", {}, dispatcher)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
  });
});

describe("calling the API", () => {
  it("answers 401 in the envelope without a key, with a wrong one and with a revoked one", async () => {
    const { integration, key } = await newIntegration();
    for (const wrong of [undefined, "nonsense", `${key.slice(0, -1)}A`]) {
      const answer = await api("GET", "/orders/SHOP-1001", { key: wrong });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({
        ok: false,
        error: { code: "UNAUTHORIZED" },
      });
    }
    expect((await api("GET", "/orders/NONE", { key })).status).toBe(404);
    valueOf(
      await core.call("integrations.revoke", { id: integration.id }, admin),
    );
    expect((await api("GET", "/orders/NONE", { key })).status).toBe(401);
  });

  it("refuses an operation outside the key's scopes", async () => {
    const { key } = await newIntegration(["orders:read"]);
    await shopCustomer();
    const answer = await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "k1",
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error?.message).toContain("orders:write");
  });

  it("creates an order once however often the same request is retried, and refuses the key for another body", async () => {
    const { key } = await newIntegration();
    await shopCustomer();
    const first = await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "create-1001",
    });
    expect(first.status).toBe(200);
    expect(first.body.value).toMatchObject({
      created: true,
      order: {
        reference: "SHOP-1001",
        status: "open",
        customerReference: "SHOP-CUST-1",
      },
    });
    const again = await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "create-1001",
    });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    const orders = await core.services.db
      .selectFrom("orders")
      .select("id")
      .where("external_ref", "=", "SHOP-1001")
      .execute();
    expect(orders).toHaveLength(1);
    const other = await api("POST", "/orders", {
      key,
      body: shopOrder({ title: "Something else" }),
      idempotencyKey: "create-1001",
    });
    expect(other.status).toBe(409);
    const without = await api("POST", "/orders", { key, body: shopOrder() });
    expect(without.status).toBe(400);
    expect(without.body.error?.message).toContain("Idempotency-Key");
  });

  it("updates an open order by the shop's reference and records the change under the integration's name", async () => {
    const { key } = await newIntegration();
    await shopCustomer();
    await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "a",
    });
    const updated = await api("POST", "/orders", {
      key,
      body: shopOrder({ title: "Oak reception counter" }),
      idempotencyKey: "b",
    });
    expect(updated.body.value).toMatchObject({ created: false });
    const read = await api("GET", "/orders/SHOP-1001", { key });
    expect(read.status).toBe(200);
    const history = read.body.value?.history as {
      actor: string;
      action: string;
    }[];
    expect(history.map((h) => [h.actor, h.action])).toEqual([
      ["Cutr shop", "order.updated"],
      ["Cutr shop", "order.created"],
    ]);
    const detail = valueOf<{ title: string; history: { actor: string }[] }>(
      await core.call(
        "orders.get",
        {
          id: (
            await core.services.db
              .selectFrom("orders")
              .select("id")
              .where("external_ref", "=", "SHOP-1001")
              .executeTakeFirstOrThrow()
          ).id,
        },
        admin,
      ),
    );
    expect(detail.title).toBe("Oak reception counter");
  });

  it("says which customer reference it does not know, and which field is wrong", async () => {
    const { key } = await newIntegration();
    const unknown = await api("POST", "/orders", {
      key,
      body: shopOrder({ customerReference: "NOBODY" }),
      idempotencyKey: "c",
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.message).toContain("NOBODY");
    await shopCustomer();
    const bad = await api("POST", "/orders", {
      key,
      body: shopOrder({ requestedDeliveryDate: "2027-02-30" }),
      idempotencyKey: "d",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toContain("requestedDeliveryDate");
    const notJson = await fetch(`${origin}/integration/v1/orders`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Idempotency-Key": "e",
        "Content-Type": "application/json",
      },
      body: "{not json",
    });
    expect(notJson.status).toBe(400);
  });

  it("cancels an order and records a delivered order's feedback", async () => {
    const { key } = await newIntegration();
    await shopCustomer();
    await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "f",
    });
    const cancelled = await api("POST", "/orders/SHOP-1001/cancel", {
      key,
      body: { reason: "The customer changed their mind." },
      idempotencyKey: "g",
    });
    expect(cancelled.body.value).toMatchObject({
      status: "cancelled",
      cancelReason: "The customer changed their mind.",
    });
    const delivered = await core.services.db
      .selectFrom("orders")
      .select("id")
      .where("status", "=", "delivered")
      .where("delivered_at", ">", "2026-11-15")
      .executeTakeFirstOrThrow();
    await core.services.db
      .updateTable("orders")
      .set({ external_ref: "SHOP-DELIVERED" })
      .where("id", "=", delivered.id)
      .execute();
    const feedback = await api("POST", "/orders/SHOP-DELIVERED/feedback", {
      key,
      body: { kind: "positive", text: "Beautiful work." },
      idempotencyKey: "h",
    });
    expect(feedback.status).toBe(200);
    expect(feedback.body.value).toMatchObject({ status: "in_review" });
    const twice = await api("POST", "/orders/SHOP-DELIVERED/feedback", {
      key,
      body: { kind: "positive", text: "Beautiful work." },
      idempotencyKey: "i",
    });
    expect(twice.status).toBe(422);
  });

  it("takes a partner's answer to an offer and its fulfilment dates from the partner portal", async () => {
    const { key } = await makeIntegration(core, admin, [
      "orders:write",
      "offers:answer",
      "fulfilment:write",
    ]);
    await shopCustomer();
    await api("POST", "/orders", {
      key,
      body: shopOrder(),
      idempotencyKey: "o",
    });
    const accounts = await signIn(core, "accounts@cutr.example");
    const dispatcher = await signIn(core, "dispatcher@cutr.example");
    const { id: partnerId } = valueOf<{ id: number }>(
      await core.call(
        "partners.create",
        newPartner({ externalRef: "PARTNER-7" }),
        accounts,
      ),
    );
    const { id: orderId } = await core.services.db
      .selectFrom("orders")
      .select("id")
      .where("external_ref", "=", "SHOP-1001")
      .executeTakeFirstOrThrow();
    const answer = (partnerReference: string, idempotencyKey: string) =>
      api("POST", "/orders/SHOP-1001/offer-answer", {
        key,
        body: { partnerReference, accepted: true },
        idempotencyKey,
      });
    expect((await answer("PARTNER-7", "p0")).status).toBe(404);
    valueOf(
      await core.call(
        "dispatch.offer",
        { orderId, partnerIds: [partnerId] },
        dispatcher,
      ),
    );
    expect((await answer("SOMEONE-ELSE", "p1")).status).toBe(404);
    const accepted = await answer("PARTNER-7", "p2");
    expect(accepted.status).toBe(200);
    expect(accepted.body.value).toMatchObject({
      status: "assigned",
      partner: { name: newPartner().name, reference: "PARTNER-7" },
    });
    const dates = await api("POST", "/orders/SHOP-1001/fulfilment", {
      key,
      body: {
        materialArrival: "2026-12-01",
        plannedCompletion: "2027-01-08",
        deliveryDate: "2027-01-14",
        method: "delivery",
      },
      idempotencyKey: "f1",
    });
    expect(dates.status).toBe(200);
    expect(dates.body.value).toMatchObject({ deliveryDate: "2027-01-14" });
    const moved = await api("POST", "/orders/SHOP-1001/fulfilment", {
      key,
      body: { deliveryDate: "2027-01-20" },
      idempotencyKey: "f2",
    });
    expect(moved.status).toBe(422);
    expect(moved.body.error?.message).toMatch(/reason/i);
  });

  it("posts a partner's message in the order's thread as theirs, and refuses one where its author may not write", async () => {
    const { key } = await makeIntegration(core, admin, ["messages:write"]);
    const assigned = await core.services.db
      .selectFrom("orders")
      .select(["id", "partner_name"])
      .where("status", "=", "assigned")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await core.services.db
      .updateTable("orders")
      .set({ external_ref: "SHOP-ASSIGNED" })
      .where("id", "=", assigned.id)
      .execute();
    const posted = await api("POST", "/orders/SHOP-ASSIGNED/messages", {
      key,
      body: {
        thread: "cutr",
        author: "partner",
        text: "The panels are cut; photos follow.",
      },
      idempotencyKey: "m1",
    });
    expect(posted.status).toBe(200);
    const list = valueOf<{
      messages: { authorName: string; authorKind: string }[];
    }>(
      await core.call(
        "messages.list",
        { orderId: assigned.id, thread: "cutr" },
        admin,
      ),
    );
    expect(list.messages.at(-1)).toMatchObject({
      authorKind: "partner",
      authorName: assigned.partner_name,
    });
    const customerInCutr = await api("POST", "/orders/SHOP-ASSIGNED/messages", {
      key,
      body: { thread: "cutr", author: "customer", text: "Hello?" },
      idempotencyKey: "m2",
    });
    expect(customerInCutr.status).toBe(422);
  });

  it("adds a partner's photo to an order's folder, waiting for review, and refuses the same photo twice", async () => {
    const { key } = await makeIntegration(core, admin, ["files:write"]);
    const assigned = await core.services.db
      .selectFrom("orders")
      .select("id")
      .where("status", "=", "assigned")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    await core.services.db
      .updateTable("orders")
      .set({ external_ref: "SHOP-PHOTO" })
      .where("id", "=", assigned.id)
      .execute();
    const photo = {
      folder: "finished_product",
      name: "cabinet.png",
      dataBase64: (await png(64, 48)).toString("base64"),
    };
    const added = await api("POST", "/orders/SHOP-PHOTO/files", {
      key,
      body: photo,
      idempotencyKey: "photo-1",
    });
    expect(added.status).toBe(200);
    expect(added.body.value?.file).toMatchObject({
      folder: "finished_product",
      name: "cabinet.png",
      reviewState: "pending",
    });
    const again = await api("POST", "/orders/SHOP-PHOTO/files", {
      key,
      body: photo,
      idempotencyKey: "photo-2",
    });
    expect(again.status).toBe(409);
  });

  it("limits each key's requests a minute and says when to send again", async () => {
    await serve(5);
    const { key } = await newIntegration();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i += 1) {
      const answer = await api("GET", "/orders/NONE", { key });
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get("retry-after");
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe("the HTTP boundary", () => {
  it("answers a malformed path, a wrong method, a large or non-JSON body in the envelope, and keeps serving", async () => {
    const { key } = await newIntegration();
    const malformed = await api("GET", "/orders/%E0%A4%A", { key });
    expect(malformed.status).toBe(400);
    const wrongMethod = await api("PUT", "/orders", { key, body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    const large = await fetch(`${origin}/integration/v1/orders`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Idempotency-Key": "large",
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ notes: "x".repeat(1_100_000) }),
    });
    expect(large.status).toBe(413);
    const form = await fetch(`${origin}/integration/v1/orders`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${key}`,
        "Idempotency-Key": "form",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "a=1",
    });
    expect(form.status).toBe(415);
    expect((await api("GET", "/orders/NONE", { key })).status).toBe(404);
  });

  it("makes an address that keeps sending wrong keys wait", async () => {
    const { key } = await newIntegration();
    const wrong = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1)
      statuses.push((await api("GET", "/orders/NONE", { key: wrong })).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("takes a retry whose body lists the same fields in another order as the same request", async () => {
    const { key } = await newIntegration();
    await shopCustomer();
    const body = shopOrder();
    const first = await api("POST", "/orders", {
      key,
      body,
      idempotencyKey: "same",
    });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await api("POST", "/orders", {
      key,
      body: reordered,
      idempotencyKey: "same",
    });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
  });
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and describes every operation", async () => {
    const answer = await fetch(`${origin}/integration/v1/openapi.json`);
    expect(answer.status).toBe(200);
    const document = (await answer.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    for (const operation of Object.values(integrationApi))
      expect(
        document.paths[`/integration/v1${operation.path}`]?.[
          operation.method.toLowerCase()
        ],
        `${operation.method} ${operation.path}`,
      ).toBeDefined();
  });
});
