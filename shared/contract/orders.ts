import { z } from "zod";
import {
  Capability,
  OrderStatus,
  Region,
  type FileFolder,
  type FulfilmentMethod,
  type MilestoneKind,
  type PackagingKind,
  type TaskKind,
  type ThreadKind,
  type TodoKind,
  type Tier,
} from "../domain";
import { Id, paging, SearchText, sortDirection, type Page } from "./common";
import { op } from "./op";

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
  status: "open" | "done" | "cancelled";
  proposedDates: string[];
  customerJoins: boolean;
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

export interface OrderDetail extends OrderRow {
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
};
