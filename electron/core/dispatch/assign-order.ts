// Assigning an order (one transaction): the order becomes assigned, an assignment record, the
// partner's to-dos due in 3 days, a check-in meeting for a first-time partner, a kick-off call for an
// order with installation, the partner's email in the outbox, open offers withdrawn, an audit row.
import { addDays, format, parseISO } from "date-fns";
import type { Kysely } from "kysely";
import type {
  AssignmentResult,
  DispatchReason,
} from "../../../shared/contract";
import { todoKinds } from "../../../shared/domain";
import type { Policy } from "../../../shared/policy";
import { businessDateOf } from "../../../shared/rules/business-time";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { rankCandidates } from "../../../shared/rules/rank-candidates";
import { emitWebhookEvent } from "../integrations/webhooks/emit-webhook-event";
import { writeAudit } from "../audit/write-audit";
import { catalogRecords } from "../catalog/catalog-tables";
import { addWorkingDays } from "../calendar/working-days";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { formatsFor } from "../i18n/formats";
import type { Phrase } from "../i18n/phrase";
import { enqueueEmail } from "../outbox/enqueue-email";
import { orderForDispatch, partnerForAssignment } from "./candidates";
import { staleOrder } from "./conflict";

export interface AssignInput {
  orderId: number;
  partnerId: number;
  orderVersion: number;
  overrideReason?: string | undefined;
  matchNote?: string | undefined;
}

export interface DispatchContext {
  userId: number;
  now: Date;
  policy: Policy;
  closingDays: ReadonlySet<string>;
}

/** Why a partner cannot take the order, in the words of its exclusion rule. */
async function notCandidate(
  db: Kysely<Database>,
  partner: string,
  number: string,
  rule: DispatchReason | undefined,
): Promise<Phrase> {
  const values = { partner, number };
  switch (rule?.key) {
    case "reason.paused":
      return { key: "errors:dispatch.notCandidate.paused", values };
    case "reason.lacksCapabilities": {
      const names = await catalogRecords(db, "capability");
      return {
        key: "errors:dispatch.notCandidate.lacksCapabilities",
        values: {
          ...values,
          capabilities: {
            list: rule.values.capabilities.map(
              (c) => names.get(c)?.names ?? { en: c, nl: c },
            ),
            separator: ", ",
          },
        },
      };
    }
    case "reason.notInRegion": {
      const names = await catalogRecords(db, "region");
      const region = rule.values.region;
      return {
        key: "errors:dispatch.notCandidate.notInRegion",
        values: {
          ...values,
          region: names.get(region)?.names ?? { en: region, nl: region },
        },
      };
    }
    case "reason.atCapacity":
      return {
        key: "errors:dispatch.notCandidate.atCapacity",
        values: { ...values, ...rule.values },
      };
    default:
      return { key: "errors:dispatch.notCandidate.cannotMake", values };
  }
}

