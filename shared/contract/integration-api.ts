// The integration API (/integration/v1): the operations the Cutr platform calls with an API key,
// defined once. The team service routes HTTP to them, the core's integration dispatch checks the
// key's scope and parses with these schemas, and the OpenAPI document is generated from them.
import { z } from "zod";
import {
  fileFolders,
  fulfilmentMethods,
  OrderStatus,
  reviewStates,
  threadKinds,
} from "../domain";
import { FileName } from "./files";
import { maxMessageCharacters } from "../message-body";
import { BusinessDate, ExternalRef, ReasonText } from "./common";
import { OrderFields } from "./orders";

/** What a key may do: each API operation needs one scope. */
export const integrationScopes = [
  "orders:read",
  "orders:write",
  "feedback:write",
  "offers:answer",
  "fulfilment:write",
  "messages:write",
  "files:write",
] as const;
export const IntegrationScope = z.enum(integrationScopes);
export type IntegrationScope = z.infer<typeof IntegrationScope>;

const Instant = z.iso.datetime();

/** What an integration may subscribe to (webhooks). */
export const webhookEvents = [
  "order.assigned",
  "order.ready",
  "order.delivered",
  "order.approved",
  "order.cancelled",
  "message.staff",
  "rating.recorded",
] as const;
export const WebhookEvent = z.enum(webhookEvents);
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** The shop's reference of an order, as the path names it. */
const OrderPath = z.object({ reference: ExternalRef }).strict();

/** An order as the platform sees it: where it stands. */
export const ApiOrder = z
  .object({
    reference: z.string(),
    number: z
      .string()
      .meta({ description: "Cutr's order number, C-{year}-{number}." }),
    status: OrderStatus,
    customerReference: z.string().nullable(),
    partner: z
      .object({ name: z.string(), reference: z.string().nullable() })
      .nullable(),
    requestedDeliveryDate: BusinessDate,
    /** The delivery date in force: the partner's last date, else the requested one. */
    deliveryDate: BusinessDate,
    assignedAt: Instant.nullable(),
    readyAt: Instant.nullable(),
    deliveredAt: Instant.nullable(),
    approvedAt: Instant.nullable(),
    cancelledAt: Instant.nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: "Order" });
export type ApiOrder = z.infer<typeof ApiOrder>;

export const ApiHistoryEntry = z
  .object({
    at: Instant,
    actor: z.string(),
    action: z.string(),
    reason: z.string().nullable(),
  })
  .meta({ id: "HistoryEntry" });

export const ApiOrderWithHistory = ApiOrder.extend({
  history: z.array(ApiHistoryEntry),
}).meta({ id: "OrderWithHistory" });
export type ApiOrderWithHistory = z.infer<typeof ApiOrderWithHistory>;

/** An order the shop sold, keyed by the shop's reference and its customer's reference. */
export const ApiOrderInput = OrderFields.omit({
  customerId: true,
  externalRef: true,
})
  .extend({ reference: ExternalRef, customerReference: ExternalRef })
  .strict()
  .meta({ id: "OrderInput" });

export const ApiOrderSaved = z
  .object({ created: z.boolean(), order: ApiOrder })
  .meta({ id: "OrderSaved" });

export interface ApiOperation<
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  method: "GET" | "POST" | "PUT";
  /** Under /integration/v1, with {name} for a path parameter. */
  path: string;
  scope: IntegrationScope;
  summary: string;
  params: P;
  body: B;
  output: O;
  /** A larger body than the 1 MB every other operation takes (a file, as base64). */
  maxBodyBytes?: number;
}

const apiOperation = <
  P extends z.ZodType,
  B extends z.ZodType,
  O extends z.ZodType,
>(
  definition: ApiOperation<P, B, O>,
) => definition;

const NoBody = z.object({}).strict();
const NoParams = z.object({}).strict();

