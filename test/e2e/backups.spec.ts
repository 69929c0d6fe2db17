// Settings → Backups in Chromium: "Back up now" takes the backup at once, lists it as being checked,
// and the list shows it checked when SQLite's quick check has passed, without a reload.
import { expect, signInAs, test } from "./browser-mode";

test("an admin takes a backup, listed as being checked and then as checked", async ({
  page,
  browserMode,
}) => {
  await signInAs(page, browserMode, "Anna de Vries");
  await page.goto(`${browserMode.origin}/#/settings`);
  const panel = page.getByRole("region", { name: "Backups" });
  await panel.getByRole("button", { name: "Back up now" }).click();
  await expect(
    page.getByText(
      /Backup cutr-.*-manual\.sqlite taken; it is being checked\./,
    ),
  ).toBeVisible();
  const row = panel.getByRole("row", { name: /On demand/ });
  await expect(row).toContainText("MB");
  await expect(row.getByText("Checked", { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(panel.getByText("Checking…")).toHaveCount(0);
});
