// A full disk or a read-only data folder while writing: a clear error, and the data as it was.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { assignedOrder } from "../fixtures/assigned-order";
import { signIn, sqliteOf, testCore, valueOf } from "../fixtures/core";
import { base64, png } from "../fixtures/images";
import { textBody } from "../fixtures/message-body";

let core: Core;
let session: string;
let orderId: number;
const count = (table: "milestones" | "messages" | "files" | "audit_log") =>
  (
    sqliteOf(core).prepare(`SELECT count(*) AS n FROM ${table}`).get() as {
      n: number;
    }
  ).n;
const milestone = (name: string) =>
  core.call(
    "milestones.set",
    { orderId, kind: "custom", name, date: "2026-12-10", reason: "Test" },
    session,
  );

beforeEach(async () => {
  ({ core } = await testCore());
  session = await signIn(core, "admin@cutr.example");
  ({ orderId } = await assignedOrder(core, session));
});
afterEach(() => core.close());

describe("storage faults", () => {
  it("a read-only database: a clear error and nothing written", async () => {
    const before = [count("milestones"), count("audit_log")];
    sqliteOf(core).pragma("query_only = 1");
    expect(await milestone("Read-only")).toMatchObject({
      ok: false,
      error: {
        code: "INTERNAL",
        message: expect.stringContaining("nothing was saved"),
      },
    });
    sqliteOf(core).pragma("query_only = 0");
    expect([count("milestones"), count("audit_log")]).toEqual(before);
    valueOf(await milestone("Writable again"));
  });

  it("a full database file: the whole change rolls back", async () => {
    const pages = sqliteOf(core).pragma("page_count", {
      simple: true,
    }) as number;
    sqliteOf(core).pragma(`max_page_count = ${pages}`);
    const before = [count("messages"), count("audit_log")];
    const long = "A long note. ".repeat(1500);
    const results = [];
    for (let i = 0; i < 20; i++)
      results.push(
        await core.call(
          "messages.send",
          {
            orderId,
            thread: "cutr",
            body: textBody(long),
          },
          session,
        ),
      );
    const refused = results.find((r) => !r.ok);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          "disk holding the console's data is full",
        ),
      },
    });
    const accepted = results.filter((r) => r.ok).length;
    expect(count("messages")).toBe((before[0] ?? 0) + accepted);
    sqliteOf(core).pragma("max_page_count = 1073741823");
    const thread = sqliteOf(core)
      .prepare(
        "SELECT message_count, (SELECT count(*) FROM messages m WHERE m.thread_id = t.id) AS n FROM message_threads t WHERE order_id = ? AND kind = 'cutr'",
      )
      .get(orderId) as { message_count: number; n: number } | undefined;
    if (thread) expect(thread.message_count).toBe(thread.n);
  });

  it("a full disk under the file store: a clear error, no row, no blob", async () => {
    const files = core.services.files;
    const before = count("files");
    core.services.files = {
      ...files,
      put: () =>
        Promise.reject(
          Object.assign(new Error("ENOSPC: no space left on device, write"), {
            code: "ENOSPC",
          }),
        ),
    };
    expect(
      await core.call(
        "files.import",
        {
          orderId,
          folder: "finished_product",
          name: "full.png",
          dataBase64: base64(await png(17, 11)),
        },
        session,
      ),
    ).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          "disk holding the console's data is full",
        ),
      },
    });
    core.services.files = files;
    expect(count("files")).toBe(before);
  });
});
