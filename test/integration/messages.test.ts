import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type {
  InboxRow,
  Message,
  MessageCounts,
  ThreadInfo,
} from "../../shared/contract";
import type { MessageDoc } from "../../shared/message-body";
import { assignedOrder } from "../fixtures/assigned-order";
import { makeOpenOrder } from "../fixtures/builders";
import { signIn, testCore, valueOf } from "../fixtures/core";
import { base64, png } from "../fixtures/images";
import { textBody } from "../fixtures/message-body";
import { partnerWrites as partnerMessage } from "../fixtures/partner-message";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
let dispatcher: string;
let manager: string;
let orderId: number;
let partnerId: number;
const db = () => core.services.db;

beforeEach(async () => {
  ({ core, clock } = await testCore());
  dispatcher = await signIn(core, "dispatcher@cutr.example");
  manager = await signIn(core, "accounts@cutr.example");
  ({ orderId, partnerId } = await assignedOrder(core, dispatcher));
});
afterEach(() => core.close());

const doc = textBody;

const send = (
  body: unknown,
  thread = "cutr",
  session = dispatcher,
  attachments: unknown[] = [],
) =>
  core.call("messages.send", { orderId, thread, body, attachments }, session);

/** A message from the partner, as the partner portal would write it. */
const partnerWrites = (text: string, kind: "cutr" | "customer" = "cutr") =>
  partnerMessage(db(), { orderId, kind, text, at: clock.now() });

const threads = async (
  session = dispatcher,
): Promise<Record<"cutr" | "customer", ThreadInfo>> =>
  Object.fromEntries(
    valueOf<ThreadInfo[]>(
      await core.call("messages.threads", { orderId }, session),
    ).map((t) => [t.kind, t]),
  ) as Record<"cutr" | "customer", ThreadInfo>;

describe("messages.send", () => {
  it("stores formatted text and photos, and lists them back", async () => {
    const body: MessageDoc = {
      type: "doc",
      content: [
        {
          type: "heading",
          attrs: { level: 3 },
          content: [{ type: "text", text: "Packing" }],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Please use ", marks: [] },
            { type: "text", text: "corner guards", marks: [{ type: "bold" }] },
          ],
        },
        {
          type: "bulletList",
          content: [
            {
              type: "listItem",
              content: [
                {
                  type: "paragraph",
                  content: [{ type: "text", text: "doors" }],
                },
              ],
            },
          ],
        },
      ],
    };
    const sent = valueOf<Message>(
      await send(body, "cutr", dispatcher, [
        { name: "corner.png", dataBase64: base64(await png(12, 12)) },
      ]),
    );
    expect(sent).toMatchObject({
      authorKind: "staff",
      authorName: "Daan Janssen",
      mine: true,
      body,
      attachments: [{ name: "corner.png", mime: "image/png" }],
    });
    const listed = valueOf<{ messages: Message[] }>(
      await core.call("messages.list", { orderId, thread: "cutr" }, manager),
    );
    expect(listed.messages.at(-1)).toMatchObject({ id: sent.id, mine: false });
    const bytes = await core.readFile(
      sent.attachments[0]?.id ?? 0,
      "attachment",
      manager,
    );
    expect(bytes.ok && bytes.value.mime).toBe("image/png");
  });

  it("refuses empty, over-long and scripted bodies, and stores nothing", async () => {
    const refused = [
      doc("   "),
      doc("x".repeat(20_001)),
      { type: "doc", content: [] },
      "<p>hello</p>",
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              {
                type: "text",
                text: "x",
                marks: [
                  { type: "link", attrs: { href: "javascript:alert(1)" } },
                ],
              },
            ],
          },
        ],
      },
      {
        type: "doc",
        content: [
          { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [] },
        ],
      },
      { type: "doc", content: [{ type: "image", attrs: { src: "x" } }] },
    ];
    for (const body of refused)
      expect(await send(body)).toMatchObject({
        ok: false,
        error: { code: "BAD_INPUT" },
      });
    const count = await db()
      .selectFrom("messages")
      .innerJoin("message_threads", "message_threads.id", "messages.thread_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("order_id", "=", orderId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it("refuses CAD files by name and by content, with a pointer to the Files tab", async () => {
    const byName = await send(doc("drawing"), "cutr", dispatcher, [
      { name: "cabinet.dwg", dataBase64: base64(await png()) },
    ]);
    expect(byName).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("Files tab") },
    });
    const step = Buffer.from(
      "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('cabinet'));",
    );
    const byContent = await send(doc("drawing"), "cutr", dispatcher, [
      { name: "cabinet.png", dataBase64: base64(step) },
    ]);
    expect(byContent).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("CAD file") },
    });
    const notImage = await send(doc("note"), "cutr", dispatcher, [
      { name: "note.png", dataBase64: base64(Buffer.from("just text")) },
    ]);
    expect(notImage).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
  });

  it("has a Customer thread only with direct messaging and a partner who allows it", async () => {
    await db()
      .updateTable("orders")
      .set({ direct_messaging: 0 })
      .where("id", "=", orderId)
      .execute();
    expect((await threads()).customer).toMatchObject({ available: false });
    expect(await send(doc("Hello"), "customer")).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringContaining("no direct messaging"),
      },
    });
    await db()
      .updateTable("orders")
      .set({ direct_messaging: 1 })
      .where("id", "=", orderId)
      .execute();
    valueOf(await send(doc("Hello"), "customer"));
    valueOf(
      await core.call(
        "partners.setCommunication",
        { partnerId, setting: "cutr_only" },
        manager,
      ),
    );
    expect((await threads()).customer).toMatchObject({
      available: false,
      messageCount: 1,
      unavailableReason: {
        key: "orders:messages.unavailable.cutrOnly",
        values: { partner: expect.any(String) },
      },
    });
    expect(await send(doc("Hello again"), "customer")).toMatchObject({
      ok: false,
      error: { code: "RULE" },
    });
    expect(
      await core.call(
        "partners.setCommunication",
        { partnerId, setting: "customer_chat_allowed" },
        dispatcher,
      ),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("opens the Customer thread only once the order is assigned", async () => {
    const open = await makeOpenOrder(db(), { region: "NL-ZE" });
    await db()
      .updateTable("orders")
      .set({ direct_messaging: 1 })
      .where("id", "=", open)
      .execute();
    const info = valueOf<ThreadInfo[]>(
      await core.call("messages.threads", { orderId: open }, dispatcher),
    );
    expect(info.find((t) => t.kind === "customer")).toMatchObject({
      available: false,
      unavailableReason: { key: "orders:messages.unavailable.notAssigned" },
    });
    expect(
      await core.call(
        "messages.send",
        { orderId: open, thread: "customer", body: doc("Hi"), attachments: [] },
        dispatcher,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: "RULE", message: expect.stringContaining("assigned") },
    });
    // Once an assignment has existed, the thread stays with the order, even after it was cancelled.
    await db()
      .insertInto("assignments")
      .values({
        order_id: open,
        partner_id: partnerId,
        assigned_at: "2026-11-20T09:00:00.000Z",
        assigned_by: 1,
        cancelled_at: "2026-11-21T09:00:00.000Z",
        cancelled_by: 1,
        cancel_reason: "Workshop fire",
        counts_toward_rating: 0,
      })
      .execute();
    const after = valueOf<ThreadInfo[]>(
      await core.call("messages.threads", { orderId: open }, dispatcher),
    );
    expect(after.find((t) => t.kind === "customer")).toMatchObject({
      available: true,
    });
  });
});

