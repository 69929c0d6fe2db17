// Settings → Integrations: an admin creates an integration (its key shown once), revokes it, and
// gives this console the team service's pepper. An integration acts through an inactive users row
// of its own, so what it changes is recorded under its name like a person's change.
import type { Kysely } from "kysely";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import type { HandlersOf } from "../rpc/handler-types";
import { hashApiKey, newApiKey } from "./api-keys";
import { integrationRow, integrationRows } from "./integration-rows";
import { checkPepper, pepperSecret, pepperState, usablePepper } from "./pepper";
import { deliveryLog } from "./webhooks/webhook-rows";
import {
  endSubscription,
  sendAgain,
  subscribe,
  unsubscribe,
} from "./webhooks/webhook-subscriptions";

async function overview({ db, secrets }: RequestContext) {
  return {
    pepper: await pepperState(db, secrets),
    integrations: await integrationRows(db),
  };
}

async function refuseTakenName(trx: Kysely<Database>, name: string) {
  const taken = await trx
    .selectFrom("integrations")
    .select("id")
    .where("name", "=", name)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (taken)
    throw new AppError(
      "CONFLICT",
      { key: "errors:integrations.nameTaken", values: { name } },
      { name: { key: "errors:integrations.nameInUse" } },
    );
}

export const integrationHandlers: HandlersOf<"integrations"> = {
  "integrations.list": (_input, context) => overview(context),

  "integrations.setPepper": async ({ pepper }, context) => {
    // Checked (and, on a fresh database, noted) before it is kept: a mistyped pepper is refused
    // and never replaces a good one.
    await checkPepper(context.db, pepper, context.clock.now());
    context.secrets.set(pepperSecret, pepper);
    return overview(context);
  },

  "integrations.create": async ({ name, scopes }, context) => {
    const admin = signedInUser(context);
    const now = context.clock.now();
    const pepper = await usablePepper(context.db, context.secrets, now);
    const { key, prefix } = newApiKey();
    const id = await context.db.transaction().execute(async (trx) => {
      await refuseTakenName(trx, name);
      const user = await trx
        .insertInto("users")
        .values({
          email: `integration-${prefix}@integrations.cutr.invalid`,
          name,
          role: "dispatcher",
          active: 0,
          created_at: now.toISOString(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const created = await trx
        .insertInto("integrations")
        .values({
          name,
          user_id: user.id,
          key_prefix: prefix,
          key_hash: hashApiKey(pepper, key),
          scopes: JSON.stringify(scopes),
          created_at: now.toISOString(),
          created_by: admin.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        at: now,
        userId: admin.id,
        action: "integration.created",
        entity: "integration",
        entityId: created.id,
        orderId: null,
        after: { name, scopes, keyPrefix: `cutr_${prefix}` },
      });
      return created.id;
    });
    return { integration: await integrationRow(context.db, id), key };
  },

  "integrations.revoke": async ({ id }, context) => {
    const admin = signedInUser(context);
    const now = context.clock.now();
    await context.db.transaction().execute(async (trx) => {
      const before = await integrationRow(trx, id);
      if (before.revokedAt !== null) return;
      await trx
        .updateTable("integrations")
        .set({ revoked_at: now.toISOString(), revoked_by: admin.id })
        .where("id", "=", id)
        .execute();
      for (const webhook of before.webhooks)
        await endSubscription(trx, webhook.id, now);
      await writeAudit(trx, {
        at: now,
        userId: admin.id,
        action: "integration.revoked",
        entity: "integration",
        entityId: id,
        orderId: null,
        before: { name: before.name },
      });
    });
    return integrationRow(context.db, id);
  },

  "integrations.subscribe": (input, context) => subscribe(context, input),
  "integrations.unsubscribe": ({ id }, context) => unsubscribe(context, id),
  "integrations.deliveries": ({ webhookId, offset, limit }, { db }) =>
    deliveryLog(db, webhookId, { offset, limit }),
  "integrations.sendAgain": ({ deliveryId }, context) =>
    sendAgain(context, deliveryId),
};
