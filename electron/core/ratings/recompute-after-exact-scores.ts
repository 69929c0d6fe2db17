// Once migration 0014 has given every order score its exact form, every partner's rating and tier
// is recomputed from it with the console's clock and policy: a partner whose scores average exactly
// to a threshold may move up. Runs at start, right after the migration; the log says how many moved.
import type { Kysely } from "kysely";
import type { Clock } from "../clock";
import type { Logger } from "../context";
import type { MigrationReport } from "../db/migrate";
import type { Database } from "../db/schema";
import { loadPolicy } from "../settings/policy";
import { recomputeAllPartners } from "./recompute-all";

export const exactScoresMigration = "0014_exact_scores";

export async function recomputeAfterExactScores(
  db: Kysely<Database>,
  migration: MigrationReport,
  context: { clock: Clock; log: Logger },
): Promise<{ partners: number; tierChanges: number } | null> {
  if (!migration.applied.includes(exactScoresMigration)) return null;
  const result = await db.transaction().execute(async (trx) =>
    recomputeAllPartners(trx, {
      policy: await loadPolicy(trx),
      now: context.clock.now(),
      cause: "order scores made exact",
    }),
  );
  context.log.info(
    `Order scores are now exact: ${result.partners} partners recomputed, ${result.tierChanges} changed tier`,
  );
  return result;
}