describe("unread and unanswered", () => {
  it("counts per user, clears on reading, and marks a thread overdue after 12 business hours", async () => {
    const before = valueOf<MessageCounts>(
      await core.call("messages.unreadCount", {}, manager),
    );
    // Sunday 22 November, 09:00: the partner asks.
    await partnerWrites("When can we deliver?");
    expect((await threads(manager)).cutr).toMatchObject({
      unread: 1,
      unanswered: true,
      overdue: false,
    });
    const after = valueOf<MessageCounts>(
      await core.call("messages.unreadCount", {}, manager),
    );
    expect(after.unread).toBe(before.unread + 1);
    expect(after.unanswered).toBe(before.unanswered + 1);
    // The navigation's count is what the inbox lists when opened: unread or unanswered threads.
    const listed = valueOf<{ total: number }>(
      await core.call("messages.inbox", { limit: 1 }, manager),
    );
    expect(after.waiting).toBe(listed.total);
    expect(after.waiting).toBeLessThan(after.unread + after.unanswered);
    const inbox = valueOf<{ rows: InboxRow[] }>(
      await core.call("messages.inbox", { filter: { partnerId } }, manager),
    );
    expect(inbox.rows).toEqual([
      expect.objectContaining({
        orderId,
        kind: "cutr",
        unread: 1,
        unanswered: true,
        snippet: "When can we deliver?",
      }),
    ]);

    valueOf(
      await core.call(
        "messages.markRead",
        { orderId, thread: "cutr" },
        manager,
      ),
    );
    expect((await threads(manager)).cutr).toMatchObject({
      unread: 0,
      unanswered: true,
    });
    expect((await threads(dispatcher)).cutr.unread).toBe(1);

    // Monday 17:00 is 8 business hours; Tuesday 13:00 is 12; 13:30 is past it.
    clock.set(new Date("2026-11-24T12:00:00Z"));
    dispatcher = await signIn(core, "dispatcher@cutr.example");
    expect((await threads(dispatcher)).cutr.overdue).toBe(false);
    clock.set(new Date("2026-11-24T12:30:00Z"));
    expect((await threads(dispatcher)).cutr.overdue).toBe(true);

    valueOf(await send(doc("Thursday works.")));
    expect((await threads(dispatcher)).cutr).toMatchObject({
      unread: 0,
      unanswered: false,
      overdue: false,
    });
  });

  it("keeps a message unread whatever its age, until it is read, for each user apart", async () => {
    await partnerWrites("Is the oak in?");
    // Two months later, the manager has still not opened the thread: it is unread, and counted.
    clock.set(new Date("2027-01-25T09:00:00Z"));
    manager = await signIn(core, "accounts@cutr.example");
    expect((await threads(manager)).cutr.unread).toBe(1);
    const unread = valueOf<{ rows: InboxRow[] }>(
      await core.call(
        "messages.inbox",
        { filter: { partnerId, show: "unread" } },
        manager,
      ),
    );
    expect(unread.rows).toEqual([
      expect.objectContaining({ orderId, kind: "cutr", unread: 1 }),
    ]);
    valueOf(
      await core.call(
        "messages.markRead",
        { orderId, thread: "cutr" },
        manager,
      ),
    );
    expect(
      valueOf<{ rows: InboxRow[] }>(
        await core.call(
          "messages.inbox",
          { filter: { partnerId, show: "unread" } },
          manager,
        ),
      ).rows,
    ).toEqual([]);
    // The staff member's own message is never unread for them; for the others it is.
    dispatcher = await signIn(core, "dispatcher@cutr.example");
    valueOf(await send(doc("Chasing the supplier.")));
    expect((await threads(dispatcher)).cutr.unread).toBe(0);
    expect((await threads(manager)).cutr.unread).toBe(1);
  });
});
