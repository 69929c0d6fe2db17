// Messages by email, end to end in Chromium against a real IMAP server (Dovecot on loopback): an
// admin sets up the mailbox, staff write to the partner, the partner answers from a mail client
// with a photo, and the answer shows in the thread with its photo; a stranger's mail waits in
// Unmatched mail and is attached to its order by hand.
import Database from "better-sqlite3";
import MailComposer from "nodemailer/lib/mail-composer";
import sharp from "sharp";
import {
  imapPassword,
  imapUser,
  startImapServer,
  type ImapTestServer,
} from "../fixtures/imap-server";
import {
  expect,
  openNewestAssignedOrder,
  signInAs,
  test,
} from "./browser-mode";

let imap: ImapTestServer;
test.beforeAll(async () => {
  imap = await startImapServer();
});
test.afterAll(async () => {
  await imap?.stop();
});

interface SentEmail {
  recipient: string;
  subject: string;
  headers: string;
}

test("the partner's emailed answer with a photo reaches the thread, and a stranger's mail is attached by hand", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Anna de Vries");

  // The admin sets up the mailbox.
  await page.goto(`${browserMode.origin}/#/settings`);
  const mailbox = page.getByRole("region", { name: "Answers by email (IMAP)" });
  await mailbox
    .getByRole("switch", {
      name: "Send thread messages by email and read the answers",
    })
    .check({ force: true });
  await mailbox.getByLabel("Host").fill("127.0.0.1");
  await mailbox.getByLabel("Port").fill(String(imap.port));
  await mailbox.getByRole("textbox", { name: "Security" }).click();
  await page.getByRole("option", { name: "None (local test servers)" }).click();
  await mailbox.getByLabel("User").fill(imapUser);
  await mailbox.getByLabel("Password").fill(imapPassword);
  await mailbox.getByLabel("Reply domain").fill("reply.cutr.test");
  await mailbox.getByRole("button", { name: "Save" }).click();
  await mailbox.getByRole("button", { name: "Test the connection" }).click();
  await expect(mailbox.getByText("The mailbox answers")).toBeVisible();

  // Staff write to the partner; the composer says the message goes by email.
  const orderId = await openNewestAssignedOrder(page, browserMode);
  await page.getByRole("tab", { name: "Messages" }).click();
  await expect(
    page.getByText(/^Also goes by email to .+ \(partner\)\.$/),
  ).toBeVisible();
  await page
    .getByRole("textbox", { name: "Message" })
    .fill("Could you send a photo of the cut panels?");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(
    page.getByText("Could you send a photo of the cut panels?"),
  ).toBeVisible();

  // The partner's side: the email in the outbox, answered from a mail client with a photo; and a
  // mail from someone the console does not know.
  const sqlite = new Database(browserMode.databaseFile, { readonly: true });
  const sentEmail = () =>
    sqlite
      .prepare(
        "SELECT recipient, subject, headers FROM outbox WHERE kind = 'thread_message' AND order_id = ? ORDER BY id DESC LIMIT 1",
      )
      .get(Number(orderId)) as SentEmail | undefined;
  // The thread shows the message as soon as it is sent; its email row may land a moment later.
  await expect.poll(() => sentEmail() !== undefined).toBe(true);
  const sent = sentEmail() as SentEmail;
  const orderNumber = (
    sqlite
      .prepare("SELECT number FROM orders WHERE id = ?")
      .get(Number(orderId)) as { number: string }
  ).number;
  sqlite.close();
  const headers = JSON.parse(sent.headers) as {
    replyTo: string;
    messageId: string;
  };
  const photo = await sharp({
    create: { width: 320, height: 240, channels: 3, background: "#a0703c" },
  })
    .jpeg()
    .toBuffer();
  await imap.deliverMany([
    await new MailComposer({
      from: sent.recipient,
      to: headers.replyTo,
      subject: `Re: ${sent.subject}`,
      inReplyTo: headers.messageId,
      references: headers.messageId,
      text: `Here they are, all twelve.\n\nOn Sunday, Cutr wrote:\n> Could you send a photo of the cut panels?`,
      attachments: [{ filename: "panels.jpg", content: photo }],
    })
      .compile()
      .build(),
    await new MailComposer({
      from: "Kees Visser <kees@elsewhere.test>",
      to: "orders@cutr.test",
      subject: `About ${orderNumber}`,
      text: "I deliver the hinges for this order on Thursday.",
    })
      .compile()
      .build(),
  ]);

  // The admin reads the mailbox now rather than at its next interval.
  await page.goto(`${browserMode.origin}/#/settings`);
  await mailbox.getByRole("button", { name: "Read now" }).click();
  await expect(
    mailbox.getByText(
      "2 new mails: 1 posted in their threads, 1 in Unmatched mail.",
    ),
  ).toBeVisible();

  // The answer is in the thread with its photo, unread.
  await page.goto(`${browserMode.origin}/#/orders/${orderId}?tab=messages`);
  await expect(page.getByText("Here they are, all twelve.")).toBeVisible();
  await expect(page.getByText("On Sunday, Cutr wrote:")).toHaveCount(0);
  await expect(page.getByRole("img", { name: "panels.jpg" })).toBeVisible();

  // The stranger's mail waits in Unmatched mail and is attached to the order's Cutr thread.
  await page.goto(`${browserMode.origin}/#/messages`);
  await page.getByRole("link", { name: "1 unmatched mail" }).click();
  const row = page.getByRole("row", { name: /kees@elsewhere\.test/ });
  await expect(row.getByText("No thread")).toBeVisible();
  await row.getByRole("button", { name: "Attach…" }).click();
  const dialog = page.getByRole("dialog", {
    name: "Attach the mail to a thread",
  });
  await dialog.getByRole("textbox", { name: "Order" }).fill(orderNumber);
  await page
    .getByRole("option", { name: new RegExp(`^${orderNumber}`) })
    .click();
  await dialog.getByRole("button", { name: "Attach", exact: true }).click();
  await expect(
    page.getByText("The mail was added to the thread."),
  ).toBeVisible();
  await page.goto(`${browserMode.origin}/#/orders/${orderId}?tab=messages`);
  await expect(
    page.getByText("I deliver the hinges for this order on Thursday."),
  ).toBeVisible();
});
