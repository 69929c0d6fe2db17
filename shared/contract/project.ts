import { z } from "zod";
import {
  fulfilmentMethods,
  milestoneKinds,
  type FulfilmentMethod,
} from "../domain";
import { BusinessDate, Id } from "./common";
import type { Fulfilment, HistoryEntry, Milestone, Task, Todo } from "./orders";
import { op } from "./op";

const Reason = z.string().trim().min(1, "Give a reason").max(2000);

/** The conditions of Ready (DOMAIN.md), in the order the checklist shows them. */
export type ReadinessKey =
  | "todos"
  | "finished_photo"
  | "packed_photo"
  | "drawings"
  | "samples"
  | "packing_slip";

export interface ReadinessCondition {
  key: ReadinessKey;
  /** The condition in words: a text of the `orders` namespace and its values, said by the screen. */
  label: {
    key: `orders:ready.condition.${ReadinessKey}`;
    values?: Record<string, number>;
  };
  met: boolean;
}

export interface StatusResult {
  orderId: number;
  status: string;
  orderVersion: number;
}

const FulfilmentInput = z
  .object({
    orderId: Id,
    materialArrival: BusinessDate.optional(),
    plannedCompletion: BusinessDate.optional(),
    deliveryDate: BusinessDate.optional(),
    method: z.enum(fulfilmentMethods).optional(),
    reason: z.string().trim().max(2000).optional(),
  })
  .strict();

export const projectOperations = {
  "milestones.set": op<Milestone[]>()({
    input: z
      .object({
        orderId: Id,
        kind: z.enum(milestoneKinds),
        name: z.string().trim().min(1).max(100).optional(),
        date: BusinessDate,
        reason: Reason,
      })
      .strict()
      .refine((m) => m.kind !== "custom" || m.name, {
        message: "Name the custom milestone",
        path: ["name"],
      }),
    access: "editSchedule",
  }),
  "tasks.schedule": op<Task[]>()({
    input: z
      .object({
        taskId: Id,
        version: z.number().int().min(1),
        /** When the meeting takes place: an instant with its offset. */
        at: z.iso.datetime({ offset: true }),
      })
      .strict(),
    access: "editSchedule",
  }),
  "tasks.complete": op<Task[]>()({
    input: z
      .object({
        taskId: Id,
        version: z.number().int().min(1),
        notes: z.string().trim().min(1, "Write what was agreed").max(5000),
        /** The dates agreed at a kick-off, set as milestones in the same step. */
        milestones: z
          .array(
            z
              .object({
                kind: z.enum(milestoneKinds),
                name: z.string().trim().min(1).max(100).optional(),
                date: BusinessDate,
              })
              .strict()
              .refine((m) => m.kind !== "custom" || m.name !== undefined, {
                message: "Name the custom milestone",
                path: ["name"],
              }),
          )
          .max(10)
          .default([]),
        /** The reason the milestones are set with (audited). */
        reason: Reason.default("Agreed at the kick-off call."),
      })
      .strict(),
    access: "editSchedule",
  }),
  "tasks.cancel": op<Task[]>()({
    input: z
      .object({ taskId: Id, version: z.number().int().min(1), reason: Reason })
      .strict(),
    access: "editSchedule",
  }),
  "milestones.remove": op<Milestone[]>()({
    input: z.object({ milestoneId: Id, reason: Reason }).strict(),
    access: "editSchedule",
  }),
  "fulfilment.update": op<Fulfilment>()({
    input: FulfilmentInput,
    access: "editSchedule",
  }),
  "billing.setReference": op<Fulfilment>()({
    input: z.union([
      z
        .object({
          orderId: Id,
          reference: z
            .string()
            .trim()
            .min(1, "Give the reference, or tick no reference")
            .max(100),
        })
        .strict(),
      z.object({ orderId: Id, noReference: z.literal(true) }).strict(),
    ]),
    access: "editSchedule",
  }),
  "orders.readiness": op<ReadinessCondition[]>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
  "orders.markReady": op<StatusResult>()({
    input: z
      .object({ orderId: Id, orderVersion: z.number().int().min(1) })
      .strict(),
    access: "moveStatus",
  }),
  "orders.markDelivered": op<StatusResult>()({
    input: z
      .object({
        orderId: Id,
        orderVersion: z.number().int().min(1),
        signedSlipConfirmed: z.literal(true, {
          message: "Confirm that a signed copy of the packing slip exists",
        }),
      })
      .strict(),
    access: "moveStatus",
  }),
  "orders.recordFeedback": op<StatusResult>()({
    input: z
      .object({
        orderId: Id,
        kind: z.enum(["positive", "issues"]),
        text: z
          .string()
          .trim()
          .min(1, "Write what the customer said")
          .max(5000),
        aboutQuality: z.boolean().default(false),
      })
      .strict(),
    access: "moveStatus",
  }),
  "orders.approve": op<StatusResult>()({
    input: z
      .object({
        orderId: Id,
        orderVersion: z.number().int().min(1),
        /** Needed to approve a delivered order before its feedback window ends (audited). */
        reason: z.string().trim().max(2000).optional(),
      })
      .strict(),
    access: "moveStatus",
  }),
  "scheduler.runDue": op<{ approved: number }>()({
    input: z.object({}).strict(),
    access: "moveStatus",
  }),
  "todos.list": op<Todo[]>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
  "audit.list": op<HistoryEntry[]>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
};

export type FulfilmentMethodName = FulfilmentMethod;
