// Offers: sent to one or several candidates; the first acceptance becomes the assignment and the
// other offers are withdrawn.
import type { Kysely } from "kysely";
import type { AssignmentResult, OfferRow } from "../../../shared/contract";
import { translatorFor } from "../../../shared/i18n/create-i18n";
import { rankCandidates } from "../../../shared/rules/rank-candidates";
import { writeAudit } from "../audit/write-audit";
import { lockRow } from "../db/dialect";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import { formatsFor } from "../i18n/formats";
import { enqueueEmail } from "../outbox/enqueue-email";
import { assignOrder, type DispatchContext } from "./assign-order";
import {
  offersOf,
  orderForDispatch,
  regionPartnersWorthMentioning,
} from "./candidates";

export async function sendOffers(
  trx: Kysely<Database>,
  context: DispatchContext,
  orderId: number,
  partnerIds: number[],
): Promise<OfferRow[]> {
  // On a team's server, an assignment committing meanwhile must be seen before offers are added:
  // with the order's row lock, this waits for it, then finds the order no longer open.
  await lockRow(trx, "orders", orderId);
  const order = await orderForDispatch(trx, orderId);
  if (order.status !== "open")
    throw new AppError("RULE", {
      key: "errors:dispatch.offersOpenOnly",
      values: { number: order.number, status: order.status },
    });
  const { candidates } = rankCandidates(
    order,
    await regionPartnersWorthMentioning(trx, order),
  );
  const open = new Set(
    (await offersOf(trx, orderId))
      .filter((o) => o.status === "open")
      .map((o) => o.partnerId),
  );
  for (const partnerId of new Set(partnerIds)) {
    const candidate = candidates.find((c) => c.partnerId === partnerId);
    if (!candidate)
      throw new AppError("RULE", {
        key: "errors:dispatch.offerNotCandidate",
        values: { partnerId, number: order.number },
      });
    if (candidate.needsOverride) {
      throw new AppError("RULE", {
        key: "errors:dispatch.offerKeyAccount",
        values: { number: order.number, partner: candidate.name },
      });
    }
    if (candidate.matchReview) {
      throw new AppError("RULE", {
        key: "errors:dispatch.offerLowerTier",
        values: { partner: candidate.name },
      });
    }
    if (open.has(partnerId)) continue;
    const partner = await trx
      .selectFrom("partners")
      .select(["email", "name", "language"])
      .where("id", "=", partnerId)
      .executeTakeFirstOrThrow();
    const offer = await trx
      .insertInto("offers")
      .values({
        order_id: orderId,
        partner_id: partnerId,
        status: "open",
        sent_at: context.now.toISOString(),
        sent_by: context.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const t = translatorFor(partner.language);
    await enqueueEmail(trx, {
      kind: "offer",
      orderId,
      recipient: partner.email,
      subject: t("email:offer.subject", { number: order.number }),
      body: t("email:offer.body", {
        name: partner.name,
        number: order.number,
        title: order.title,
        date: formatsFor(partner.language).date(order.requestedDeliveryDate),
      }),
      dueAt: context.now,
      createdAt: context.now,
    });
    await writeAudit(trx, {
      at: context.now,
      userId: context.userId,
      action: "offer.sent",
      entity: "offer",
      entityId: offer.id,
      orderId,
      after: { partner: partner.name },
    });
  }
  return offersOf(trx, orderId);
}

export async function respondToOffer(
  trx: Kysely<Database>,
  context: DispatchContext,
  input: { offerId: number; accepted: boolean },
): Promise<{ offer: OfferRow; assignment: AssignmentResult | null }> {
  const offer = await trx
    .selectFrom("offers")
    .selectAll()
    .where("id", "=", input.offerId)
    .executeTakeFirst();
  if (!offer) throw notFound("offer", input.offerId);
  if (offer.status !== "open") {
    throw new AppError("CONFLICT", {
      key: `errors:dispatch.offerAlready.${offer.status}`,
    });
  }
  const now = context.now.toISOString();
  let assignment: AssignmentResult | null = null;
  if (input.accepted) {
    const order = await trx
      .selectFrom("orders")
      .select("version")
      .where("id", "=", offer.order_id)
      .executeTakeFirstOrThrow();
    assignment = await assignOrder(trx, context, {
      orderId: offer.order_id,
      partnerId: offer.partner_id,
      orderVersion: order.version,
    });
  }
  await trx
    .updateTable("offers")
    .set({ status: input.accepted ? "accepted" : "refused", responded_at: now })
    .where("id", "=", offer.id)
    .execute();
  await writeAudit(trx, {
    at: context.now,
    userId: context.userId,
    action: input.accepted ? "offer.accepted" : "offer.refused",
    entity: "offer",
    entityId: offer.id,
    orderId: offer.order_id,
  });
  const offers = await offersOf(trx, offer.order_id);
  return {
    offer: offers.find((o) => o.id === offer.id) as OfferRow,
    assignment,
  };
}
