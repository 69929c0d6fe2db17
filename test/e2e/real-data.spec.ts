// Real data in and out, as a new team would start on Monday: a partner onboarded, a customer and
// its order entered and dispatched to the new partner, another order cancelled, the Orders list
// exported and opened, and the shop's orders brought in from a spreadsheet.
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { expect, signInAs, test } from "./browser-mode";
import type { Page } from "@playwright/test";

/** Picks options of a Mantine Select or MultiSelect by their visible names. */
async function choose(page: Page, label: string, options: string[]) {
  const field = page.getByRole("textbox", { name: label, exact: true });
  await field.click();
  for (const option of options) {
    await field.fill(option);
    await page.getByRole("option", { name: option, exact: true }).click();
  }
  // Tab, not Escape: Escape would close the drawer the field is in.
  await page.keyboard.press("Tab");
}

test("onboard a partner, enter a customer and its order, dispatch it to the new partner, cancel another, export and import", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Anna de Vries, Admin");
  const nav = page.getByRole("navigation", { name: "Console areas" });

  // A partner that just signed up.
  await nav.getByRole("link", { name: "Partners" }).click();
  await page.getByRole("button", { name: "New partner" }).click();
  const partnerForm = page.getByRole("dialog", { name: "New partner" });
  await partnerForm
    .getByRole("textbox", { name: "Name", exact: true })
    .fill("Glasatelier Łódź & Zn.");
  await partnerForm
    .getByRole("textbox", { name: "Contact person", exact: true })
    .fill("Łucja Kowalska");
  await partnerForm
    .getByRole("textbox", { name: "Email", exact: true })
    .fill("werkplaats@glas.example");
  await partnerForm
    .getByRole("textbox", { name: "Phone", exact: true })
    .fill("+31 20 555 0101");
  await partnerForm
    .getByRole("textbox", { name: "Street and number", exact: true })
    .fill("IJsselkade 12");
  await partnerForm
    .getByRole("textbox", { name: "Postcode", exact: true })
    .fill("1011 AB");
  await partnerForm
    .getByRole("textbox", { name: "City", exact: true })
    .fill("Amsterdam");
  await choose(page, "Capabilities", ["CNC cutting", "Plywood"]);
  await choose(page, "Regions served", ["Zeeland"]);
  await partnerForm.getByRole("button", { name: "Add partner" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Glasatelier Łódź & Zn." }),
  ).toBeVisible();
  await expect(page.getByText("New", { exact: true }).first()).toBeVisible();

  // A customer and the order the shop just sold it.
  await nav.getByRole("link", { name: "Customers" }).click();
  await page.getByRole("button", { name: "New customer" }).click();
  const customerForm = page.getByRole("dialog", { name: "New customer" });
  await customerForm
    .getByRole("textbox", { name: "Name", exact: true })
    .fill("Strandpaviljoen Ørsted");
  await customerForm
    .getByRole("textbox", { name: "Email", exact: true })
    .fill("inkoop@strand.example");
  await customerForm
    .getByRole("textbox", { name: "Phone", exact: true })
    .fill("+31 118 555 000");
  await customerForm
    .getByRole("textbox", { name: "Street and number", exact: true })
    .fill("Boulevard 1");
  await customerForm
    .getByRole("textbox", { name: "Postcode", exact: true })
    .fill("4381 AA");
  await customerForm
    .getByRole("textbox", { name: "City", exact: true })
    .fill("Vlissingen");
  await customerForm.getByRole("button", { name: "Add customer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Strandpaviljoen Ørsted" }),
  ).toBeVisible();

  await page.getByRole("button", { name: "New order" }).click();
  const orderForm = page.getByRole("dialog", { name: "New order" });
  await orderForm
    .getByRole("textbox", { name: "Product", exact: true })
    .fill("Plywood beach bar");
  await orderForm
    .getByRole("textbox", { name: "Requested delivery", exact: true })
    .fill("15-1-2027");
  await orderForm
    .getByRole("textbox", { name: "Order value", exact: true })
    .fill("4800");
  await orderForm
    .getByRole("textbox", { name: "Agreed amount", exact: true })
    .fill("3300");
  await choose(page, "Region", ["Zeeland"]);
  await orderForm
    .getByRole("textbox", { name: "Part", exact: true })
    .fill("Bar front");
  await orderForm
    .getByRole("textbox", { name: "Material", exact: true })
    .fill("Birch plywood 18 mm");
  await orderForm
    .getByRole("textbox", { name: "Length (mm)", exact: true })
    .fill("2400");
  await orderForm
    .getByRole("textbox", { name: "Width (mm)", exact: true })
    .fill("1100");
  await orderForm
    .getByRole("textbox", { name: "Thickness (mm)", exact: true })
    .fill("18");
  await choose(page, "Capabilities needed", ["CNC cutting", "Plywood"]);
  await orderForm.getByRole("button", { name: "Enter order" }).click();
  const number = /C-2026-\d{5}/.exec(
    (await page.getByText(/^Order C-2026-\d{5} is entered/).textContent()) ??
      "",
  )?.[0];
  expect(number).toBeTruthy();
  await expect(
    page.getByRole("heading", { level: 1, name: number }),
  ).toBeVisible();

  // Dispatched to the partner onboarded a minute ago.
  await nav.getByRole("link", { name: "Dispatch" }).click();
  await page.getByRole("textbox", { name: "Search the queue" }).fill(number!);
  await page.getByRole("option", { name: new RegExp(number!) }).click();
  await page
    .getByRole("button", { name: "Assign to Glasatelier Łódź & Zn." })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Assign" }).click();
  await expect(
    page.getByText(`${number} is assigned to Glasatelier Łódź & Zn.`),
  ).toBeVisible();

  // Another order the customer withdrew.
  await page.goto(`${browserMode.origin}/#/orders?status=open`);
  await page
    .getByRole("row", { name: /^Order C-/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Customer withdrew…" }).click();
  await page
    .getByRole("dialog")
    .getByRole("textbox", { name: "Why the customer withdrew", exact: true })
    .fill("Chose another design");
  await page
    .getByRole("dialog")
    .getByRole("button", { name: "Cancel order" })
    .click();
  await expect(page.getByText(/: Chose another design$/)).toBeVisible();

  // The Orders list, out to Excel, opened by a spreadsheet library.
  // (The Orders list opens as it was left, on open orders: this one is assigned now.)
  await page.goto(`${browserMode.origin}/#/orders?q=${number}`);
  await expect(
    page.getByRole("row", { name: `Order ${number}` }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Excel (.xlsx)" }).click();
  const file = await (await download).path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Order");
  expect(sheet.getRow(2).getCell(1).value).toBe(number);
  expect(sheet.getRow(2).getCell(4).value).toBe("Strandpaviljoen Ørsted");

  // Last month's orders from the shop's spreadsheet, checked first, then imported.
  await page.getByRole("textbox", { name: "Search orders" }).fill("");
  await page.getByRole("button", { name: "Import…" }).click();
  const csv = [
    "Reference;Customer;Product;Delivery street;Delivery postcode;Delivery city;Delivery country;Region;Requested delivery;Order value;Agreed amount;Capabilities;Part;Material;Length (mm);Width (mm);Thickness (mm);Quantity",
    "SHOP-77;Strandpaviljoen Ørsted;Bar stools;Boulevard 1;4381 AA;Vlissingen;Netherlands;Zeeland;3-2-2027;1.250,00;800,00;Plywood;Seat;Birch plywood 18 mm;400;400;18;12",
  ].join("\r\n");
  await page.getByLabel("Choose a CSV or Excel file").setInputFiles({
    name: "shop-november.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await expect(
    page.getByText("1 row: 1 new, 0 changed, 0 unchanged."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Import 1 record" }).click();
  await expect(
    page.getByText("Imported: 1 new, 0 changed, 0 unchanged."),
  ).toBeVisible();
});

test("a form closed unsaved keeps what was typed until it is saved or started again", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Ruben IJzerman, Account manager");
  await page.goto(`${browserMode.origin}/#/partners`);
  await page.keyboard.press("n");
  const form = page.getByRole("dialog", { name: "New partner" });
  const name = form.getByRole("textbox", { name: "Name", exact: true });
  await name.fill("Houtwerk Zeeland");
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();

  await page.getByRole("button", { name: "New partner" }).click();
  await expect(name).toHaveValue("Houtwerk Zeeland");
  await expect(form.getByText("What you typed before is back.")).toBeVisible();
  // Closed again without a change, it is still kept.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "New partner" }).click();
  await expect(name).toHaveValue("Houtwerk Zeeland");
  await form.getByRole("button", { name: "Start again" }).click();
  await expect(name).toHaveValue("");
  // Ctrl+Enter saves; what is missing is said at the field.
  await name.fill("Houtwerk Zeeland");
  await page.keyboard.press("Control+Enter");
  await expect(form.getByText("Give the contact person's name")).toBeVisible();
  await expect(
    form.getByRole("textbox", { name: "Contact person", exact: true }),
  ).toBeFocused();
});
