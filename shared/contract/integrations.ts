// Settings → Integrations: the admin's side of the integration API. Keys are shown once, at
// creation, and kept only as a hash made with the team service's pepper.
import { z } from "zod";
import { Id, paging, type Page } from "./common";
import { IntegrationScope, WebhookEvent } from "./integration-api";
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
  webhooks: WebhookRow[];
}

/** A webhook subscription: where an integration's events are sent, and how that goes. */
export interface WebhookRow {
  id: number;
  url: string;
  events: WebhookEvent[];
  createdAt: string;
  endedAt: string | null;
  /** Deliveries waiting (queued or being sent), given up on, and delivered. */
  waiting: number;
  failed: number;
  delivered: number;
}

export interface WebhookDeliveryRow {
  id: number;
  eventId: string;
  event: WebhookEvent;
  orderNumber: string | null;
  createdAt: string;
  status: "queued" | "sending" | "delivered" | "failed";
  attempts: number;
  dueAt: string;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

/** Where a webhook may send: http(s) only, no credentials in the address. */
export const WebhookUrl = z
  .url({
    protocol: /^https?$/,
    error: "Give the receiver's address, https://…",
  })
  .max(2000)
  .refine((url) => !new URL(url).username && !new URL(url).password, {
    message: "Put no user name or password in the address",
  });

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
  /** Sends the integration's chosen events to an address; the signing secret is shown this once. */
  "integrations.subscribe": op<{
    webhook: WebhookRow;
    signingSecret: string;
  }>()({
    input: z
      .object({
        integrationId: Id,
        url: WebhookUrl,
        events: z
          .array(WebhookEvent)
          .min(1, "Choose at least one event.")
          .refine(
            (e) => new Set(e).size === e.length,
            "An event is listed twice.",
          ),
      })
      .strict(),
    access: "administer",
  }),
  /** No more events go to the address; deliveries still waiting are given up. */
  "integrations.unsubscribe": op<WebhookRow>()({
    input: z.object({ id: Id }).strict(),
    access: "administer",
  }),
  /** A subscription's delivery log, newest first. */
  "integrations.deliveries": op<Page<WebhookDeliveryRow>>()({
    input: z.object({ webhookId: Id, ...paging }).strict(),
    access: "administer",
  }),
  /** Sends a delivery again now, with a fresh count of attempts. */
  "integrations.sendAgain": op<WebhookDeliveryRow>()({
    input: z.object({ deliveryId: Id }).strict(),
    access: "administer",
  }),
  /** The key stops working at once; what it did stays in the history under its name. */
  "integrations.revoke": op<IntegrationRow>()({
    input: z.object({ id: Id }).strict(),
    access: "administer",
  }),
};