export const integrationApi = {
  "orders.put": apiOperation({
    method: "POST",
    path: "/orders",
    scope: "orders:write",
    summary:
      "Creates an order the shop sold, or changes it while it is still open, by the shop's reference.",
    params: NoParams,
    body: ApiOrderInput,
    output: ApiOrderSaved,
  }),
  "orders.get": apiOperation({
    method: "GET",
    path: "/orders/{reference}",
    scope: "orders:read",
    summary: "An order's status and its history.",
    params: OrderPath,
    body: NoBody,
    output: ApiOrderWithHistory,
  }),
  "orders.cancel": apiOperation({
    method: "POST",
    path: "/orders/{reference}/cancel",
    scope: "orders:write",
    summary:
      "The customer withdrew the order: cancelled from open or assigned; the partner is told.",
    params: OrderPath,
    body: z.object({ reason: ReasonText }).strict().meta({ id: "CancelInput" }),
    output: ApiOrder,
  }),
  "orders.feedback": apiOperation({
    method: "POST",
    path: "/orders/{reference}/feedback",
    scope: "feedback:write",
    summary:
      "The customer's feedback on a delivered order, within the feedback window: the order waits for staff review.",
    params: OrderPath,
    body: z
      .object({
        kind: z.enum(["positive", "issues"]),
        text: z.string().trim().min(1).max(5000),
        aboutQuality: z.boolean().default(false),
      })
      .strict()
      .meta({ id: "FeedbackInput" }),
    output: ApiOrder,
  }),
  "orders.offerAnswer": apiOperation({
    method: "POST",
    path: "/orders/{reference}/offer-answer",
    scope: "offers:answer",
    summary:
      "A partner's answer to the order's open offer (the partner portal): accepting assigns the order to the partner.",
    params: OrderPath,
    body: z
      .object({
        partnerReference: ExternalRef.meta({
          description: "The partner's reference on the platform.",
        }),
        accepted: z.boolean(),
      })
      .strict()
      .meta({ id: "OfferAnswerInput" }),
    output: ApiOrder,
  }),
  "orders.message": apiOperation({
    method: "POST",
    path: "/orders/{reference}/messages",
    scope: "messages:write",
    summary:
      "A partner's or customer's message in one of the order's threads (the platform's chat): posted as theirs; in the Customer thread it also reaches the other side by email.",
    params: OrderPath,
    body: z
      .object({
        thread: z.enum(threadKinds).meta({
          description:
            "cutr: the partner's thread with Cutr; customer: the three-way thread with the customer.",
        }),
        author: z.enum(["partner", "customer"]),
        text: z.string().trim().min(1).max(maxMessageCharacters),
      })
      .strict()
      .meta({ id: "MessageInput" }),
    output: z
      .object({ messageId: z.number().int(), order: ApiOrder })
      .meta({ id: "MessagePosted" }),
  }),
  "orders.file": apiOperation({
    method: "POST",
    path: "/orders/{reference}/files",
    scope: "files:write",
    summary:
      "A file for one of the order's folders (a photo of the finished or packed product, a drawing), as base64: checked, made into a viewable copy and waiting for review as if staff had imported it.",
    params: OrderPath,
    body: z
      .object({
        folder: z.enum(fileFolders),
        name: FileName,
        dataBase64: z
          .base64("The file's contents are not valid base64")
          .min(1, "The file is empty"),
      })
      .strict()
      .meta({ id: "FileInput" }),
    output: z
      .object({
        file: z.object({
          id: z.number().int(),
          folder: z.enum(fileFolders),
          name: z.string(),
          mime: z.string(),
          sizeBytes: z.number().int(),
          reviewState: z.enum(reviewStates).nullable(),
        }),
        order: ApiOrder,
      })
      .meta({ id: "FileAdded" }),
    // A file of the policy's default 50 MB, as base64.
    maxBodyBytes: 70 * 1024 * 1024,
  }),
  "orders.fulfilment": apiOperation({
    method: "POST",
    path: "/orders/{reference}/fulfilment",
    scope: "fulfilment:write",
    summary:
      "The assigned partner's fulfilment dates (the partner portal). A new delivery date needs a reason; the customer is told.",
    params: OrderPath,
    body: z
      .object({
        materialArrival: BusinessDate.optional(),
        plannedCompletion: BusinessDate.optional(),
        deliveryDate: BusinessDate.optional(),
        method: z.enum(fulfilmentMethods).optional(),
        reason: z.string().trim().max(2000).optional(),
      })
      .strict()
      .meta({ id: "FulfilmentInput" }),
    output: ApiOrder,
  }),
};

export type IntegrationApi = typeof integrationApi;

export type ApiMethod = keyof IntegrationApi;
export type ApiParams<M extends ApiMethod> = z.output<
  IntegrationApi[M]["params"]
>;
export type ApiBody<M extends ApiMethod> = z.output<IntegrationApi[M]["body"]>;
export type ApiOutput<M extends ApiMethod> = z.output<
  IntegrationApi[M]["output"]
>;
