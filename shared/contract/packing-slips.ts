import { z } from "zod";
import { Id } from "./common";
import { op } from "./op";

export interface PackingSlipInfo {
  fileId: number;
  pageCount: number;
  generatedAt: string;
  /** False once the order changed after the slip was generated: make a new one. */
  current: boolean;
}

export const packingSlipOperations = {
  "packingSlips.generate": op<PackingSlipInfo>()({
    input: z.object({ orderId: Id }).strict(),
    access: "editSchedule",
  }),
  "packingSlips.latest": op<PackingSlipInfo | null>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
};