export async function assignOrder(
  trx: Kysely<Database>,
  context: DispatchContext,
  input: AssignInput,
): Promise<AssignmentResult> {
  const order = await orderForDispatch(trx, input.orderId);
  if (order.version !== input.orderVersion)
    throw await staleOrder(trx, order.id);
  if (order.status !== "open") {
    throw new AppError("RULE", {
      key: "errors:dispatch.notOpen",
      values: { number: order.number, status: order.status },
    });
  }
  const chosen = await partnerForAssignment(trx, order, input.partnerId);
  if (!chosen) throw notFound("partner", input.partnerId);
  const ranking = rankCandidates(order, [chosen.partner]);
  const candidate = ranking.candidates[0];
  if (!candidate) {
    throw new AppError(
      "RULE",
      await notCandidate(
        trx,
        chosen.partner.name,
        order.number,
        ranking.excluded[0]?.rule,
      ),
    );
  }
  if (candidate.needsOverride && !input.overrideReason) {
    throw new AppError("RULE", {
      key: "errors:dispatch.overrideReason",
      values: { number: order.number, partner: candidate.name },
    });
  }
  if (candidate.matchReview && !input.matchNote) {
    throw new AppError("RULE", {
      key: "errors:dispatch.matchNote",
      values: { partner: candidate.name },
    });
  }

  const now = context.now.toISOString();
  const updated = await trx
    .updateTable("orders")
    .set({
      status: "assigned",
      partner_id: candidate.partnerId,
      assigned_at: now,
      updated_at: now,
      version: order.version + 1,
    })
    .where("id", "=", order.id)
    .where("version", "=", input.orderVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw await staleOrder(trx, order.id);

  const assignment = await trx
    .insertInto("assignments")
    .values({
      order_id: order.id,
      partner_id: candidate.partnerId,
      assigned_at: now,
      assigned_by: context.userId,
      override_reason: input.overrideReason ?? null,
      match_note: input.matchNote ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // A Cutr thread written while the order had no partner becomes this assignment's.
  await trx
    .updateTable("message_threads")
    .set({ assignment_id: assignment.id })
    .where("order_id", "=", order.id)
    .where("kind", "=", "cutr")
    .where("ended_at", "is", null)
    .execute();

  const today = businessDateOf(context.now);
  const due = format(
    addDays(parseISO(today), context.policy.todoDueDays),
    "yyyy-MM-dd",
  );
  await trx
    .insertInto("todos")
    .values(
      todoKinds.map((kind) => ({
        order_id: order.id,
        assignment_id: assignment.id,
        kind,
        due_date: due,
      })),
    )
    .execute();

  const proposals = JSON.stringify([
    addWorkingDays(
      today,
      context.policy.meetingFirstProposalWorkingDays,
      context.closingDays,
    ),
    addWorkingDays(
      today,
      context.policy.meetingSecondProposalWorkingDays,
      context.closingDays,
    ),
  ]);
  if (!chosen.deliveredBefore) {
    await trx
      .insertInto("tasks")
      .values({
        order_id: order.id,
        assignment_id: assignment.id,
        kind: "check_in_meeting",
        status: "open",
        proposed_dates: proposals,
        customer_joins: 0,
        created_at: now,
      })
      .execute();
  }
  if (order.requiresInstallation) {
    await trx
      .insertInto("tasks")
      .values({
        order_id: order.id,
        assignment_id: assignment.id,
        kind: "kick_off_call",
        status: "open",
        proposed_dates: proposals,
        customer_joins: 1,
        created_at: now,
      })
      .execute();
    // The kick-off proposal goes to the customer, who may join the call, and to the partner.
    const customer = await trx
      .selectFrom("customers")
      .select(["email", "name", "language"])
      .where("id", "=", order.customerId)
      .executeTakeFirstOrThrow();
    const [firstDate, secondDate] = JSON.parse(proposals) as [string, string];
    const recipients = [
      { ...customer, text: "kickOff" },
      {
        email: chosen.email,
        name: chosen.partner.name,
        language: chosen.language,
        text: "kickOffPartner",
      },
    ] as const;
    for (const recipient of recipients) {
      const t = translatorFor(recipient.language);
      const { date } = formatsFor(recipient.language);
      await enqueueEmail(trx, {
        kind: "kick_off_proposal",
        orderId: order.id,
        recipient: recipient.email,
        subject: t(`email:${recipient.text}.subject`, { number: order.number }),
        body: t(`email:${recipient.text}.body`, {
          name: recipient.name,
          number: order.number,
          title: order.title,
          firstDate: date(firstDate),
          secondDate: date(secondDate),
        }),
        dueAt: context.now,
        createdAt: context.now,
      });
    }
  }

  // The open offers are answered: the assignee's accepted by the assignment itself, the others
  // withdrawn.
  await trx
    .updateTable("offers")
    .set((eb) => ({
      status: eb
        .case()
        .when("partner_id", "=", candidate.partnerId)
        .then("accepted" as const)
        .else("withdrawn" as const)
        .end(),
      responded_at: now,
    }))
    .where("order_id", "=", order.id)
    .where("status", "=", "open")
    .execute();
  const t = translatorFor(chosen.language);
  await enqueueEmail(trx, {
    kind: "assignment",
    orderId: order.id,
    recipient: chosen.email,
    subject: t("email:assignment.subject", { number: order.number }),
    body: t("email:assignment.body", {
      name: candidate.name,
      number: order.number,
      title: order.title,
      due: formatsFor(chosen.language).date(due),
    }),
    dueAt: context.now,
    createdAt: context.now,
  });
  await writeAudit(trx, {
    at: context.now,
    userId: context.userId,
    action: "order.assigned",
    entity: "order",
    entityId: order.id,
    orderId: order.id,
    before: { status: "open" },
    after: {
      status: "assigned",
      partner: candidate.name,
      rank: candidate.rank,
      ...(candidate.needsOverride ? { override: true } : {}),
      ...(input.matchNote ? { matchNote: input.matchNote } : {}),
    },
    reason:
      [input.overrideReason, input.matchNote].filter(Boolean).join(" / ") ||
      null,
  });
  await emitWebhookEvent(trx, {
    event: "order.assigned",
    orderId: order.id,
    at: context.now,
    data: { partner: candidate.name },
  });
  // Last, so the partner's row is locked for as short a time as can be: on a team's server, other
  // dispatchers assigning to the same partner wait for this commit.
  await trx
    .updateTable("partners")
    .set((eb) => ({
      active_orders: eb("active_orders", "+", 1),
      last_assigned_at: now,
    }))
    .where("id", "=", candidate.partnerId)
    .execute();
  return {
    orderId: order.id,
    partnerId: candidate.partnerId,
    assignmentId: assignment.id,
    orderVersion: order.version + 1,
  };
}
