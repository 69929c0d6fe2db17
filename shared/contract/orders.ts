import { z } from "zod";
import {
  Capability,
  OrderStatus,
  packagingKinds,
  Region,
  type FileFolder,
  type FulfilmentMethod,
  type MilestoneKind,
  type PackagingKind,
  type TaskKind,
  type TaskStatus,
  type ThreadKind,
  type TodoKind,
  type Tier,
} from "../domain";
import {
  AddressInput,
  BusinessDate,
  ExternalRef,
  Id,
  paging,
  ReasonText,
  SearchText,
  sortDirection,
  Version,
  type Page,
} from "./common";
import { op } from "./op";
import type { StatusResult } from "./project";

export const orderSortColumns = [
  "number",
  "status",
  "customer",
  "partner",
  "requestedDeliveryDate",
  "createdAt",
  "value",
] as const;

export const OrdersListInput = z
  .object({
    ...paging,
    sort: z
      .object({ column: z.enum(orderSortColumns), direction: sortDirection })
      .strict()
      .default({ column: "createdAt", direction: "desc" }),
    filter: z
      .object({
        status: z.array(OrderStatus).max(7).optional(),
        keyAccount: z.boolean().optional(),
        /** true: orders with a rating; false: not rated yet. */
        rated: z.boolean().optional(),
        region: Region.optional(),
        customerId: Id.optional(),
        partnerId: Id.optional(),
        search: SearchText.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
export type OrdersListInput = z.input<typeof OrdersListInput>;
export type OrderSort = z.output<typeof OrdersListInput>["sort"];
export type OrdersFilter = z.output<typeof OrdersListInput>["filter"];

export interface OrderRow {
  id: number;
  number: string;
  status: OrderStatus;
  version: number;
  title: string;
  customerId: number;
  customerName: string;
  keyAccount: boolean;
  partnerId: number | null;
  partnerName: string | null;
  region: Region;
  requestedDeliveryDate: string;
  valueCents: number;
  createdAt: string;
  deliveredAt: string | null;
  approvedAt: string | null;
}

export interface OrderItem {
  position: number;
  part: string;
  material: string;
  lengthMm: number;
  widthMm: number;
  thicknessMm: number;
  quantity: number;
}

export interface Milestone {
  id: number;
  kind: MilestoneKind;
  name: string | null;
  date: string;
  setBy: string;
  setAt: string;
}

export interface Todo {
  id: number;
  kind: TodoKind;
  dueDate: string;
  doneAt: string | null;
}

export interface Task {
  id: number;
  kind: TaskKind;
  status: TaskStatus;
  proposedDates: string[];
  customerJoins: boolean;
  /** When it takes place (an instant), once scheduled. */
  scheduledAt: string | null;
  notes: string | null;
  cancelReason: string | null;
  doneAt: string | null;
  version: number;
}

export interface Fulfilment {
  materialArrival: string | null;
  plannedCompletion: string | null;
  deliveryDate: string | null;
  method: FulfilmentMethod | null;
  invoiceReference: string | null;
  noInvoiceReference: boolean;
}

export interface DeliveryDateChange {
  oldDate: string | null;
  newDate: string;
  reason: string;
  recordedAt: string;
  recordedBy: string;
  inTime: boolean | null;
  /** Recorded in an earlier, cancelled assignment: it no longer decides the date in force. */
  fromEarlierAssignment: boolean;
}

export interface OrderRatingSummary {
  factors: Record<string, number | null>;
  score: number;
  ratedAt: string;
  ratedBy: string;
}

export interface FolderSummary {
  folder: FileFolder;
  total: number;
  pending: number;
  approved: number;
  rejected: number;
}

export interface ThreadSummary {
  kind: ThreadKind;
  messageCount: number;
  lastMessageAt: string | null;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** Euros in cents: up to ten million euros an order. */
const Cents = z.number().int().min(0).max(1_000_000_000);
const Millimetres = z.number().int().min(0).max(100_000);

export const OrderItemInput = z
  .object({
    part: z.string().trim().min(1, "Describe the part").max(200),
    material: z.string().trim().min(1, "Give the material").max(200),
    lengthMm: Millimetres,
    widthMm: Millimetres,
    thicknessMm: Millimetres,
    quantity: z.number().int().min(1, "A quantity is at least 1").max(100_000),
  })
  .strict();
export type OrderItemInput = z.input<typeof OrderItemInput>;

/** Everything a person enters for an order the shop sold. */
export const OrderFields = z
  .object({
    customerId: Id,
    title: z.string().trim().min(1, "Say what the order is").max(200),
    deliveryAddress: AddressInput,
    region: Region,
    requestedDeliveryDate: BusinessDate,
    /** What the customer pays. */
    valueCents: Cents,
    /** What Cutr agreed to pay the partner: the budget the rating's budget factor compares with. */
    agreedPriceCents: Cents,
    items: z.array(OrderItemInput).min(1, "Add at least one item").max(500),
    capabilities: z
      .array(Capability)
      .min(1, "Choose at least one capability")
      .max(50)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: "A capability is listed twice",
      }),
    requiresProductionDrawing: z.boolean().default(false),
    requiresSamplePicture: z.boolean().default(false),
    requiresInstallation: z.boolean().default(false),
    /** Left out: the customer's direct-messaging default. */
    directMessaging: z.boolean().optional(),
    packaging: z.enum(packagingKinds).default("box"),
    boxCount: z.number().int().min(1).max(999).default(1),
    notes: z
      .string()
      .trim()
      .max(5000)
      .nullable()
      .default(null)
      .transform((text) => (text ? text : null)),
    externalRef: ExternalRef.nullable().default(null),
  })
  .strict();
export type OrderFields = z.input<typeof OrderFields>;

/** An open order's fields, but its customer: an order entered for the wrong customer is cancelled. */
export const OrderUpdateInput = OrderFields.omit({ customerId: true })
  .extend({ id: Id, version: Version })
  .strict();

export interface OrderSaved {
  id: number;
  number: string;
  version: number;
}

export interface OrderDetail extends OrderRow {
  /** A delivered order's end of the customer's feedback window (delivery + 14 days, policy). */
  feedbackWindowEndsAt: string | null;
  customer: {
    id: number;
    name: string;
    email: string;
    city: string;
    country: string;
  };
  partner: {
    id: number;
    name: string;
    tier: Tier;
    rating: number | null;
  } | null;
  capabilities: Capability[];
  requiresInstallation: boolean;
  requiresProductionDrawing: boolean;
  requiresSamplePicture: boolean;
  directMessaging: boolean;
  agreedPriceCents: number;
  finalAmountCents: number | null;
  deliveryAddress: {
    street: string;
    postcode: string;
    city: string;
    country: string;
  };
  packaging: PackagingKind;
  boxCount: number;
  notes: string | null;
  externalRef: string | null;
  /** Why the customer withdrew the order, once it is cancelled. */
  cancelReason: string | null;
  cancelledAt: string | null;
  assignedAt: string | null;
  readyAt: string | null;
  items: OrderItem[];
  milestones: Milestone[];
  todos: Todo[];
  tasks: Task[];
  fulfilment: Fulfilment | null;
  deliveryDateChanges: DeliveryDateChange[];
  rating: OrderRatingSummary | null;
  folders: FolderSummary[];
  threads: ThreadSummary[];
  history: HistoryEntry[];
}

export const orderOperations = {
  "orders.list": op<Page<OrderRow>>()({
    input: OrdersListInput,
    access: "see",
  }),
  "orders.get": op<OrderDetail>()({
    input: z.object({ id: Id }).strict(),
    access: "see",
  }),
  /** Enters an order the shop sold; it is numbered C-{year}-{number} and waits in dispatch. */
  "orders.create": op<OrderSaved>()({
    input: OrderFields,
    access: "editOrders",
  }),
  /** Changes an order that is still open (not yet assigned). */
  "orders.update": op<OrderSaved>()({
    input: OrderUpdateInput,
    access: "editOrders",
  }),
  /**
   * The customer withdrew the order: cancelled, from open or assigned. An assignment ended this way
   * never counts toward the partner's rating; the partner is told by email.
   */
  "orders.cancel": op<StatusResult>()({
    input: z
      .object({ orderId: Id, orderVersion: Version, reason: ReasonText })
      .strict(),
    access: "editOrders",
  }),
};
