// The desktop console's own update, as its window shows it: the download's progress, then "Restart
// to update", which asks the main process to install. The preload's bridge is stood in over browser
// mode's HTTP API (the main process's update flow has unit tests of its own).
import { expect, test } from "./browser-mode";

test("the window shows an update's download, then restarts to install it on request", async ({
  page,
  browserMode,
}) => {
  await page.addInitScript(
    ({ token }) => {
      let session: string | null = null;
      const listeners: ((event: { type: string; payload: unknown }) => void)[] =
        [];
      const state = { status: "downloading", version: "2.0.0", percent: 37 };
      const w = globalThis as unknown as Record<string, unknown>;
      w.restarts = 0;
      w.tellUpdate = (payload: unknown) =>
        listeners.forEach((listener) => listener({ type: "update", payload }));
      w.cutr = {
        invoke: async (method: string, input: unknown) => {
          const response = await fetch(`/api/${method}`, {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              Authorization: `Bearer ${token}`,
              ...(session ? { "X-Cutr-Session": session } : {}),
            },
            body: JSON.stringify(input ?? {}),
          });
          const envelope = (await response.json()) as {
            ok: boolean;
            value?: { session?: string };
          };
          if (method === "auth.signIn" && envelope.ok)
            session = envelope.value?.session ?? null;
          return envelope;
        },
        readFile: async () => ({
          ok: false,
          error: { code: "NOT_FOUND", message: "Not in this test." },
        }),
        saveFile: async () => ({ ok: true, value: { path: null } }),
        saveDownload: async () => ({ ok: true, value: { path: null } }),
        openSaved: async () => ({ ok: true, value: null }),
        notify: async () => ({ ok: true, value: { shown: false } }),
        updateState: async () => ({ ok: true, value: state }),
        restartToUpdate: async () => {
          w.restarts = Number(w.restarts) + 1;
          return { ok: true, value: { restarting: true } };
        },
        on: (listener: (event: { type: string; payload: unknown }) => void) => {
          listeners.push(listener);
          return () => listeners.splice(listeners.indexOf(listener), 1);
        },
      };
    },
    { token: browserMode.token },
  );
  await page.goto(browserMode.origin);
  await page
    .getByRole("listitem", { name: /^Sign in as Anna de Vries/ })
    .click();
  await expect(page.getByText("Downloading update 37%")).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Restart to update" }),
  ).toHaveCount(0);

  await page.evaluate(() =>
    (
      globalThis as unknown as { tellUpdate: (payload: unknown) => void }
    ).tellUpdate({
      status: "ready",
      version: "2.0.0",
    }),
  );
  await expect(page.getByText("Downloading update")).toHaveCount(0);
  const restart = page.getByRole("button", { name: "Restart to update" });
  await restart.focus();
  await page.keyboard.press("Enter");
  await expect
    .poll(() =>
      page.evaluate(
        () => (globalThis as unknown as { restarts: number }).restarts,
      ),
    )
    .toBe(1);
});
