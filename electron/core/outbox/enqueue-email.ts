// Puts an email in the outbox, inside the transaction of the change that causes it.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema";

export interface Email {
  kind: string;
  orderId: number | null;
  recipient: string;
  subject: string;
  body: string;
  dueAt: Date;
  createdAt: Date;
}

export async function enqueueEmail(
  db: Kysely<Database>,
  email: Email,
): Promise<number> {
  const row = await db
    .insertInto("outbox")
    .values({
      kind: email.kind,
      order_id: email.orderId,
      recipient: email.recipient,
      subject: email.subject,
      body: email.body,
      due_at: email.dueAt.toISOString(),
      status: "queued",
      created_at: email.createdAt.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
