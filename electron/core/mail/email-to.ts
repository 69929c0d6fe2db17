// Who a staff message in each of an order's threads also reaches by email, for the composer to
// say before anyone sends (null for every thread while the mail channel is off).
import type { Kysely } from "kysely";
import type { ThreadInfo } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { loadImapSettings } from "./imap-settings";
import { threadRecipients } from "./message-email";

export async function withEmailTo(
  db: Kysely<Database>,
  orderId: number,
  threads: Omit<ThreadInfo, "emailTo">[],
): Promise<ThreadInfo[]> {
  const channel = await loadImapSettings(db);
  return Promise.all(
    threads.map(async (thread) => ({
      ...thread,
      emailTo: channel?.enabled
        ? (await threadRecipients(db, orderId, thread.kind)).map(
            ({ kind, name }) => ({ kind, name }),
          )
        : null,
    })),
  );
}
