// Settings → Integrations: the admin's side of the integration API. Keys are shown once, at
// creation, and kept only as a hash made with the team service's pepper.
import { z } from "zod";
import { Id } from "./common";
import { IntegrationScope } from "./integration-api";
import { op } from "./op";

/** Whether this console holds the pepper keys are hashed with, and whether it is the service's. */
export type PepperState = "missing" | "ready" | "differs";

export interface IntegrationRow {
  id: number;
  name: string;
  keyPrefix: string;
  scopes: IntegrationScope[];
  createdAt: string;
  createdBy: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface IntegrationsOverview {
  pepper: PepperState;
  integrations: IntegrationRow[];
}

export const integrationOperations = {
  "integrations.list": op<IntegrationsOverview>()({
    input: z.object({}).strict(),
    access: "administer",
  }),
  /** Keeps the team service's API-key pepper in this console's secret store. */
  "integrations.setPepper": op<IntegrationsOverview>()({
    input: z
      .object({
        pepper: z
          .string()
          .min(32, "The pepper has at least 32 characters.")
          .max(500),
      })
      .strict(),
    access: "administer",
  }),
  /** A new integration and its key, which is shown this once. */
  "integrations.create": op<{ integration: IntegrationRow; key: string }>()({
    input: z
      .object({
        name: z.string().trim().min(1, "Name the integration.").max(100),
        scopes: z
          .array(IntegrationScope)
          .min(1, "Choose at least one operation the key may call.")
          .refine(
            (s) => new Set(s).size === s.length,
            "A scope is listed twice.",
          ),
      })
      .strict(),
    access: "administer",
  }),
  /** The key stops working at once; what it did stays in the history under its name. */
  "integrations.revoke": op<IntegrationRow>()({
    input: z.object({ id: Id }).strict(),
    access: "administer",
  }),
};
