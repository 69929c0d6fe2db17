// Frozen once landed: never edit this file, add a new migration instead.
// Typed Kysely<any> on purpose: a migration describes the schema as it was, not as it is.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql, type CreateTableBuilder, type Kysely } from "kysely";
import { dialectOf } from "../dialect";
import { upPostgresSearchAndNames } from "./0001_initial.postgres";

// Team mode (PostgreSQL) was added later with the same tables: only the id columns, the float
// columns and the triggers differ, and the SQLite statements stayed as they were.
let postgres = false;
const real = () => (postgres ? "double precision" : "real");

function withId(table: CreateTableBuilder<any, any>) {
  return table.addColumn("id", "integer", (c) =>
    postgres
      ? c.primaryKey().generatedByDefaultAsIdentity()
      : c.primaryKey().autoIncrement(),
  );
}

export async function up(db: Kysely<any>): Promise<void> {
  postgres = dialectOf(db) === "postgres";
  const s = db.schema;

  await withId(s.createTable("users"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await s
    .createTable("sessions")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();

  await withId(s.createTable("partners"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("communication", "text", (c) => c.notNull())
    .addColumn("rating", real())
    .addColumn("tier", "text", (c) => c.notNull().defaultTo("new"))
    .addColumn("rated_orders", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active_orders", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_assigned_at", "text")
    .addColumn("rating_updated_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await s.createIndex("partners_name").on("partners").column("name").execute();
  await s
    .createIndex("partners_tier_rating")
    .on("partners")
    .columns(["tier", "rating"])
    .execute();

  await s
    .createTable("partner_capabilities")
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("capability", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partner_capabilities_pk", [
      "partner_id",
      "capability",
    ])
    .execute();
  await s
    .createIndex("partner_capabilities_capability")
    .on("partner_capabilities")
    .columns(["capability", "partner_id"])
    .execute();

  await s
    .createTable("partner_regions")
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("region", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("partner_regions_pk", ["partner_id", "region"])
    .execute();
  await s
    .createIndex("partner_regions_region")
    .on("partner_regions")
    .columns(["region", "partner_id"])
    .execute();

  await withId(s.createTable("customers"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("key_account", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("customers_name")
    .on("customers")
    .column("name")
    .execute();

  await withId(s.createTable("orders"))
    .addColumn("number", "text", (c) => c.notNull().unique())
    .addColumn("customer_id", "integer", (c) =>
      c.notNull().references("customers.id"),
    )
    .addColumn("partner_id", "integer", (c) => c.references("partners.id"))
    // Copies of the customer's and partner's names, kept by triggers, so the Orders list sorts
    // and reads 200,000 rows without a join.
    .addColumn("customer_name", "text", (c) => c.notNull())
    .addColumn("partner_name", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("key_account", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("region", "text", (c) => c.notNull())
    .addColumn("requires_installation", "integer", (c) =>
      c.notNull().defaultTo(0),
    )
    .addColumn("requires_production_drawing", "integer", (c) =>
      c.notNull().defaultTo(0),
    )
    .addColumn("requires_sample_picture", "integer", (c) =>
      c.notNull().defaultTo(0),
    )
    .addColumn("direct_messaging", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("value_cents", "integer", (c) => c.notNull())
    .addColumn("agreed_price_cents", "integer", (c) => c.notNull())
    .addColumn("final_amount_cents", "integer")
    .addColumn("requested_delivery_date", "text", (c) => c.notNull())
    .addColumn("delivery_street", "text", (c) => c.notNull())
    .addColumn("delivery_postcode", "text", (c) => c.notNull())
    .addColumn("delivery_city", "text", (c) => c.notNull())
    .addColumn("delivery_country", "text", (c) => c.notNull())
    .addColumn("packaging", "text", (c) => c.notNull().defaultTo("box"))
    .addColumn("box_count", "integer", (c) => c.notNull())
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("assigned_at", "text")
    .addColumn("ready_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("approved_at", "text")
    .addColumn("cancelled_at", "text")
    .execute();
  // Every sortable column of the Orders list, alone and after status (the common filter).
  for (const column of [
    "created_at",
    "requested_delivery_date",
    "value_cents",
    "status",
    "customer_name",
    "partner_name",
  ]) {
    await s
      .createIndex(`orders_${column}`)
      .on("orders")
      .columns([column, "id"])
      .execute();
  }
  for (const column of [
    "created_at",
    "requested_delivery_date",
    "value_cents",
    "number",
  ]) {
    await s
      .createIndex(`orders_status_${column}`)
      .on("orders")
      .columns(["status", column])
      .execute();
  }
  await s
    .createIndex("orders_customer")
    .on("orders")
    .columns(["customer_id", "created_at"])
    .execute();
  await s
    .createIndex("orders_partner")
    .on("orders")
    .columns(["partner_id", "status"])
    .execute();
  await s
    .createIndex("orders_region")
    .on("orders")
    .columns(["region", "created_at"])
    .execute();
  await s
    .createIndex("orders_key_account")
    .on("orders")
    .columns(["key_account", "status", "requested_delivery_date"])
    .execute();

  await s
    .createTable("order_capabilities")
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("capability", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("order_capabilities_pk", [
      "order_id",
      "capability",
    ])
    .execute();

  await withId(s.createTable("order_items"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("part", "text", (c) => c.notNull())
    .addColumn("material", "text", (c) => c.notNull())
    .addColumn("length_mm", "integer", (c) => c.notNull())
    .addColumn("width_mm", "integer", (c) => c.notNull())
    .addColumn("thickness_mm", "integer", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .execute();
  await s
    .createIndex("order_items_order")
    .on("order_items")
    .columns(["order_id", "position"])
    .execute();

  await withId(s.createTable("assignments"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("assigned_at", "text", (c) => c.notNull())
    .addColumn("assigned_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .addColumn("override_reason", "text")
    .addColumn("match_note", "text")
    .addColumn("cancelled_at", "text")
    .addColumn("cancelled_by", "integer", (c) => c.references("users.id"))
    .addColumn("cancel_reason", "text")
    .addColumn("counts_toward_rating", "integer")
    .execute();
  await s
    .createIndex("assignments_order")
    .on("assignments")
    .column("order_id")
    .execute();
  await s
    .createIndex("assignments_partner")
    .on("assignments")
    .columns(["partner_id", "assigned_at"])
    .execute();

  await withId(s.createTable("offers"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addColumn("sent_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("responded_at", "text")
    .execute();
  await s
    .createIndex("offers_order")
    .on("offers")
    .columns(["order_id", "status"])
    .execute();

  await withId(s.createTable("todos"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("assignment_id", "integer", (c) =>
      c.notNull().references("assignments.id"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .addColumn("done_by", "integer", (c) => c.references("users.id"))
    .execute();
  await s.createIndex("todos_order").on("todos").column("order_id").execute();
  await s
    .createIndex("todos_open_due")
    .on("todos")
    .columns(["done_at", "due_date"])
    .execute();

  await withId(s.createTable("tasks"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("assignment_id", "integer", (c) =>
      c.notNull().references("assignments.id"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("proposed_dates", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("customer_joins", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("done_at", "text")
    .execute();
  await s.createIndex("tasks_order").on("tasks").column("order_id").execute();

  await withId(s.createTable("milestones"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("set_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("set_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await s
    .createIndex("milestones_order")
    .on("milestones")
    .column("order_id")
    .execute();

  await s
    .createTable("fulfilment")
    .addColumn("order_id", "integer", (c) =>
      c.primaryKey().references("orders.id"),
    )
    .addColumn("material_arrival", "text")
    .addColumn("planned_completion", "text")
    .addColumn("delivery_date", "text")
    .addColumn("method", "text")
    .addColumn("invoice_reference", "text")
    .addColumn("no_invoice_reference", "integer", (c) =>
      c.notNull().defaultTo(0),
    )
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();

  await withId(s.createTable("delivery_date_changes"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("old_date", "text")
    .addColumn("new_date", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("in_time", "integer")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .execute();
  await s
    .createIndex("delivery_date_changes_order")
    .on("delivery_date_changes")
    .column("order_id")
    .execute();

  await withId(s.createTable("files"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("folder", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("width", "integer")
    .addColumn("height", "integer")
    .addColumn("review_state", "text")
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "integer", (c) => c.references("users.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await s
    .createIndex("files_order")
    .on("files")
    .columns(["order_id", "folder"])
    .execute();
  await s
    .createIndex("files_review")
    .on("files")
    .columns(["review_state", "uploaded_at"])
    .execute();
  await s.createIndex("files_sha256").on("files").column("sha256").execute();

  await withId(s.createTable("file_reviews"))
    .addColumn("file_id", "integer", (c) => c.notNull().references("files.id"))
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("reviewer_id", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addColumn("undone_at", "text")
    .execute();
  await s
    .createIndex("file_reviews_file")
    .on("file_reviews")
    .column("file_id")
    .execute();

  await withId(s.createTable("feedback"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("about_quality", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .execute();
  await s
    .createIndex("feedback_order")
    .on("feedback")
    .column("order_id")
    .execute();

  await withId(s.createTable("ratings"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().unique().references("orders.id"),
    )
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("quality", "integer", (c) => c.notNull())
    .addColumn("communication", "integer", (c) => c.notNull())
    .addColumn("involvement", "integer", (c) => c.notNull())
    .addColumn("delivery_time", "integer", (c) => c.notNull())
    .addColumn("budget", "integer", (c) => c.notNull())
    .addColumn("customer_satisfaction", "integer")
    .addColumn("score", real(), (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("rated_at", "text", (c) => c.notNull())
    .addColumn("rated_by", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await s
    .createIndex("ratings_partner")
    .on("ratings")
    .columns(["partner_id", "rated_at"])
    .execute();

  await withId(s.createTable("rating_revisions"))
    .addColumn("rating_id", "integer", (c) =>
      c.notNull().references("ratings.id"),
    )
    .addColumn("before", "text", (c) => c.notNull())
    .addColumn("after", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("revised_at", "text", (c) => c.notNull())
    .addColumn("revised_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .execute();
  await s
    .createIndex("rating_revisions_rating")
    .on("rating_revisions")
    .column("rating_id")
    .execute();

  await withId(s.createTable("partner_scores"))
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("score", real(), (c) => c.notNull())
    .addColumn("scored_on", "text", (c) => c.notNull())
    .addColumn("rating_id", "integer", (c) => c.references("ratings.id"))
    .addColumn("assignment_id", "integer", (c) =>
      c.references("assignments.id"),
    )
    .execute();
  await s
    .createIndex("partner_scores_window")
    .on("partner_scores")
    .columns(["partner_id", "scored_on"])
    .execute();

  await withId(s.createTable("partner_rating_history"))
    .addColumn("partner_id", "integer", (c) =>
      c.notNull().references("partners.id"),
    )
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("rating", real())
    .addColumn("tier", "text", (c) => c.notNull())
    .addColumn("rated_orders", "integer", (c) => c.notNull())
    .addColumn("cause", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("partner_rating_history_partner")
    .on("partner_rating_history")
    .columns(["partner_id", "recorded_at"])
    .execute();

  await withId(s.createTable("message_threads"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("last_message_at", "text")
    .addColumn("last_author_kind", "text")
    .addColumn("message_count", "integer", (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint("message_threads_order_kind", ["order_id", "kind"])
    .execute();
  await s
    .createIndex("message_threads_waiting")
    .on("message_threads")
    .columns(["last_author_kind", "last_message_at"])
    .execute();

  await withId(s.createTable("messages"))
    .addColumn("thread_id", "integer", (c) =>
      c.notNull().references("message_threads.id"),
    )
    .addColumn("author_kind", "text", (c) => c.notNull())
    .addColumn("author_user_id", "integer", (c) => c.references("users.id"))
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("messages_thread")
    .on("messages")
    .columns(["thread_id", "id"])
    .execute();

  await withId(s.createTable("message_attachments"))
    .addColumn("message_id", "integer", (c) =>
      c.notNull().references("messages.id"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("mime", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .execute();
  await s
    .createIndex("message_attachments_message")
    .on("message_attachments")
    .column("message_id")
    .execute();

  await s
    .createTable("message_reads")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id"))
    .addColumn("thread_id", "integer", (c) =>
      c.notNull().references("message_threads.id"),
    )
    .addColumn("last_read_message_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("message_reads_pk", ["user_id", "thread_id"])
    .execute();

  await withId(s.createTable("outbox"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("order_id", "integer", (c) => c.references("orders.id"))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await s
    .createIndex("outbox_due")
    .on("outbox")
    .columns(["status", "due_at"])
    .execute();

  await withId(s.createTable("audit_log"))
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.references("users.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer")
    .addColumn("order_id", "integer", (c) => c.references("orders.id"))
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("reason", "text")
    .execute();
  await s
    .createIndex("audit_log_order")
    .on("audit_log")
    .columns(["order_id", "id"])
    .execute();

  // Generated packing slips: the PDF's bytes live in the content-addressed file store.
  await withId(s.createTable("packing_slips"))
    .addColumn("order_id", "integer", (c) =>
      c.notNull().references("orders.id"),
    )
    .addColumn("order_version", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("page_count", "integer", (c) => c.notNull())
    .addColumn("generated_at", "text", (c) => c.notNull())
    .addColumn("generated_by", "integer", (c) =>
      c.notNull().references("users.id"),
    )
    .execute();
  await s
    .createIndex("packing_slips_order")
    .on("packing_slips")
    .columns(["order_id", "id"])
    .execute();

  await s
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "integer", (c) => c.references("users.id"))
    .execute();

  await s
    .createTable("closing_days")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  // Full-text search over what staff type to find an order: its number, customer, partner and
  // delivery address, matched by word prefixes ("ijssel" finds "IJsselmeerdijk", "00123" finds
  // C-2026-00123). Kept in step with the orders by triggers, so no service can forget it.
  if (postgres) return upPostgresSearchAndNames(db);
  await sql`CREATE VIRTUAL TABLE order_search USING fts5(
    number, customer, partner, address,
    tokenize = 'unicode61 remove_diacritics 2'
  )`.execute(db);
  await sql`CREATE TRIGGER order_search_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_search (rowid, number, customer, partner, address)
    VALUES (
      new.id, new.number,
      new.customer_name,
      (SELECT name FROM partners WHERE id = new.partner_id),
      new.delivery_street || ' ' || new.delivery_postcode || ' ' || new.delivery_city
    );
  END`.execute(db);
  await sql`CREATE TRIGGER orders_names_insert AFTER INSERT ON orders
    WHEN new.customer_name IS NOT (SELECT name FROM customers WHERE id = new.customer_id)
      OR new.partner_name IS NOT (SELECT name FROM partners WHERE id = new.partner_id)
    BEGIN
      UPDATE orders SET
        customer_name = (SELECT name FROM customers WHERE id = new.customer_id),
        partner_name = (SELECT name FROM partners WHERE id = new.partner_id)
      WHERE id = new.id;
    END`.execute(db);
  await sql`CREATE TRIGGER orders_names_partner AFTER UPDATE OF partner_id ON orders BEGIN
    UPDATE orders SET partner_name = (SELECT name FROM partners WHERE id = new.partner_id)
    WHERE id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER orders_names_customer_renamed AFTER UPDATE OF name ON customers BEGIN
    UPDATE orders SET customer_name = new.name WHERE customer_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER orders_names_partner_renamed AFTER UPDATE OF name ON partners BEGIN
    UPDATE orders SET partner_name = new.name WHERE partner_id = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER order_search_partner AFTER UPDATE OF partner_id ON orders BEGIN
    UPDATE order_search SET partner = (SELECT name FROM partners WHERE id = new.partner_id)
    WHERE rowid = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER order_search_address
    AFTER UPDATE OF delivery_street, delivery_postcode, delivery_city ON orders BEGIN
    UPDATE order_search
    SET address = new.delivery_street || ' ' || new.delivery_postcode || ' ' || new.delivery_city
    WHERE rowid = new.id;
  END`.execute(db);
  await sql`CREATE TRIGGER order_search_delete AFTER DELETE ON orders BEGIN
    DELETE FROM order_search WHERE rowid = old.id;
  END`.execute(db);
  await sql`CREATE TRIGGER order_search_customer_name AFTER UPDATE OF name ON customers BEGIN
    UPDATE order_search SET customer = new.name
    WHERE rowid IN (SELECT id FROM orders WHERE customer_id = new.id);
  END`.execute(db);
  await sql`CREATE TRIGGER order_search_partner_name AFTER UPDATE OF name ON partners BEGIN
    UPDATE order_search SET partner = new.name
    WHERE rowid IN (SELECT id FROM orders WHERE partner_id = new.id);
  END`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error("The first migration cannot be undone.");
}
