import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueDailyDigest } from "../../electron/core/outbox/daily-digest";
import {
  maxAttempts,
  sendDueEmails,
} from "../../electron/core/outbox/send-due-emails";
import type { Core } from "../../electron/core/start-core";
import type {
  OutboxRow,
  OutboxSender,
  Page,
  SmtpSettingsView,
} from "../../shared/contract";
import { recomputePartnerRating } from "../../electron/core/ratings/recompute-partner";
import { defaultPolicy } from "../../shared/policy";
import { assignedOrder } from "../fixtures/assigned-order";
import { addScore, makeOrder, makePartner } from "../fixtures/builders";
import { signIn, testCore, testDatabase, valueOf } from "../fixtures/core";
import {
  startSmtpServer,
  type Received,
  type SmtpTestServer,
} from "../fixtures/smtp-server";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let admin: string;
let smtp: SmtpTestServer | null = null;
let received: Received[] = [];

async function startSmtp(): Promise<number> {
  smtp = await startSmtpServer();
  received = smtp.received;
  return smtp.port;
}

async function stopSmtp() {
  const s = smtp;
  smtp = null;
  await s?.stop();
}

const configure = (port: number, password: string | null = "s3cret") =>
  core.call(
    "settings.updateSmtp",
    {
      settings: {
        enabled: true,
        host: "127.0.0.1",
        port,
        security: "none",
        user: "cutr",
        from: "dispatch@mail.cutr.ai",
      },
      password,
    },
    admin,
  );

const orderNumber = async (orderId: number) =>
  (
    await core.services.db
      .selectFrom("orders")
      .select("number")
      .where("id", "=", orderId)
      .executeTakeFirstOrThrow()
  ).number;

const outbox = async (filter = {}) =>
  valueOf<Page<OutboxRow>>(
    await core.call("outbox.list", { filter, limit: 500 }, admin),
  );

beforeEach(async () => {
  ({ core, clock } = await testCore());
  admin = await signIn(core, "admin@cutr.example");
});
afterEach(async () => {
  await stopSmtp();
  await core.close();
});

