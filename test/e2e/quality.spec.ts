import sharp from "sharp";
import {
  expect,
  openNewestAssignedOrder,
  signInAs,
  test,
} from "./browser-mode";

test("a reviewer clears an order's queue with the keyboard alone, undoing a slip", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Sanne Bakker, Quality reviewer");
  await page.goto(`${browserMode.origin}/#/quality`);
  const queue = page.getByRole("list", { name: "Files waiting for review" });
  await expect(queue.getByRole("listitem").first()).toBeVisible();
  // The order of the oldest waiting file: review just its files.
  const orderLink = page.getByRole("link", { name: /^C-\d{4}-\d{5}$/ });
  const orderNumber = await orderLink.innerText();
  const orderPath = (await orderLink.getAttribute("href")) as string;
  const orderId = orderPath.split("/").pop() as string;
  await page.goto(`${browserMode.origin}/#/quality?order=${orderId}`);
  await expect(queue.getByRole("listitem").first()).toContainText(orderNumber);
  const waiting = await queue.getByRole("listitem").count();

  // A rejection with a quick reason, taken back with U.
  await page.keyboard.press("r");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Pick a reason");
  await page.keyboard.press("2");
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Last decision: .+ rejected/)).toBeVisible();
  await page.keyboard.press("u");
  await expect(page.getByText(/is pending again/)).toBeVisible();
  await expect(queue.getByRole("listitem")).toHaveCount(waiting);

  // A digit rejects at once for its quick reason, with no dialog; U takes it back too.
  await page.keyboard.press("3");
  await expect(page.getByText(/Last decision: .+ rejected/)).toBeVisible();
  await expect(queue.getByRole("listitem")).toHaveCount(waiting - 1);
  await page.keyboard.press("u");
  await expect(page.getByText(/is pending again/)).toHaveCount(2);
  await expect(queue.getByRole("listitem")).toHaveCount(waiting);

  // J and K move; Z zooms; A approves until the queue is clear.
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await page.keyboard.press("z");
  for (let left = waiting; left > 0; left--) {
    await expect(queue.getByRole("listitem")).toHaveCount(left);
    await page.keyboard.press("a");
  }
  await expect(page.getByText("The queue is clear.")).toBeVisible();

  // The order's Files tab shows the decisions.
  await page.goto(`${browserMode.origin}/${orderPath}`);
  await page.getByRole("tab", { name: "Files" }).click();
  await expect(page.getByText("Pending", { exact: true })).toHaveCount(0);
  await expect(
    page.getByText("Approved", { exact: true }).first(),
  ).toBeVisible();
});

test("a dispatcher adds photos to an order; a renamed text file is refused with the reason", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await openNewestAssignedOrder(page, browserMode);
  await page.getByRole("tab", { name: "Files" }).click();
  await page.getByRole("textbox", { name: "Add to folder" }).click();
  await page.getByRole("option", { name: "Packed product photos" }).click();

  const photo = await sharp({
    create: { width: 64, height: 48, channels: 3, background: "#a67c52" },
  })
    .jpeg()
    .toBuffer();
  await page.locator('input[type="file"]').setInputFiles([
    { name: "boxes on the pallet.jpg", mimeType: "image/jpeg", buffer: photo },
    {
      name: "not-a-photo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from("this is a note, not a photo"),
    },
  ]);
  const refused = page.getByRole("alert");
  await expect(refused).toContainText("1 file was not added");
  await expect(refused).toContainText('"not-a-photo.jpg" cannot go into');
  const packed = page.getByRole("region", { name: "Packed product photos" });
  await expect(packed.getByText("boxes on the pallet.jpg")).toBeVisible();
  await expect(packed.getByText("Pending", { exact: true })).toBeVisible();
  await expect(
    packed.getByRole("img", { name: "boxes on the pallet.jpg" }),
  ).toBeVisible();
});
