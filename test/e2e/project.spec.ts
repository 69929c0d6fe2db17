import {
  expect,
  openNewestAssignedOrder,
  signInAs,
  test,
} from "./browser-mode";

test("a dispatcher sets a milestone and moves the delivery date, and History explains both", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await openNewestAssignedOrder(page, browserMode);

  // Text that is no date stays as typed, with a message; a date is typed day first, as staff
  // write dates, whatever the browser's own order.
  const date = page.getByRole("textbox", { name: "Date" });
  await date.fill("31-11-2026");
  await date.press("Tab");
  await expect(date).toHaveValue("31-11-2026");
  await expect(
    page.getByText("Not a date. Type day-month-year, such as 3-12-2026."),
  ).toBeVisible();
  await date.fill("2-12-2026");
  await expect(page.getByText(/^Not a date/)).toBeHidden();
  await page
    .getByRole("textbox", { name: "Reason" })
    .fill("Agreed at the kick-off call");
  await page.getByRole("button", { name: "Set", exact: true }).click();
  await expect(page.getByText("Measure-up set to 2 Dec 2026.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "2 Dec 2026" })).toBeVisible();

  await page.getByRole("tab", { name: "Fulfilment" }).click();
  await page.getByRole("textbox", { name: "Delivery date" }).fill("2027-01-20");
  await page.getByRole("textbox", { name: "Method" }).click();
  await page.getByRole("option", { name: "Delivery" }).click();
  await page.getByRole("button", { name: "Save dates" }).click();
  await expect(page.getByText(/^Dates saved/)).toBeVisible();
  // No date over a saved one: nothing can be saved, rather than the old date.
  const delivery = page.getByRole("textbox", {
    name: "Delivery date",
    exact: true,
  });
  await delivery.fill("32-1-2027");
  await delivery.press("Tab");
  await expect(
    page.getByRole("alert").filter({ hasText: "Not a date" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Save dates" })).toBeDisabled();
  // Nor can a recorded date be removed.
  await delivery.fill("");
  await expect(
    page.getByText("A recorded date can be moved, not removed."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Save dates" })).toBeDisabled();
  await delivery.fill("2027-01-27");
  await expect(page.getByRole("button", { name: "Save dates" })).toBeDisabled();
  await page
    .getByRole("textbox", { name: /Why the delivery date moves/ })
    .fill("Lacquer supplier delayed");
  await page.getByRole("button", { name: "Save dates" }).click();
  await expect(
    page.getByText("Dates saved; the customer is told the new delivery date."),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "Lacquer supplier delayed" }),
  ).toBeVisible();

  await page.getByRole("tab", { name: "History" }).click();
  await expect(
    page.getByRole("cell", { name: "Agreed at the kick-off call" }),
  ).toBeVisible();
  await expect(
    page.getByRole("cell", { name: "Lacquer supplier delayed" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Mark ready…" }).click();
  await expect(
    page
      .getByRole("dialog")
      .getByText("An approved photo of the finished product"),
  ).toBeVisible();
  await expect(
    page.getByRole("dialog").getByRole("button", { name: "Mark ready" }),
  ).toBeDisabled();
});
