import { z } from "zod";
import { PolicySchema, type Policy } from "../policy";
import type { Tier } from "../domain";
import { op } from "./op";

export interface PolicyUpdateResult {
  policy: Policy;
  partnersRecomputed: number;
  /** How many partners the new policy moved to another tier. */
  tierChanges: number;
}

/** A partner the new policy would move to another tier. */
export interface TierChangePreview {
  partnerId: number;
  name: string;
  /** The partner's rating under the new policy (null: no score in the new window). */
  rating: number | null;
  from: Tier;
  to: Tier;
}

/** What saving a policy would do, worked out on the data as it is and then rolled back. */
export interface PolicyPreview {
  partnersRecomputed: number;
  tierChanges: TierChangePreview[];
  /** Open key-account orders, and how many would have fewer, more or no candidates. */
  keyAccountOrders: number;
  losingCandidates: number;
  gainingCandidates: number;
  leftWithoutCandidates: number;
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
  "settings.previewPolicy": op<PolicyPreview>()({
    input: z.object({ policy: PolicySchema }).strict(),
    access: "administer",
  }),
};

/**
 * How this computer protects the secrets it keeps (a password, a server's URL): encrypted with the
 * operating system's key store, or in a file only the user's account may read. The screen words it
 * (`settings:secretProtection.*`).
 */
export type SecretProtection = "keyStore" | "fileOnly" | "environment";

/** Which database this console works on, and which one it will use from its next start. */
export interface TeamDatabaseView {
  active: "local" | "team";
  /** The server now in use (team mode), without its password. */
  activeServer: string | null;
  /** The team server saved for the next start, without its password; null: the local database. */
  saved: string | null;
  /** CUTR_DATABASE_URL is set: it wins over what is saved here. */
  fromEnvironment: boolean;
  /** How the saved URL (with its password) is protected on this computer. */
  protection: SecretProtection;
}

/** The team service as it last noted itself (electron/core/service/service-status.ts). */
export interface ServiceStatus {
  host: string;
  version: string;
  startedAt: string;
  seenAt: string;
  /** When it last ran a job; null before its first. */
  lastWorkedAt: string | null;
  /** Seen within the last three minutes. */
  running: boolean;
}

export const teamDatabaseOperations = {
  /** The team service, if one has ever run on this database. */
  "settings.service": op<ServiceStatus | null>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  "settings.teamDatabase": op<TeamDatabaseView>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  /** Checks the server, then saves its URL for the next start; null goes back to the local database. */
  "settings.setTeamDatabase": op<TeamDatabaseView>()({
    input: z
      .object({
        url: z
          .string()
          .trim()
          .max(500)
          .regex(/^postgres(ql)?:\/\//, "Start the address with postgres://")
          .nullable(),
      })
      .strict(),
    access: "administer",
  }),
};
