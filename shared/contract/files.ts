import { z } from "zod";
import {
  fileFolders,
  reviewableFolders,
  type FileFolder,
  type ReviewState,
} from "../domain";
import { Id } from "./common";
import { op } from "./op";

/** A file name as the user's machine gave it: no folders, no control characters. */
export const FileName = z
  .string()
  .trim()
  .min(1, "Give the file a name")
  .max(200, "The name is longer than 200 characters")
  // eslint-disable-next-line no-control-regex
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), {
    message: "The name contains control characters",
  })
  .refine((name) => !/[/\\]/.test(name), {
    message: "The name contains a folder separator (/ or \\)",
  })
  .refine((name) => name !== "." && name !== "..", {
    message: "The name is not a file name",
  });

export interface ReviewDecision {
  decision: "approved" | "rejected";
  reason: string | null;
  reviewer: string;
  decidedAt: string;
}

/** One file in an order's folder, as the Files tab and the review queue show it. */
export interface OrderFile {
  id: number;
  orderId: number;
  folder: FileFolder;
  name: string;
  mime: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** Null in folders that are not reviewed (the signed packing slip). */
  reviewState: ReviewState | null;
  version: number;
  uploadedAt: string;
  uploadedBy: string | null;
  hasThumb: boolean;
  /** Sent before the order's current assignment (or the order has none now): counts for nothing. */
  fromEarlierAssignment: boolean;
  /** The decision in force; null while pending. */
  decision: ReviewDecision | null;
}

export const fileOperations = {
  /** Browser mode and drag-and-drop: the bytes travel as base64 in the call. */
  "files.import": op<OrderFile>()({
    input: z
      .object({
        orderId: Id,
        folder: z.enum(fileFolders),
        name: FileName,
        dataBase64: z
          .base64("The file's contents are not valid base64")
          .min(1, "The file is empty"),
      })
      .strict(),
    access: "importFiles",
  }),
  "files.list": op<OrderFile[]>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
};

export const ReviewFolder = z.enum(reviewableFolders);

export interface ReviewQueueItem extends OrderFile {
  orderNumber: string;
  orderTitle: string;
  partnerId: number | null;
  partnerName: string | null;
  customerName: string;
}

export interface ReviewQueue {
  items: ReviewQueueItem[];
  /** Pending files matching the filter, beyond the ones returned too. */
  total: number;
  oldestUploadedAt: string | null;
}

export const qualityOperations = {
  /** Pending files, oldest first. */
  "quality.queue": op<ReviewQueue>()({
    input: z
      .object({
        filter: z
          .object({
            folder: ReviewFolder.optional(),
            partnerId: Id.optional(),
            orderId: Id.optional(),
          })
          .strict()
          .default({}),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    access: "see",
  }),
  "quality.review": op<OrderFile>()({
    input: z
      .object({
        fileId: Id,
        decision: z.enum(["approved", "rejected"]),
        reason: z.string().trim().max(500).optional(),
        /** The version the reviewer saw: a decision on a stale version is refused. */
        fileVersion: z.number().int().min(1),
      })
      .strict()
      .refine((r) => r.decision === "approved" || !!r.reason, {
        message: "Give a reason for the rejection",
        path: ["reason"],
      }),
    access: "reviewPhotos",
  }),
  /** Takes back the caller's last decision on the file; it returns to pending. */
  "quality.undo": op<OrderFile>()({
    input: z
      .object({
        fileId: Id,
        /** The version the reviewer saw (the decided file's): a decision since changed is not undone. */
        fileVersion: z.number().int().min(1),
      })
      .strict(),
    access: "reviewPhotos",
  }),
};
