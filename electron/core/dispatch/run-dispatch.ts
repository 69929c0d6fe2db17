// Runs one dispatch change in one transaction with the policy and calendar it needs; a write lock
// held too long by another process becomes CONFLICT, so the caller refreshes and tries again.
import type { Kysely } from "kysely";
import { signedInUser, type RequestContext } from "../context";
import type { Database } from "../db/schema";
import { AppError, isBusy } from "../errors";
import type { DispatchContext } from "./assign-order";

export async function runDispatch<T>(
  context: RequestContext,
  change: (trx: Kysely<Database>, dispatch: DispatchContext) => Promise<T>,
): Promise<T> {
  const user = signedInUser(context);
  const { policy, closingDays } = await context.settingsCache.read(context.db);
  const dispatch: DispatchContext = {
    userId: user.id,
    now: context.clock.now(),
    policy,
    closingDays,
  };
  try {
    return await context.db
      .transaction()
      .execute((trx) => change(trx, dispatch));
  } catch (error) {
    if (isBusy(error))
      throw new AppError("CONFLICT", { key: "errors:dispatch.busy" });
    throw error;
  }
}
