import { z } from "zod";
import { PolicySchema, type Policy } from "../policy";
import { op } from "./op";

export interface PolicyUpdateResult {
  policy: Policy;
  partnersRecomputed: number;
  /** How many partners the new policy moved to another tier. */
  tierChanges: number;
}

export const settingsOperations = {
  "settings.policy": op<Policy>()({
    input: z.object({}).strict(),
    access: "see",
  }),
  "settings.updatePolicy": op<PolicyUpdateResult>()({
    input: z.object({ policy: PolicySchema }).strict(),
    access: "administer",
  }),
};
