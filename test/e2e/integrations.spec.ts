// Settings → Integrations in Chromium: the admin keeps the team service's pepper, makes the shop's
// key (shown once, closed only by its button), subscribes a webhook (its signing secret shown
// once) and revokes the key after confirming.
import { expect, signInAs, test } from "./browser-mode";

test("an admin makes an integration's key and webhook, each secret shown once, and revokes the key", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Anna de Vries");
  await page.goto(`${browserMode.origin}/#/settings`);
  const panel = page.getByRole("region", { name: "Integrations" });
  await panel
    .getByRole("textbox", { name: "API-key pepper" })
    .fill("too short");
  await expect(
    panel.getByText("At least 32 characters", { exact: true }),
  ).toBeVisible();
  await panel
    .getByRole("textbox", { name: "API-key pepper" })
    .fill("the team service's pepper, long enough to be one");
  await panel.getByRole("button", { name: "Keep the pepper" }).click();

  const form = panel.getByRole("form", { name: "New integration" });
  await form.getByRole("textbox", { name: "Name" }).fill("Cutr shop");
  await form.getByRole("checkbox", { name: /orders:write/ }).check();
  await form.getByRole("button", { name: "Make the key" }).click();
  const shown = page.getByRole("dialog", { name: "The key of Cutr shop" });
  const key = await shown.getByLabel("API key").textContent();
  expect(key).toMatch(/^cutr_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
  // Escape does not lose it: only the button closes the dialog.
  await page.keyboard.press("Escape");
  await expect(shown).toBeVisible();
  await shown.getByRole("button", { name: "I have copied it" }).click();
  await expect(shown).toBeHidden();
  const row = panel.getByRole("row", { name: /Cutr shop/ });
  await expect(row).toContainText(key!.slice(0, 17));
  await expect(row).not.toContainText(key!.slice(18));
  await expect(row).toContainText("Never");

  await row.getByRole("button", { name: "Webhooks (0)" }).click();
  const drawer = page.getByRole("dialog", { name: "Webhooks of Cutr shop" });
  await drawer
    .getByRole("textbox", { name: "Address" })
    .fill("https://shop.example/cutr-events");
  await drawer.getByRole("checkbox", { name: /order\.assigned/ }).check();
  await drawer.getByRole("button", { name: "Add the webhook" }).click();
  const secret = page.getByRole("dialog", {
    name: "The webhook's signing secret",
  });
  await expect(secret.getByLabel("Signing secret")).toHaveText(/^whsec_/);
  await secret.getByRole("button", { name: "I have copied it" }).click();
  await expect(
    drawer.getByText("https://shop.example/cutr-events"),
  ).toBeVisible();
  await page.keyboard.press("Escape");

  await row.getByRole("button", { name: "Revoke" }).click();
  const confirm = page.getByRole("dialog", {
    name: "Revoke the key of Cutr shop?",
  });
  // The keyboard starts on "Keep it": Enter does not revoke by mistake.
  await expect(confirm.getByRole("button", { name: "Keep it" })).toBeFocused();
  await confirm.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("Revoked");
});
