// One order with everything its tabs show: items, schedule, files, threads, rating and history.
import { addDays } from "date-fns";
import type { Kysely } from "kysely";
import {
  fileFolders,
  threadKinds,
  type Capability,
} from "../../../shared/domain";
import type {
  FolderSummary,
  HistoryEntry,
  OrderDetail,
  ThreadSummary,
} from "../../../shared/contract";
import type { Database } from "../db/schema";
import { auditHistory } from "../audit/history";
import { notFound } from "../errors";
import { ofCurrentAssignment } from "../files/current-assignment-files";
import { loadPolicy } from "../settings/policy";
import {
  getFulfilment,
  listMilestones,
  currentAssignmentId as currentAssignmentIdOf,
  listTasks,
  listTodos,
} from "./order-parts";
import { selectOrderRows, toOrderRow } from "./order-row";

async function folderSummaries(
  db: Kysely<Database>,
  orderId: number,
): Promise<FolderSummary[]> {
  const counts = await db
    .selectFrom("files")
    .select([
      "folder",
      "review_state",
      (eb) => eb.fn.countAll<number>().as("n"),
    ])
    .where("order_id", "=", orderId)
    // The current assignment's files: the earlier ones are listed, marked, in the folder itself.
    .where(ofCurrentAssignment)
    .groupBy(["folder", "review_state"])
    .execute();
  return fileFolders.map((folder) => {
    const of = counts.filter((c) => c.folder === folder);
    const count = (state: string) =>
      of
        .filter((c) => c.review_state === state)
        .reduce((n, c) => n + Number(c.n), 0);
    return {
      folder,
      total: of.reduce((n, c) => n + Number(c.n), 0),
      pending: count("pending"),
      approved: count("approved"),
      rejected: count("rejected"),
    };
  });
}

async function threadSummaries(
  db: Kysely<Database>,
  orderId: number,
): Promise<ThreadSummary[]> {
  const threads = await db
    .selectFrom("message_threads")
    .select(["kind", "message_count", "last_message_at"])
    .where("order_id", "=", orderId)
    .where("ended_at", "is", null)
    .execute();
  return threadKinds.flatMap((kind) => {
    const thread = threads.find((t) => t.kind === kind);
    return thread
      ? [
          {
            kind,
            messageCount: thread.message_count,
            lastMessageAt: thread.last_message_at,
          },
        ]
      : [];
  });
}

export async function orderHistory(
  db: Kysely<Database>,
  orderId: number,
): Promise<HistoryEntry[]> {
  return (await auditHistory(db, { orderId }, { offset: 0, limit: 200 })).rows;
}

