// Frozen once landed: never edit this file, add a new migration instead.
// The Cutr platform's way in and out (integration API and webhooks, served by the team service).
// An integration is a caller like a user: its key is stored only as a peppered hash (the pepper
// lives outside the database), scoped to operations and revocable. It acts through a users row of
// its own (inactive, so nobody signs in as it and no digest goes to it), so every change it makes
// is recorded and audited under its name by the same code as a person's. Each write carries an idempotency key, kept a
// day with the answer it got. A webhook subscription names its events; each event for it is a
// delivery row written in the transaction of the change, claimed and sent later with retries.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type Kysely } from "kysely";
import { dialectOf } from "../dialect";

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  const id = (c: any) =>
    postgres
      ? c.primaryKey().generatedByDefaultAsIdentity()
      : c.primaryKey().autoIncrement();

  await db.schema
    .createTable("integrations")
    .addColumn("id", "integer", id)
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) =>
      c.notNull().unique().references("users.id"),
    )
    /** The key's first characters, shown to staff and used to find the key. */
    .addColumn("key_prefix", "text", (c) => c.notNull().unique())
    /** HMAC-SHA256 of the key with the pepper, hex. */
    .addColumn("key_hash", "text", (c) => c.notNull())
    /** JSON array of IntegrationScope. */
    .addColumn("scopes", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "integer", (c) => c.references("users.id"))
    .execute();
  // One working integration of a name: the audit names it.
  await db.schema
    .createIndex("integrations_active_name")
    .on("integrations")
    .column("name")
    .unique()
    .where(sql.ref("revoked_at"), "is", null)
    .execute();

  await db.schema
    .createTable("integration_requests")
    .addColumn("integration_id", "integer", (c) =>
      c.notNull().references("integrations.id"),
    )
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    /** SHA-256 of the method and the body: the same key with another body is refused. */
    .addColumn("request_hash", "text", (c) => c.notNull())
    /** Null while the first request with the key is running. */
    .addColumn("http_status", "integer")
    .addColumn("response", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("integration_requests_pk", [
      "integration_id",
      "idempotency_key",
    ])
    .execute();
  await db.schema
    .createIndex("integration_requests_created")
    .on("integration_requests")
    .column("created_at")
    .execute();

  await db.schema
    .createTable("webhook_subscriptions")
    .addColumn("id", "integer", id)
    .addColumn("integration_id", "integer", (c) =>
      c.notNull().references("integrations.id"),
    )
    .addColumn("url", "text", (c) => c.notNull())
    /** JSON array of WebhookEvent. */
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("ended_at", "text")
    .execute();

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "integer", id)
    .addColumn("subscription_id", "integer", (c) =>
      c.notNull().references("webhook_subscriptions.id"),
    )
    /** The event's own id (a UUID), the same on every attempt: receivers drop repeats by it. */
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("order_id", "integer", (c) => c.references("orders.id"))
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    /** queued, sending, delivered, failed */
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("due_at", "text", (c) => c.notNull())
    /** Until when the process that claimed it may send it; then another takes it over. */
    .addColumn("claimed_until", "text")
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("delivered_at", "text")
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_due")
    .on("webhook_deliveries")
    .columns(["status", "due_at"])
    .execute();
  await db.schema
    .createIndex("webhook_deliveries_subscription")
    .on("webhook_deliveries")
    .columns(["subscription_id", "id"])
    .execute();
}
