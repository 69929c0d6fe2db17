// The partners' and customers' daily reminder of messages from Cutr they have not answered, by
// moving the injected clock over two mornings (DOMAIN.md, Messages: answers by email).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueAnswerReminders } from "../../electron/core/mail/answer-reminder";
import type { ThreadInfo } from "../../shared/contract";
import { valueOf } from "../fixtures/core";
import { mailChannelOrder } from "../fixtures/mail-channel";

let order: Awaited<ReturnType<typeof mailChannelOrder>>;

beforeEach(async () => {
  order = await mailChannelOrder();
});

afterEach(() => order.core.close());

const reminders = () =>
  order.db
    .selectFrom("outbox")
    .select(["recipient", "subject", "body", "due_at"])
    .where("kind", "=", "answer_reminder")
    .orderBy("id")
    .execute();

const remind = () => enqueueAnswerReminders(order.core.services);

describe("the daily reminder of unanswered messages from Cutr", () => {
  it("reaches each partner and customer once a morning, listing the orders, until they answer", async () => {
    const { clock, partner, customer } = order;
    // Sunday 22 Nov, 10:00 in Amsterdam.
    await order.staffWrites("Which day can you deliver?", "cutr");
    const toCustomer = await order.staffWrites(
      "Hello both, the kick-off is on Monday.",
      "customer",
      customer,
    );
    expect(await remind()).toBe(0);

    clock.set("2026-11-23T06:59:00Z"); // 07:59 on Monday: not yet
    expect(await remind()).toBe(0);
    clock.set("2026-11-23T07:00:00Z");
    expect(await remind()).toBe(2);
    const first = await reminders();
    expect(first.map((r) => r.recipient).sort()).toEqual(
      [partner.email, customer.email].sort(),
    );
    const toPartner = first.find((r) => r.recipient === partner.email);
    // Two threads of one order: the order listed once.
    expect(toPartner?.body.split(order.number)).toHaveLength(2);
    expect(toPartner?.due_at).toBe("2026-11-23T07:00:00.000Z");

    // The hourly job again, later that morning: never a second one that day.
    clock.set("2026-11-23T10:00:00Z");
    expect(await remind()).toBe(0);

    const answered = await order.arrives(
      await order.answer(toCustomer, customer, "Fine by me."),
    );
    expect(answered.status).toBe("posted");
    clock.set("2026-11-24T07:30:00Z");
    expect(await remind()).toBe(1);
    expect((await reminders()).at(-1)?.recipient).toBe(partner.email);
  });

  it("is not written while the mail channel is off", async () => {
    await order.staffWrites("Which day can you deliver?", "cutr");
    await order.setChannel(false);
    // The composer says so before anyone writes.
    const threads = valueOf<ThreadInfo[]>(
      await order.core.call(
        "messages.threads",
        { orderId: order.orderId },
        order.staff,
      ),
    );
    expect(threads.map((t) => t.emailTo)).toEqual([null, null]);
    order.clock.set("2026-11-23T07:00:00Z");
    expect(await remind()).toBe(0);
  });
});