describe("SMTP settings", () => {
  it("keep the password out of the database and out of the audit log", async () => {
    const view = valueOf<SmtpSettingsView>(await configure(2525));
    expect(view).toMatchObject({ host: "127.0.0.1", passwordSet: true });
    expect(JSON.stringify(view)).not.toContain("s3cret");
    const rows = await sql<{
      value: string;
    }>`SELECT value FROM settings UNION ALL SELECT coalesce(after, '') FROM audit_log`.execute(
      core.services.db,
    );
    expect(rows.rows.some((r) => r.value.includes("s3cret"))).toBe(false);
    const dispatcher = await signIn(core);
    expect(await core.call("settings.smtp", {}, dispatcher)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(
      await core.call(
        "settings.updateSmtp",
        {
          settings: {
            enabled: true,
            host: "smtp.example.com; rm -rf /",
            port: 587,
            security: "starttls",
            user: "",
            from: "not an address",
          },
        },
        admin,
      ),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
  });
});

describe("who sends", () => {
  const sending = async (session = admin) =>
    valueOf<OutboxSender>(await core.call("outbox.sender", {}, session));

  it("says why due emails wait: no server set up, sending switched off; nothing once this console sends", async () => {
    const dispatcher = await signIn(core);
    await assignedOrder(core, dispatcher);
    const notSetUp = await sending(dispatcher);
    expect(notSetUp).toMatchObject({
      sender: "notSetUp",
      senderLookedAt: null,
      senderActive: false,
    });
    expect(notSetUp.waiting).toBeGreaterThan(0);
    // Only the due ones: an email planned for later is not waiting.
    const later = await outbox({ status: "queued" });
    await core.services.db
      .updateTable("outbox")
      .set({ due_at: "2026-12-01T09:00:00.000Z" })
      .where("id", "=", later.rows[0]?.id ?? 0)
      .execute();
    expect((await sending()).waiting).toBe(notSetUp.waiting - 1);

    const port = await startSmtp();
    valueOf(await configure(port));
    expect(await sending()).toMatchObject({
      sender: "thisConsole",
      senderActive: true,
    });
    valueOf(
      await core.call(
        "settings.updateSmtp",
        {
          settings: {
            enabled: false,
            host: "127.0.0.1",
            port,
            security: "none",
            user: "cutr",
            from: "dispatch@mail.cutr.ai",
          },
        },
        admin,
      ),
    );
    expect(await sending()).toMatchObject({
      sender: "off",
      senderActive: false,
    });
  });

  // A team's consoles note when one that can send looks (test/integration/team/outbox-team.test.ts).
  it.skipIf(testDatabase === "postgres")(
    "notes nothing in a local database's settings when the console looks for due emails",
    async () => {
      valueOf(await configure(await startSmtp()));
      const settings = () =>
        core.services.db
          .selectFrom("settings")
          .select(["key", "value", "updated_at"])
          .orderBy("key")
          .execute();
      const before = await settings();
      await sendDueEmails(core.services);
      clock.advance(60_000);
      await sendDueEmails(core.services);
      expect(await settings()).toEqual(before);
    },
  );
});

describe("sending", () => {
  it("delivers due emails to a real SMTP server, once", async () => {
    const dispatcher = await signIn(core);
    const { orderId } = await assignedOrder(core, dispatcher);
    valueOf(await configure(await startSmtp()));
    const queued = (await outbox({ status: "queued" })).rows.filter(
      (r) => r.orderId === orderId,
    );
    expect(queued).toHaveLength(1);
    const report = await sendDueEmails(core.services, 500);
    expect(report.sent).toBeGreaterThan(0);
    const mine = received.find((r) =>
      r.data.includes(queued[0]?.subject ?? "?"),
    );
    expect(mine).toMatchObject({
      from: "dispatch@mail.cutr.ai",
      to: [queued[0]?.recipient],
      user: "cutr",
    });
    const [row] = (await outbox({ search: queued[0]?.subject })).rows;
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
    const again = await sendDueEmails(core.services, 500);
    expect(again.sent).toBe(0);
  });

  it("writes a rating notice as it leaves, with the partner's rating as it then stands", async () => {
    const db = core.services.db;
    const partnerId = await makePartner(db);
    const orderId = await makeOrder(db, {
      partnerId,
      approvedAt: "2026-11-20T10:00:00.000Z",
    });
    const manager = await signIn(core, "accounts@cutr.example");
    valueOf(
      await core.call(
        "ratings.record",
        {
          orderId,
          factors: {
            quality: 5,
            communication: 5,
            involvement: 5,
            deliveryTime: 5,
            budget: 5,
          },
        },
        manager,
      ),
    );
    const queued = await db
      .selectFrom("outbox")
      .select(["id", "body", "due_at"])
      .where("order_id", "=", orderId)
      .where("kind", "=", "rating_notice")
      .executeTakeFirstOrThrow();
    expect(queued.body).toContain("Your rating is now 5.00.");
    // Before it leaves, a cancellation that counts brings the rating down to 3.00.
    await addScore(db, partnerId, 1, "2026-11-21", "cancellation");
    await recomputePartnerRating(db, partnerId, {
      policy: defaultPolicy,
      now: clock.now(),
      cause: "test",
    });
    valueOf(await configure(await startSmtp()));
    clock.set(queued.due_at);
    await sendDueEmails(core.services, 500);
    const number = await orderNumber(orderId);
    const mail = received.find((r) => r.data.includes(`Order ${number} has`));
    expect(mail?.data).toContain("Your rating is now 3.00.");
    expect(mail?.data).not.toContain("5.00.");
    const sent = await db
      .selectFrom("outbox")
      .select(["status", "body"])
      .where("id", "=", queued.id)
      .executeTakeFirstOrThrow();
    expect(sent.status).toBe("sent");
    expect(sent.body).toContain("Your rating is now 3.00.");
  });

  it("retries with a growing pause, then fails with the cause; staff can queue it again", async () => {
    const dispatcher = await signIn(core);
    const { orderId } = await assignedOrder(core, dispatcher);
    const port = await startSmtp();
    await stopSmtp(); // nobody listens on the port now
    valueOf(await configure(port));
    const email = () =>
      outbox().then(
        (p) => p.rows.find((r) => r.orderId === orderId) as OutboxRow,
      );
    // Only this order's email is due; the demo's old queue is out of the way.
    await core.services.db
      .updateTable("outbox")
      .set({ status: "sent" })
      .where((eb) =>
        eb.or([eb("order_id", "is", null), eb("order_id", "<>", orderId)]),
      )
      .where("status", "=", "queued")
      .execute();
    const pauses: number[] = [];
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const report = await sendDueEmails(core.services);
      expect(report.sent).toBe(0);
      const row = await email();
      expect(row.attempts).toBe(attempt);
      expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
      if (attempt < maxAttempts) {
        expect(row.status).toBe("queued");
        const pause = Date.parse(row.dueAt) - clock.now().getTime();
        pauses.push(pause / 60_000);
        // Nothing is sent before the pause is over.
        expect((await sendDueEmails(core.services)).retrying).toBe(0);
        clock.set(new Date(row.dueAt));
      } else expect(row.status).toBe("failed");
    }
    expect(pauses).toEqual([1, 2, 4, 8]);

    admin = await signIn(core, "admin@cutr.example");
    const failed = await email();
    const retried = valueOf<OutboxRow>(
      await core.call("outbox.retry", { id: failed.id }, admin),
    );
    expect(retried).toMatchObject({ status: "queued", attempts: 0 });
    expect(
      await core.call("outbox.retry", { id: failed.id }, admin),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE" },
    });
    valueOf(await configure(await startSmtp()));
    expect((await sendDueEmails(core.services)).sent).toBe(1);
    expect((await email()).status).toBe("sent");
  });
});

describe("the daily digest", () => {
  it("is written at 08:00 Amsterdam time, once a day, to staff with unread messages", async () => {
    // Monday 23 November 2026, 06:59 UTC is 07:59 in Amsterdam.
    clock.set(new Date("2026-11-23T06:59:00Z"));
    expect(await enqueueDailyDigest(core.services)).toBe(0);
    clock.set(new Date("2026-11-23T07:00:00Z"));
    const first = await enqueueDailyDigest(core.services);
    expect(first).toBeGreaterThan(0);
    clock.set(new Date("2026-11-23T09:00:00Z"));
    expect(await enqueueDailyDigest(core.services)).toBe(0);
    admin = await signIn(core, "admin@cutr.example");
    const digests = await outbox({ kind: "unread_digest" });
    expect(digests.total).toBe(first);
    expect(digests.rows[0]).toMatchObject({
      dueAt: "2026-11-23T07:00:00.000Z",
      subject: expect.stringMatching(/^\d+ unread message threads/),
    });
    expect(new Set(digests.rows.map((r) => r.recipient)).size).toBe(first);
    // Sent (which stamps a new due time), the day's digest is still not written again.
    valueOf(await configure(await startSmtp()));
    await sendDueEmails(core.services, 500);
    clock.set(new Date("2026-11-23T10:00:00Z"));
    expect(await enqueueDailyDigest(core.services)).toBe(0);
    clock.set(new Date("2026-11-24T07:30:00Z"));
    expect(await enqueueDailyDigest(core.services)).toBe(first);
  });
});
