// A link in the console that points outside it: opened in the user's browser, only over https and
// only once the user says so, in the system's language (the shell does not know who signed in).
import { app, dialog, shell, type BrowserWindow } from "electron";
import { translatorFor } from "../../shared/i18n/create-i18n";
import { linkOpensExternally } from "./security-rules";

/** One question at a time: a page that opens links in a loop gets no pile of dialogs. */
let asking = false;

export async function openLinkOnConfirm(
  window: BrowserWindow,
  url: string,
): Promise<void> {
  if (!linkOpensExternally(url) || asking || window.isDestroyed()) return;
  asking = true;
  try {
    await askAndOpen(window, url);
  } finally {
    asking = false;
  }
}

async function askAndOpen(window: BrowserWindow, url: string): Promise<void> {
  const t = translatorFor(
    app.getLocale().toLowerCase().startsWith("nl") ? "nl" : "en",
  );
  const { response } = await dialog.showMessageBox(window, {
    type: "question",
    message: t("notices:openLinkQuestion"),
    detail: t("notices:openLinkDetail", {
      host: new URL(url).host,
      url,
      interpolation: { escapeValue: false },
    }),
    buttons: [t("notices:openLink"), t("notices:keepLink")],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  // An https link only, after the user confirmed it above.
  if (response === 0) await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
