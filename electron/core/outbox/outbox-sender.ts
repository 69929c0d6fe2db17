// Who sends the outbox, so the Outbox can say why emails wait. On a team's server only the consoles
// that hold the SMTP password send (smtp-settings.ts); each of them notes in the shared settings
// when it last looked for due emails (every minute), and every console reads that note.
import type { Kysely } from "kysely";
import type { OutboxSender } from "../../../shared/contract";
import type { CoreServices } from "../context";
import type { Database } from "../db/schema";
import { saveSetting } from "../settings/save-setting";
import { canSendWith, loadSmtp } from "./smtp-settings";

const lookedKey = "outbox.sender_looked_at";
/** A sender looks every minute: one not heard of for this long has stopped. */
export const senderQuietMinutes = 5;

/** A console that can send notes that it is looking for due emails now (team mode only). */
export const noteSenderLooked = (db: Kysely<Database>, at: Date) =>
  saveSetting(db, lookedKey, at.toISOString(), { userId: null, at });

async function senderLookedAt(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", lookedKey)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : null;
}

export async function outboxSender(
  services: Pick<CoreServices, "db" | "clock" | "secrets" | "storage">,
): Promise<OutboxSender> {
  const now = services.clock.now();
  const [config, waiting, lookedAt] = await Promise.all([
    loadSmtp(services.db, services.secrets),
    services.db
      .selectFrom("outbox")
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .where("status", "=", "queued")
      .where("due_at", "<=", now.toISOString())
      .executeTakeFirstOrThrow(),
    senderLookedAt(services.db),
  ]);
  const sender = !config
    ? "notSetUp"
    : !config.enabled
      ? "off"
      : canSendWith(config, services)
        ? "thisConsole"
        : "otherConsoles";
  return {
    sender,
    waiting: Number(waiting.n),
    senderLookedAt: sender === "otherConsoles" ? lookedAt : null,
    senderActive:
      sender === "thisConsole" ||
      (sender === "otherConsoles" &&
        lookedAt !== null &&
        now.getTime() - Date.parse(lookedAt) < senderQuietMinutes * 60_000),
  };
}
