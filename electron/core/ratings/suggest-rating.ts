// The suggested stars of an approved order and the evidence behind each (DOMAIN.md, Ratings).
import type { Kysely } from "kysely";
import type {
  EvidenceLine,
  FactorSuggestion,
  RatingSuggestion,
} from "../../../shared/contract";
import type { Policy } from "../../../shared/policy";
import {
  businessDateOf,
  daysBetween,
} from "../../../shared/rules/business-time";
import {
  budgetStars,
  deliveryTimeStars,
  involvementStars,
  qualityStars,
} from "../../../shared/rules/suggested-stars";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { ofCurrentAssignment } from "../files/current-assignment-files";
import { loadDateInForce } from "../schedule/date-in-force";
import { communication } from "./communication-suggestion";

const movedEvidence = {
  earlier: "ratings:evidence.movedEarlier",
  inTime: "ratings:evidence.movedInTime",
  late: "ratings:evidence.movedLate",
} as const;

async function deliveryTime(
  db: Kysely<Database>,
  order: {
    id: number;
    requested_delivery_date: string;
    delivered_at: string | null;
  },
  policy: Policy,
): Promise<FactorSuggestion> {
  // Earlier dates and delays reported in time replace the date in force; late ones do not.
  const { inForce, steps } = await loadDateInForce(db, order, policy);
  const evidence: EvidenceLine[] = [
    {
      key: "ratings:evidence.requested",
      dates: { date: order.requested_delivery_date },
    },
    ...steps.map((step): EvidenceLine => ({
      key: movedEvidence[step.outcome],
      dates: {
        date: step.newDate,
        reportedOn: step.reportedOn,
        inForce: step.inForceBefore,
      },
    })),
  ];
  if (!order.delivered_at)
    return {
      stars: null,
      evidence: [...evidence, { key: "ratings:evidence.noDelivery" }],
    };
  const delivered = businessDateOf(order.delivered_at);
  const late = daysBetween(inForce, delivered);
  evidence.push(
    late <= 0
      ? { key: "ratings:evidence.deliveredOnTime", dates: { delivered } }
      : {
          key: "ratings:evidence.deliveredLate",
          values: { count: late },
          dates: { delivered, inForce },
        },
  );
  return { stars: deliveryTimeStars(late, policy), evidence };
}

function budget(
  order: { agreed_price_cents: number; final_amount_cents: number | null },
  policy: Policy,
): FactorSuggestion {
  if (order.final_amount_cents === null)
    return {
      stars: null,
      evidence: [{ key: "ratings:evidence.noFinalAmount" }],
    };
  const over =
    ((order.final_amount_cents - order.agreed_price_cents) /
      order.agreed_price_cents) *
    100;
  const cents = {
    agreed: order.agreed_price_cents,
    final: order.final_amount_cents,
  };
  return {
    stars: budgetStars(
      order.agreed_price_cents,
      order.final_amount_cents,
      policy,
    ),
    evidence: [
      over > 0
        ? {
            key: "ratings:evidence.overBudget",
            values: { percentOver: over },
            cents,
          }
        : { key: "ratings:evidence.withinBudget", cents },
    ],
  };
}

async function involvement(
  db: Kysely<Database>,
  orderId: number,
): Promise<FactorSuggestion> {
  const todos = await db
    .selectFrom("todos")
    .select(["kind", "due_date", "done_at"])
    .where("order_id", "=", orderId)
    // Only the current partner's to-dos: an earlier, cancelled assignment is not theirs.
    .where("assignment_id", "in", (eb) =>
      eb
        .selectFrom("assignments")
        .select("id")
        .where("order_id", "=", orderId)
        .where("cancelled_at", "is", null),
    )
    .execute();
  const late = todos.filter(
    (t) => t.done_at === null || businessDateOf(t.done_at) > t.due_date,
  );
  return {
    stars: involvementStars(late.length),
    evidence:
      late.length === 0
        ? [
            {
              key: "ratings:evidence.todosOnTime",
              values: { total: todos.length },
            },
          ]
        : late.map((t): EvidenceLine =>
            t.done_at
              ? {
                  key: "ratings:evidence.todoLate",
                  values: { todo: t.kind },
                  dates: { due: t.due_date, done: businessDateOf(t.done_at) },
                }
              : {
                  key: "ratings:evidence.todoNeverDone",
                  values: { todo: t.kind },
                  dates: { due: t.due_date },
                },
          ),
  };
}