export async function getOrder(
  db: Kysely<Database>,
  id: number,
): Promise<OrderDetail> {
  const row = await selectOrderRows(db)
    .innerJoin("customers", "customers.id", "orders.customer_id")
    .leftJoin("partners", "partners.id", "orders.partner_id")
    .select([
      "orders.requires_installation",
      "orders.requires_production_drawing",
      "orders.requires_sample_picture",
      "orders.direct_messaging",
      "orders.agreed_price_cents",
      "orders.final_amount_cents",
      "orders.delivery_street",
      "orders.delivery_postcode",
      "orders.delivery_city",
      "orders.delivery_country",
      "orders.packaging",
      "orders.box_count",
      "orders.notes",
      "orders.external_ref",
      "orders.cancel_reason",
      "orders.cancelled_at",
      "orders.assigned_at",
      "orders.ready_at",
      "customers.email as customer_email",
      "customers.city as customer_city",
      "customers.country as customer_country",
      "partners.tier as partner_tier",
      "partners.rating as partner_rating",
    ])
    .where("orders.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("order", id);

  const [
    capabilities,
    items,
    milestones,
    todos,
    tasks,
    fulfilment,
    dateChanges,
    rating,
    currentAssignmentId,
  ] = await Promise.all([
    db
      .selectFrom("order_capabilities")
      .select("capability")
      .where("order_id", "=", id)
      .execute(),
    db
      .selectFrom("order_items")
      .selectAll()
      .where("order_id", "=", id)
      .orderBy("position")
      .execute(),
    listMilestones(db, id),
    listTodos(db, id),
    listTasks(db, id),
    getFulfilment(db, id),
    db
      .selectFrom("delivery_date_changes")
      .innerJoin("users", "users.id", "delivery_date_changes.recorded_by")
      .select([
        "old_date",
        "new_date",
        "reason",
        "in_time",
        "recorded_at",
        "delivery_date_changes.assignment_id",
        "users.name as recorded_by",
      ])
      .where("order_id", "=", id)
      .orderBy("delivery_date_changes.id")
      .execute(),
    db
      .selectFrom("ratings")
      .innerJoin("users", "users.id", "ratings.rated_by")
      .selectAll("ratings")
      .select("users.name as rated_by_name")
      .where("order_id", "=", id)
      .executeTakeFirst(),
    currentAssignmentIdOf(db, id),
  ]);

  const { feedbackWindowDays } = await loadPolicy(db);
  return {
    ...toOrderRow(row),
    feedbackWindowEndsAt: row.delivered_at
      ? addDays(new Date(row.delivered_at), feedbackWindowDays).toISOString()
      : null,
    customer: {
      id: row.customer_id,
      name: row.customer_name,
      email: row.customer_email,
      city: row.customer_city,
      country: row.customer_country,
    },
    partner:
      row.partner_id !== null &&
      row.partner_name !== null &&
      row.partner_tier !== null
        ? {
            id: row.partner_id,
            name: row.partner_name,
            tier: row.partner_tier,
            rating: row.partner_rating,
          }
        : null,
    // In byte order, as the lists of orders show them (joinedTexts).
    capabilities: capabilities.map((c) => c.capability as Capability).sort(),
    requiresInstallation: row.requires_installation === 1,
    requiresProductionDrawing: row.requires_production_drawing === 1,
    requiresSamplePicture: row.requires_sample_picture === 1,
    directMessaging: row.direct_messaging === 1,
    agreedPriceCents: row.agreed_price_cents,
    finalAmountCents: row.final_amount_cents,
    deliveryAddress: {
      street: row.delivery_street,
      postcode: row.delivery_postcode,
      city: row.delivery_city,
      country: row.delivery_country,
    },
    packaging: row.packaging,
    boxCount: row.box_count,
    notes: row.notes,
    externalRef: row.external_ref,
    cancelReason: row.cancel_reason,
    cancelledAt: row.cancelled_at,
    assignedAt: row.assigned_at,
    readyAt: row.ready_at,
    items: items.map((i) => ({
      position: i.position,
      part: i.part,
      material: i.material,
      lengthMm: i.length_mm,
      widthMm: i.width_mm,
      thicknessMm: i.thickness_mm,
      quantity: i.quantity,
    })),
    milestones,
    todos,
    tasks,
    fulfilment,
    deliveryDateChanges: dateChanges.map((c) => ({
      oldDate: c.old_date,
      newDate: c.new_date,
      reason: c.reason,
      recordedAt: c.recorded_at,
      recordedBy: c.recorded_by,
      inTime: c.in_time === null ? null : c.in_time === 1,
      fromEarlierAssignment: c.assignment_id !== currentAssignmentId,
    })),
    rating: rating
      ? {
          factors: {
            quality: rating.quality,
            communication: rating.communication,
            involvement: rating.involvement,
            deliveryTime: rating.delivery_time,
            budget: rating.budget,
            customerSatisfaction: rating.customer_satisfaction,
          },
          score: rating.score,
          ratedAt: rating.rated_at,
          ratedBy: rating.rated_by_name,
        }
      : null,
    folders: await folderSummaries(db, id),
    threads: await threadSummaries(db, id),
    history: await orderHistory(db, id),
  };
}
