import Database from "better-sqlite3";
import sharp from "sharp";
import { expect, signInAs, test } from "./browser-mode";

/** Known ways to run script through a message, as text a partner might send. */
const payloads = [
  "<script>window.__xss = 'script'</script>",
  "<img src=x onerror=\"window.__xss='img'\">",
  "<svg onload=\"window.__xss='svg'\"></svg>",
  '"><iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  "<a href=\"javascript:window.__xss='link'\">click me</a>",
  "<details open ontoggle=\"window.__xss='details'\">",
];

test("staff read an unanswered message full of markup, none of it runs, and reply with bold text and a photo", async ({
  page,
  browserMode,
}) => {
  // The partner's side: a question carrying every payload as text, and one row written by another
  // tool whose body is raw HTML instead of the structured form.
  const sqlite = new Database(browserMode.databaseFile);
  const order = sqlite
    .prepare(
      "SELECT id, number FROM orders WHERE status = 'assigned' ORDER BY id DESC LIMIT 1",
    )
    .get() as { id: number; number: string };
  sqlite
    .prepare(
      "INSERT INTO message_threads (order_id, kind) VALUES (?, 'cutr') ON CONFLICT DO NOTHING",
    )
    .run(order.id);
  const thread = sqlite
    .prepare(
      "SELECT id FROM message_threads WHERE order_id = ? AND kind = 'cutr'",
    )
    .get(order.id) as { id: number };
  const insert = sqlite.prepare(
    "INSERT INTO messages (thread_id, author_kind, author_user_id, author_name, body, created_at) VALUES (?, 'partner', NULL, 'Testpartner', ?, ?)",
  );
  insert.run(
    thread.id,
    JSON.stringify({
      type: "doc",
      content: payloads.map((text) => ({
        type: "paragraph",
        content: [{ type: "text", text }],
      })),
    }),
    "2026-11-22T08:00:00.000Z",
  );
  const last = insert.run(
    thread.id,
    "<img src=x onerror=\"window.__xss='raw'\"><b>raw html body</b>",
    "2026-11-22T08:30:00.000Z",
  );
  sqlite
    .prepare(
      "UPDATE message_threads SET last_message_id = ?, last_message_at = ?, last_author_kind = 'partner', message_count = message_count + 2 WHERE id = ?",
    )
    .run(last.lastInsertRowid, "2026-11-22T08:30:00.000Z", thread.id);
  sqlite.close();

  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page
    .getByRole("navigation", { name: "Console areas" })
    .getByRole("link", { name: /Messages/ })
    .click();
  const row = page.getByRole("row", { name: new RegExp(order.number) }).first();
  await expect(row).toContainText("Unanswered");
  await row.getByRole("link", { name: order.number }).click();

  for (const text of payloads)
    await expect(page.getByText(text, { exact: true })).toBeVisible();
  await expect(
    page.getByText(
      "<img src=x onerror=\"window.__xss='raw'\"><b>raw html body</b>",
    ),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (globalThis as { __xss?: string }).__xss),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);

  // The reply: bold text and a photo.
  await page.getByRole("textbox", { name: "Message" }).click();
  await page.keyboard.type("We deliver ");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("on Thursday");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(", see the packing:");
  const photo = await sharp({
    create: { width: 90, height: 60, channels: 3, background: "#c8a673" },
  })
    .jpeg()
    .toBuffer();
  await page.locator('input[type="file"][accept*="image/jpeg"]').setInputFiles({
    name: "packing.jpg",
    mimeType: "image/jpeg",
    buffer: photo,
  });
  await expect(page.getByRole("img", { name: "packing.jpg" })).toBeVisible();
  await page.getByRole("button", { name: "Send" }).click();
  const sent = page.locator("strong", { hasText: "on Thursday" });
  await expect(sent).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Save packing.jpg" }),
  ).toBeVisible();
  await expect(page.getByText("Waiting on Cutr's answer.")).toHaveCount(0);
  expect(
    await page.evaluate(() => (globalThis as { __xss?: string }).__xss),
  ).toBeUndefined();
});

test("staff answer threads from the inbox's reading pane, with the keyboard alone", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await page.goto(`${browserMode.origin}/#/messages?show=unanswered`);
  const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  const pane = page.getByRole("region", { name: "The thread" });
  await expect(pane).toBeVisible();
  await expect(pane.getByText("Waiting on Cutr's answer.")).toBeVisible();
  // The list stays beside the thread.
  await expect(rows.first()).toBeVisible();
  const box = pane.getByRole("textbox", { name: "Message" });
  await box.focus();
  await page.keyboard.type("Thanks, noted: we will plan it in.");
  const answered = pane.getByRole("link").first();
  const answeredNumber = (await answered.textContent()) ?? "";
  const answeredHref = (await answered.getAttribute("href")) ?? "";
  await page.keyboard.press("Control+Enter");
  // Answered, the thread leaves the list of unanswered ones and the next one opens by itself.
  await expect(rows).toHaveCount(before - 1);
  await expect(pane.getByRole("link").first()).not.toHaveText(answeredNumber);
  await expect(pane.getByText("Waiting on Cutr's answer.")).toBeVisible();
  // Esc closes the pane; the answer is in the thread it was written in.
  await page.keyboard.press("Escape");
  await expect(pane).toBeHidden();
  await page.goto(`${browserMode.origin}/${answeredHref}`);
  await expect(
    page.getByText("Thanks, noted: we will plan it in."),
  ).toBeVisible();
});
