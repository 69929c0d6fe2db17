// Team mode: the SMTP password is kept by each console, never in the shared database. A console
// without it leaves the queued emails to one that has it, instead of failing them.
import { afterEach, beforeEach, expect, it } from "vitest";
import { sendDueEmails } from "../../../electron/core/outbox/send-due-emails";
import type { Core } from "../../../electron/core/start-core";
import { fixedClock } from "../../../electron/core/clock";
import type { OutboxSender, SmtpSettingsView } from "../../../shared/contract";
import { assignedOrder } from "../../fixtures/assigned-order";
import { secondConsole, signIn, testNow, valueOf } from "../../fixtures/core";
import { teamDatabasePerTest } from "../../fixtures/team-database";
import {
  sendThrough,
  startSmtpServer,
  type SmtpTestServer,
} from "../../fixtures/smtp-server";

const team = teamDatabasePerTest();
let smtp: SmtpTestServer;
beforeEach(async () => {
  smtp = await startSmtpServer();
});
afterEach(() => smtp.stop());

/** This console's admin sets up the test SMTP server, with the password kept by this console. */
async function setUpSmtpHere(core: Core) {
  const admin = await signIn(core, "admin@cutr.example");
  await sendThrough(core, admin, smtp, "dispatch@mail.cutr.ai");
}

it("sends from the console that holds the password, while the others leave the emails queued", async () => {
  const { core, url } = team;
  const { orderId } = await assignedOrder(core, await signIn(core));
  await setUpSmtpHere(core);
  const other = await secondConsole(url);
  try {
    const otherAdmin = await signIn(other, "admin@cutr.example");
    expect(
      valueOf<SmtpSettingsView>(
        await other.call("settings.smtp", {}, otherAdmin),
      ),
    ).toMatchObject({
      enabled: true,
      passwordSet: false,
      passwordPerConsole: true,
    });
    expect(await sendDueEmails(other.services)).toEqual({
      sent: 0,
      failed: 0,
      retrying: 0,
    });
    const assignmentEmail = () =>
      core.services.db
        .selectFrom("outbox")
        .select(["status", "attempts"])
        .where("order_id", "=", orderId)
        .where("kind", "=", "assignment")
        .executeTakeFirstOrThrow();
    expect(await assignmentEmail()).toEqual({ status: "queued", attempts: 0 });

    const report = await sendDueEmails(core.services);
    expect(report).toMatchObject({ failed: 0, retrying: 0 });
    expect(report.sent).toBe(smtp.received.length);
    expect(smtp.received.every((mail) => mail.user === "cutr")).toBe(true);
    expect(await assignmentEmail()).toEqual({ status: "sent", attempts: 1 });
  } finally {
    await other.close();
  }
});

it("tells a console without the password whether a console that has it is at work", async () => {
  const { core, url } = team;
  await assignedOrder(core, await signIn(core));
  await setUpSmtpHere(core);
  const clock = fixedClock(testNow);
  const other = await secondConsole(url, clock);
  try {
    const session = await signIn(other);
    const sending = async () =>
      valueOf<OutboxSender>(await other.call("outbox.sender", {}, session));
    const nobodyYet = await sending();
    expect(nobodyYet).toMatchObject({
      sender: "otherConsoles",
      senderLookedAt: null,
      senderActive: false,
    });
    expect(nobodyYet.waiting).toBeGreaterThan(0);

    // The console with the password looks (and sends); the other hears of it.
    await sendDueEmails(core.services);
    const looked = core.services.clock.now().toISOString();
    expect(await sending()).toMatchObject({
      sender: "otherConsoles",
      waiting: 0,
      senderLookedAt: looked,
      senderActive: true,
    });
    // It looks every minute: after five without a look, it has stopped.
    clock.advance(4 * 60_000 + 59_000);
    expect((await sending()).senderActive).toBe(true);
    clock.advance(1_000);
    expect(await sending()).toMatchObject({
      senderLookedAt: looked,
      senderActive: false,
    });
  } finally {
    await other.close();
  }
});
