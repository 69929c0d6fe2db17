// customers.create and customers.update: an account manager adds a customer or changes its details,
// contacts and delivery addresses. Making a customer a key account, or no longer one, needs a reason
// (audited): key accounts' orders go to highly rated partners only. Version-checked.
import type { Kysely } from "kysely";
import type { Saved } from "../../../shared/contract";
import { changedFields, type ChangeBy } from "../audit/changed-fields";
import { savedMeanwhile } from "../audit/saved-meanwhile";
import { writeAudit } from "../audit/write-audit";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError, notFound } from "../errors";
import {
  checkCustomerValues,
  customerColumns,
  customerValues,
  writeCustomerLists,
  type CustomerValues,
} from "./customer-fields";

function keyAccountReasonNeeded(name: string, keyAccount: boolean) {
  return new AppError("RULE", {
    key: keyAccount
      ? "errors:customers.keyAccountReasonOn"
      : "errors:customers.keyAccountReasonOff",
    values: { name },
  });
}

export async function insertCustomer(
  trx: Kysely<Database>,
  values: CustomerValues,
  reason: string | null,
  by: ChangeBy,
): Promise<Saved> {
  if (values.keyAccount && reason === null && by.source !== "import")
    throw keyAccountReasonNeeded(values.name, true);
  await checkCustomerValues(trx, values, null);
  const now = by.now.toISOString();
  const row = await trx
    .insertInto("customers")
    .values({ ...customerColumns(values), created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeCustomerLists(trx, row.id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action: by.source === "import" ? "customer.imported" : "customer.created",
    entity: "customer",
    entityId: row.id,
    orderId: null,
    after: values,
    reason,
  });
  return { id: row.id, version: 1 };
}

export async function updateCustomerRow(
  trx: Kysely<Database>,
  id: number,
  version: number,
  values: CustomerValues,
  reason: string | null,
  by: ChangeBy,
): Promise<Saved> {
  const current = await customerValues(trx, id);
  if (!current) throw notFound("customer", id);
  if (current.version !== version)
    throw await savedMeanwhile(trx, "customer", id, current.name);
  if (
    current.keyAccount !== values.keyAccount &&
    reason === null &&
    by.source !== "import"
  )
    throw keyAccountReasonNeeded(values.name, values.keyAccount);
  await checkCustomerValues(trx, values, { id, ...current });
  const { version: _version, ...before } = current;
  const changed = changedFields<CustomerValues>(before, values);
  if (Object.keys(changed.after).length === 0) return { id, version };
  const updated = await trx
    .updateTable("customers")
    .set({
      ...customerColumns(values),
      version: version + 1,
      updated_at: by.now.toISOString(),
    })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw await savedMeanwhile(trx, "customer", id, current.name);
  if ("contacts" in changed.after || "addresses" in changed.after)
    await writeCustomerLists(trx, id, values);
  await writeAudit(trx, {
    at: by.now,
    userId: by.userId,
    action:
      by.source === "import"
        ? "customer.imported"
        : "keyAccount" in changed.after
          ? "customer.keyAccount"
          : "customer.updated",
    entity: "customer",
    entityId: id,
    orderId: null,
    before: changed.before,
    after: changed.after,
    reason: "keyAccount" in changed.after ? reason : null,
  });
  return { id, version: version + 1 };
}

export async function createCustomer(
  context: RequestContext,
  input: CustomerValues & { keyAccountReason?: string | undefined },
): Promise<Saved> {
  const { keyAccountReason, ...values } = input;
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db
    .transaction()
    .execute((trx) =>
      insertCustomer(trx, values, keyAccountReason ?? null, by),
    );
}

export async function updateCustomer(
  context: RequestContext,
  input: CustomerValues & {
    id: number;
    version: number;
    keyAccountReason?: string | undefined;
  },
): Promise<Saved> {
  const { id, version, keyAccountReason, ...values } = input;
  const by = { userId: signedInUser(context).id, now: context.clock.now() };
  return context.db
    .transaction()
    .execute((trx) =>
      updateCustomerRow(trx, id, version, values, keyAccountReason ?? null, by),
    );
}