async function quality(
  db: Kysely<Database>,
  orderId: number,
  policy: Policy,
): Promise<{ quality: FactorSuggestion; complaint: string | null }> {
  // A photo counts as rejected at first review when its first (not undone) decision was a rejection.
  const reviews = await db
    .selectFrom("file_reviews")
    .innerJoin("files", "files.id", "file_reviews.file_id")
    .select(["file_reviews.file_id", "file_reviews.decision"])
    .where("files.order_id", "=", orderId)
    // Photos only (not drawings), sent since the current partner was assigned.
    .where("files.folder", "in", [
      "finished_product",
      "packed_product",
      "sample_picture",
    ])
    .where(ofCurrentAssignment)
    .where("file_reviews.undone_at", "is", null)
    .orderBy("file_reviews.id")
    .execute();
  const first = new Map<number, string>();
  for (const r of reviews)
    if (!first.has(r.file_id)) first.set(r.file_id, r.decision);
  const rejections = [...first.values()].filter((d) => d === "rejected").length;
  const complaint = await db
    .selectFrom("feedback")
    .select("text")
    .where("order_id", "=", orderId)
    .where("about_quality", "=", 1)
    .executeTakeFirst();
  const evidence: EvidenceLine[] = [
    first.size === 0
      ? { key: "ratings:evidence.noPhotos" }
      : {
          key: "ratings:evidence.photosReviewed",
          values: { photos: first.size, rejections },
        },
  ];
  if (complaint)
    evidence.push({
      key: "ratings:evidence.qualityComplaint",
      values: { text: complaint.text },
    });
  return {
    quality: {
      stars: qualityStars(rejections, complaint !== undefined, policy),
      evidence,
    },
    complaint: complaint?.text ?? null,
  };
}

export async function suggestRating(
  db: Kysely<Database>,
  orderId: number,
  policy: Policy,
): Promise<RatingSuggestion> {
  const order = await db
    .selectFrom("orders")
    .select([
      "id",
      "status",
      "partner_id",
      "requested_delivery_date",
      "delivered_at",
      "approved_at",
      "agreed_price_cents",
      "final_amount_cents",
    ])
    .where("id", "=", orderId)
    .executeTakeFirst();
  if (!order) throw notFound("order", orderId);
  if (
    order.status !== "approved" ||
    !order.approved_at ||
    order.partner_id === null
  ) {
    throw new AppError("RULE", {
      key: "errors:ratings.notApproved",
      values: { number: orderId, status: order.status },
    });
  }
  const feedback = await db
    .selectFrom("feedback")
    .select(["kind", "text"])
    .where("order_id", "=", orderId)
    .orderBy("id")
    .execute();
  const current = await db
    .selectFrom("ratings")
    .selectAll()
    .where("order_id", "=", orderId)
    .executeTakeFirst();
  const { quality: qualitySuggestion } = await quality(db, orderId, policy);
  return {
    orderId,
    partnerId: order.partner_id,
    approvedAt: order.approved_at,
    factors: {
      quality: qualitySuggestion,
      communication: await communication(db, orderId, policy),
      involvement: await involvement(db, orderId),
      deliveryTime: await deliveryTime(db, order, policy),
      budget: budget(order, policy),
      customerSatisfaction: {
        stars: null,
        evidence:
          feedback.length === 0
            ? [{ key: "ratings:evidence.noFeedback" }]
            : feedback.map((f) => ({
                key: `ratings:evidence.feedback.${f.kind}`,
                values: { text: f.text },
              })),
      },
    },
    current: current
      ? {
          quality: current.quality,
          communication: current.communication,
          involvement: current.involvement,
          deliveryTime: current.delivery_time,
          budget: current.budget,
          customerSatisfaction: current.customer_satisfaction,
          score: current.score,
          version: current.version,
        }
      : null,
  };
}
