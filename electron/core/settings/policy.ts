// The policy in force: the defaults of shared/policy.ts, overridden by what admins saved in settings.
import type { Kysely } from "kysely";
import {
  defaultPolicy,
  PolicySchema,
  type Policy,
} from "../../../shared/policy";
import type { Database } from "../db/schema";

export async function loadPolicy(db: Kysely<Database>): Promise<Policy> {
  const rows = await db
    .selectFrom("settings")
    .select(["key", "value"])
    .where("key", "like", "policy.%")
    .execute();
  const policy: Policy = { ...defaultPolicy };
  for (const row of rows) {
    const key = row.key.slice("policy.".length);
    if (key in defaultPolicy)
      Object.assign(policy, { [key]: JSON.parse(row.value) as unknown });
  }
  // Rating values are compared exactly, in hundredths; one saved with more decimals before that
  // rule is read rounded, not refused (nothing could start otherwise).
  for (const key of [
    "highlyRatedFrom",
    "compliantFrom",
    "cancellationScore",
  ] as const)
    policy[key] = Math.round(policy[key] * 100) / 100;
  // A setting that no longer fits the policy is our fault, not the caller's: fail loudly.
  return PolicySchema.parse(policy);
}

export async function loadClosingDays(
  db: Kysely<Database>,
): Promise<Set<string>> {
  const rows = await db.selectFrom("closing_days").select("date").execute();
  return new Set(rows.map((r) => r.date));
}
