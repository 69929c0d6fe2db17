import sharp from "sharp";
import {
  expect,
  openNewestAssignedOrder,
  signInAs,
  test,
} from "./browser-mode";

const photo = (background: string) =>
  sharp({ create: { width: 80, height: 60, channels: 3, background } })
    .jpeg()
    .toBuffer();

test("an assigned order goes through to-dos, photos, review, slip, Ready, Delivered with its scan, positive feedback to In review, and staff's approval", async ({
  page,
  context,
  browserMode,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  const orderId = await openNewestAssignedOrder(page, browserMode);

  // The partner's dates and the invoice reference complete the to-dos.
  await page.getByRole("tab", { name: "Fulfilment" }).click();
  await page
    .getByRole("textbox", { name: "Material arrival" })
    .fill("2026-11-25");
  await page
    .getByRole("textbox", { name: "Planned completion" })
    .fill("2026-12-01");
  await page.getByRole("textbox", { name: "Delivery date" }).fill("2026-12-03");
  await page.getByRole("textbox", { name: "Method" }).click();
  await page.getByRole("option", { name: "Delivery" }).click();
  const reason = page.getByRole("textbox", {
    name: /Why the delivery date moves/,
  });
  if (await reason.isVisible()) await reason.fill("Agreed with the partner");
  await page.getByRole("button", { name: "Save dates" }).click();
  await expect(page.getByText(/^Dates saved/)).toBeVisible();
  await page.getByRole("checkbox", { name: "No reference" }).check();
  await page.getByRole("button", { name: "Save reference" }).click();
  await expect(page.getByText("Invoice reference saved.")).toBeVisible();

  // The partner's photos, added by the dispatcher.
  await page.getByRole("tab", { name: "Files" }).click();
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({
    name: "finished.jpg",
    mimeType: "image/jpeg",
    buffer: await photo("#b07a4a"),
  });
  const finished = page.getByRole("region", {
    name: "Finished product photos",
  });
  await expect(finished.getByText("finished.jpg")).toBeVisible();
  await page.getByRole("textbox", { name: "Add to folder" }).click();
  await page.getByRole("option", { name: "Packed product photos" }).click();
  await fileInput.setInputFiles({
    name: "packed.jpg",
    mimeType: "image/jpeg",
    buffer: await photo("#c8a673"),
  });
  const packed = page.getByRole("region", { name: "Packed product photos" });
  await expect(packed.getByText("packed.jpg")).toBeVisible();
  // Drawings and sample pictures too, where this order requires them.
  for (const folder of ["Production drawings", "Sample pictures"]) {
    const region = page.getByRole("region", { name: folder });
    if ((await region.getByText("Required", { exact: true }).count()) === 0)
      continue;
    await page.getByRole("textbox", { name: "Add to folder" }).click();
    await page.getByRole("option", { name: folder }).click();
    await fileInput.setInputFiles({
      name: `${folder}.jpg`,
      mimeType: "image/jpeg",
      buffer: await photo("#777777"),
    });
    await expect(region.getByText(`${folder}.jpg`)).toBeVisible();
  }

  // A quality reviewer, in a window of their own, approves everything the order waits on.
  const reviewer = await context.newPage();
  await signInAs(reviewer, browserMode, "Sanne Bakker, Quality reviewer");
  await reviewer.goto(`${browserMode.origin}/#/quality?order=${orderId}`);
  const queue = reviewer.getByRole("list", {
    name: "Files waiting for review",
  });
  await expect(queue.getByRole("listitem").first()).toBeVisible();
  for (let left = await queue.getByRole("listitem").count(); left > 0; left--) {
    await expect(queue.getByRole("listitem")).toHaveCount(left);
    await reviewer.keyboard.press("a");
  }
  await expect(reviewer.getByText("The queue is clear.")).toBeVisible();
  await reviewer.close();

  // Back with the dispatcher: the slip, then Ready.
  await page.reload();
  await page.getByRole("tab", { name: "Files" }).click();
  await expect(finished.getByText("Approved", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Generate packing slip" }).click();
  await expect(
    page.getByText(/^Packing slip generated: \d+ pages?\.$/),
  ).toBeVisible();
  await expect(page.getByText("Current", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Mark ready…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(
    dialog.getByRole("button", { name: "Mark ready" }),
  ).toBeEnabled();
  await dialog.getByRole("button", { name: "Mark ready" }).click();
  await expect(
    page.getByRole("button", { name: "Mark delivered…" }),
  ).toBeVisible();

  // Delivered, with the scan of the signed slip.
  await page.getByRole("button", { name: "Mark delivered…" }).click();
  await dialog
    .getByRole("checkbox", { name: "A signed copy of the packing slip exists" })
    .check();
  await dialog.locator('input[type="file"]').setInputFiles({
    name: "signed slip.jpg",
    mimeType: "image/jpeg",
    buffer: await photo("#f4f1ea"),
  });
  await dialog.getByRole("button", { name: "Mark delivered" }).click();
  await expect(
    page.getByRole("button", { name: "Record feedback…" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Signed packing slip" })
      .getByText("signed slip.jpg"),
  ).toBeVisible();

  // Positive feedback too waits in review until staff approve the order.
  await page.getByRole("button", { name: "Record feedback…" }).click();
  await dialog
    .getByRole("textbox", { name: "What the customer said" })
    .fill("Everything fits, thank you.");
  await dialog.getByRole("button", { name: "Save feedback" }).click();
  await expect(page.getByText(/ is in review\.$/)).toBeVisible();
  await expect(
    page.getByText("In review", { exact: true }).first(),
  ).toBeVisible();
  await page.getByRole("button", { name: "Approve…" }).click();
  await expect(dialog.getByText(/feedback is dealt with/)).toBeVisible();
  await dialog.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(
    page.getByText("Approved", { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve…" })).toHaveCount(0);
  await page.getByRole("tab", { name: "History" }).click();
  await expect(
    page.getByRole("cell", { name: "Marked delivered" }),
  ).toBeVisible();
});
