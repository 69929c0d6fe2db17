// The integration API's operations, each the same core code a person's action runs, called as the
// integration's own user so that the history names it.
import type {
  ApiBody,
  ApiMethod,
  ApiOutput,
  ApiParams,
} from "../../../shared/contract";
import { auditHistory } from "../audit/history";
import { signedInUser, type RequestContext } from "../context";
import { lockRow } from "../db/dialect";
import { importFile } from "../files/import-file";
import { AppError } from "../errors";
import { cancelOrder } from "../orders/cancel-order";
import { insertOrder, updateOrderRow } from "../orders/save-order";
import { respondToOffer } from "../dispatch/offers";
import { runDispatch } from "../dispatch/run-dispatch";
import { updateFulfilment } from "../schedule/fulfilment";
import { replyDoc } from "../mail/reply-body";
import { threadParties } from "../mail/thread-parties";
import { openThread } from "../messages/open-thread";
import { postOutsideMessage } from "../messages/post-outside-message";
import { requireThread } from "../messages/thread-rules";
import { runChange } from "../schedule/run-change";
import { recordFeedback } from "../schedule/status-moves";
import { apiOrder, findOrderByRef, orderByRef } from "./api-order";

type ApiHandler<M extends ApiMethod> = (
  params: ApiParams<M>,
  body: ApiBody<M>,
  context: RequestContext,
) => Promise<ApiOutput<M>>;

/** How much history an order's answer carries: all of it for any order staff handle by hand. */
const historyLimit = 500;

async function customerIdOf(context: RequestContext, reference: string) {
  const customer = await context.db
    .selectFrom("customers")
    .select("id")
    .where("external_ref", "=", reference)
    .executeTakeFirst();
  if (!customer)
    throw new AppError(
      "NOT_FOUND",
      { key: "errors:integrations.customerUnknown", values: { reference } },
      { customerReference: reference },
    );
  return customer.id;
}

export const apiHandlers: { [M in ApiMethod]: ApiHandler<M> } = {
  "orders.put": async (_params, body, context) => {
    const { reference, customerReference, ...fields } = body;
    const customerId = await customerIdOf(context, customerReference);
    const by = { userId: signedInUser(context).id, now: context.clock.now() };
    const created = await context.db.transaction().execute(async (trx) => {
      const existing = await findOrderByRef(trx, reference);
      if (!existing) {
        await insertOrder(
          trx,
          { ...fields, customerId, externalRef: reference },
          by,
        );
        return true;
      }
      // An order entered for the wrong customer is cancelled, not moved (as in the console).
      if (existing.customer_id !== customerId)
        throw new AppError(
          "RULE",
          { key: "errors:integrations.customerFixed", values: { reference } },
          { customerReference },
        );
      await lockRow(trx, "orders", existing.id);
      const { version } = await trx
        .selectFrom("orders")
        .select("version")
        .where("id", "=", existing.id)
        .executeTakeFirstOrThrow();
      await updateOrderRow(
        trx,
        { ...fields, externalRef: reference, id: existing.id, version },
        by,
      );
      return false;
    });
    return { created, order: await apiOrder(context.db, reference) };
  },

  "orders.get": async ({ reference }, _body, context) => {
    const order = await apiOrder(context.db, reference);
    const { id } = await orderByRef(context.db, reference);
    const history = await auditHistory(
      context.db,
      { orderId: id },
      { offset: 0, limit: historyLimit },
    );
    return {
      ...order,
      history: history.rows.map((entry) => ({
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        reason: entry.reason,
      })),
    };
  },

  "orders.cancel": async ({ reference }, { reason }, context) => {
    const order = await orderByRef(context.db, reference);
    await cancelOrder(context, {
      orderId: order.id,
      orderVersion: order.version,
      reason,
    });
    return apiOrder(context.db, reference);
  },

  "orders.offerAnswer": async (
    { reference },
    { partnerReference, accepted },
    context,
  ) => {
    const order = await orderByRef(context.db, reference);
    const offer = await context.db
      .selectFrom("offers")
      .innerJoin("partners", "partners.id", "offers.partner_id")
      .select("offers.id")
      .where("offers.order_id", "=", order.id)
      .where("partners.external_ref", "=", partnerReference)
      .where("offers.status", "=", "open")
      .executeTakeFirst();
    if (!offer)
      throw new AppError(
        "NOT_FOUND",
        {
          key: "errors:integrations.offerUnknown",
          values: { reference, partner: partnerReference },
        },
        { partnerReference },
      );
    await runDispatch(context, (trx, d) =>
      respondToOffer(trx, d, { offerId: offer.id, accepted }),
    );
    return apiOrder(context.db, reference);
  },

  "orders.message": async (
    { reference },
    { thread, author, text },
    context,
  ) => {
    const order = await orderByRef(context.db, reference);
    const refused = () =>
      new AppError("RULE", {
        key: "errors:integrations.noThread",
        values: { reference, thread, author },
      });
    if (
      order.status === "cancelled" ||
      (author === "customer" && thread !== "customer")
    )
      throw refused();
    const messageId = await context.db.transaction().execute(async (trx) => {
      // The console's own rules for who may write where (the partner's communication setting).
      await requireThread(trx, order.id, thread);
      const { id } = await openThread(trx, order.id, thread);
      const parties = await threadParties(trx, id);
      const authorName =
        author === "partner" ? parties?.partnerName : parties?.customerName;
      // A Cutr thread without an assignment has no partner to write in it.
      if (!parties || !authorName) throw refused();
      return postOutsideMessage(trx, context.secrets, {
        thread: parties,
        author,
        authorName,
        body: replyDoc(text),
        at: context.clock.now(),
        photos: [],
      });
    });
    return { messageId, order: await apiOrder(context.db, reference) };
  },

  "orders.file": async ({ reference }, body, context) => {
    const order = await orderByRef(context.db, reference);
    const file = await importFile(context, { orderId: order.id, ...body });
    return {
      file: {
        id: file.id,
        folder: file.folder,
        name: file.name,
        mime: file.mime,
        sizeBytes: file.sizeBytes,
        reviewState: file.reviewState,
      },
      order: await apiOrder(context.db, reference),
    };
  },

  "orders.fulfilment": async ({ reference }, body, context) => {
    const order = await orderByRef(context.db, reference);
    await runChange(context, (trx, c) =>
      updateFulfilment(trx, c, { orderId: order.id, ...body }),
    );
    return apiOrder(context.db, reference);
  },

  "orders.feedback": async ({ reference }, body, context) => {
    const order = await orderByRef(context.db, reference);
    await runChange(context, (trx, c) =>
      recordFeedback(trx, c, { orderId: order.id, ...body }),
    );
    return apiOrder(context.db, reference);
  },
};
