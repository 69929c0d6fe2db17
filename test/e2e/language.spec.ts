// Dutch: a user switches the console to Dutch, every screen speaks it (and passes axe-core in it),
// numbers and dates follow Dutch conventions, and the choice follows the user to the next sign-in.
import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, signInAs, test } from "./browser-mode";

const area = (page: Page, name: string) =>
  page
    .getByRole("navigation", {
      name: /^(Console areas|Onderdelen van de console)$/,
    })
    .getByRole("link", { name });

/**
 * The page, and every box on it that scrolls sideways, holding more than it shows: a table or a
 * button cut off at the window's edge. (Text cut with an ellipsis on purpose does not scroll.)
 */
async function clippedSideways(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const boxes = [document.documentElement, ...document.querySelectorAll("main *")];
    return boxes
      .filter((box) => {
        const overflow = getComputedStyle(box).overflowX;
        const scrolls = box === document.documentElement || overflow === "auto" || overflow === "scroll";
        return scrolls && box.clientWidth > 0 && box.scrollWidth > box.clientWidth + 1;
      })
      .map((box) => box.tagName.toLowerCase() + (box.className ? "." + String(box.className).split(" ")[0] : "") + " " + box.scrollWidth + ">" + box.clientWidth)
      .slice(0, 3);
  })()`)) as string[];
}

test("a dispatcher works in Dutch, and the console stays Dutch at the next sign-in", async ({
  page,
  browserMode,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, browserMode, "Daan Janssen, Dispatcher");
  await area(page, "Settings").click();
  await page.getByText("Nederlands", { exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Instellingen" }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");

  // Each area in Dutch: its name in the navigation, its heading, and no serious axe finding.
  const screens: [string, string | RegExp][] = [
    ["Start", /^Fijn je te zien, Daan/],
    ["Planning", "Planning"],
    ["Orders", "Orders"],
    ["Kwaliteit", "Kwaliteitscontrole"],
    ["Partners", "Partners"],
    ["Klanten", "Klanten"],
    ["Berichten", "Berichten"],
    ["Instellingen", "Instellingen"],
  ];
  const found: Record<string, unknown> = {};
  for (const [link, heading] of screens) {
    await area(page, link).click();
    await expect(
      page.getByRole("heading", { level: 1, name: heading }),
    ).toBeVisible();
    await page.waitForLoadState("networkidle");
    const violations = await seriousViolations(page);
    if (violations.length) found[link] = violations;
    // Nothing of the screen hidden sideways, at the two widths staff use.
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const hidden = await clippedSideways(page);
      if (hidden.length) found[`${link} at ${width}`] = hidden;
    }
  }
  // The dispatch board with an order open: the candidates and their Assign buttons.
  await area(page, "Planning").click();
  await page.getByRole("option").first().click();
  await expect(
    page.getByRole("button", { name: "Toewijzen" }).first(),
  ).toBeVisible();
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const hidden = await clippedSideways(page);
    if (hidden.length) found[`candidates at ${width}`] = hidden;
  }

  // Numbers the Dutch way: 5.000, not 5,000.
  await area(page, "Orders").click();
  await expect(page.getByText("5.000 orders")).toBeVisible();
  await page
    .getByRole("row", { name: /^Order C-/ })
    .first()
    .click();
  for (const tab of [
    "Project",
    "Uitvoering",
    "Bestanden",
    "Berichten",
    "Beoordeling",
    "Geschiedenis",
  ]) {
    await page.getByRole("tab", { name: tab }).click();
    await expect(page.getByRole("tabpanel", { name: tab })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const violations = await seriousViolations(page);
    if (violations.length) found[`order ${tab}`] = violations;
  }
  expect(found).toEqual({});

  // Signed out, this machine's sign-in screen stays Dutch; signed in, the user's choice holds.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(
    page.getByText("Kies wie je bent om in te loggen."),
  ).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.goto(browserMode.url);
  await expect(page.getByText("Choose who you are to sign in.")).toBeVisible();
  await page
    .getByRole("listitem", { name: /^Sign in as Daan Janssen/ })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Fijn je te zien, Daan/ }),
  ).toBeVisible();
});

test("a language picked on the sign-in screen becomes the choice of whoever signs in", async ({
  page,
  browserMode,
}) => {
  await page.goto(browserMode.url);
  await expect(page.getByText("Choose who you are to sign in.")).toBeVisible();
  await page.getByText("Nederlands", { exact: true }).click();
  await expect(
    page.getByText("Kies wie je bent om in te loggen."),
  ).toBeVisible();
  await page
    .getByRole("listitem", { name: /^Inloggen als Sanne Bakker/ })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Fijn je te zien, Sanne/ }),
  ).toBeVisible();
  // Saved with the user: a fresh machine shows English until Sanne signs in, then Dutch.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText("Choose who you are to sign in.")).toBeVisible();
  await page
    .getByRole("listitem", { name: /^Sign in as Sanne Bakker/ })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /^Fijn je te zien, Sanne/ }),
  ).toBeVisible();
});
