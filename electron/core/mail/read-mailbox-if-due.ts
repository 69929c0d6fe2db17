// The mailbox is read every few minutes (Settings: how often), by each console that holds the
// IMAP password; mail_in makes sure two consoles never post the same mail twice.
import type { CoreServices } from "../context";
import { canReadWith, loadImap } from "./imap-settings";
import { readMailbox } from "./read-mailbox";

/** Reads the mailbox when its interval has passed since `lastReadMs`; returns when it read. */
export async function readMailboxIfDue(
  services: CoreServices,
  lastReadMs: number | null,
): Promise<number | null> {
  const config = await loadImap(services.db, services.secrets);
  if (!config || !canReadWith(config)) return lastReadMs;
  const now = services.clock.now().getTime();
  if (lastReadMs !== null && now - lastReadMs < config.intervalMinutes * 60_000)
    return lastReadMs;
  const report = await readMailbox(services);
  if (report?.error)
    services.log.error("reading the mailbox failed", report.error);
  else if (report && report.read > 0)
    services.log.info(
      `Read ${report.read} mails: ${JSON.stringify(report.outcomes)}.`,
    );
  return now;
}
