import { z } from "zod";
import { LanguageSchema, type Language } from "../i18n/languages";
import { Id } from "./common";
import { op } from "./op";

export interface PackingSlipInfo {
  fileId: number;
  pageCount: number;
  generatedAt: string;
  /** False once the order changed after the slip was generated: make a new one. */
  current: boolean;
  /** The language the slip is written in. */
  language: Language;
}

export const packingSlipOperations = {
  "packingSlips.generate": op<PackingSlipInfo>()({
    input: z
      .object({
        orderId: Id,
        /** The slip's language; the signed-in user's own when left out. */
        language: LanguageSchema.optional(),
      })
      .strict(),
    access: "editSchedule",
  }),
  "packingSlips.latest": op<PackingSlipInfo | null>()({
    input: z.object({ orderId: Id }).strict(),
    access: "see",
  }),
};
