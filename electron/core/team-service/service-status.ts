// Whether a team service is at work (issue: a team service): the service notes itself every
// minute and after each job; Settings reads the note and says whether one is running and when it
// last worked. Consoles keep working without it.
import type { Kysely } from "kysely";
import { z } from "zod";
import type { ServiceStatus } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { readSetting } from "../settings/read-setting";
import { saveSetting } from "../settings/save-setting";

const key = "service.heartbeat";
/** Noted every minute: silent for three means it is gone. */
const aliveWithinMs = 3 * 60_000;

const Heartbeat = z.object({
  host: z.string(),
  pid: z.number(),
  version: z.string(),
  startedAt: z.string(),
  seenAt: z.string(),
  lastWorkedAt: z.string().nullable(),
  /** Set as it stops on SIGTERM: Settings says at once that none is running. */
  stoppedAt: z.string().nullable().default(null),
});
export type Heartbeat = z.input<typeof Heartbeat>;

export const noteServiceAlive = (
  db: Kysely<Database>,
  heartbeat: Heartbeat,
  at: Date,
) => saveSetting(db, key, heartbeat, { userId: null, at });

export async function serviceStatus(
  db: Kysely<Database>,
  now: Date,
): Promise<ServiceStatus | null> {
  const parsed = Heartbeat.safeParse(await readSetting(db, key));
  if (!parsed.success) return null;
  const beat = parsed.data;
  return {
    host: beat.host,
    version: beat.version,
    startedAt: beat.startedAt,
    seenAt: beat.seenAt,
    lastWorkedAt: beat.lastWorkedAt,
    running:
      beat.stoppedAt === null &&
      now.getTime() - Date.parse(beat.seenAt) < aliveWithinMs,
  };
}
