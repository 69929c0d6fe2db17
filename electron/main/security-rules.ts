// The decisions behind Electron's security checklist, kept free of Electron itself so tests can
// check each one: the window's webPreferences, where it may navigate, which links leave the app,
// which frames may call the core, and what the page may ask for by IPC.
export const appOrigin = "app://console";

export const secureWebPreferences = (preload: string) =>
  ({
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  }) as const;

/** The console's own pages are the only place the window may go. */
export const isOwnPage = (url: string): boolean =>
  url.startsWith(`${appOrigin}/`);

/** A link the page tries to open: https goes to the user's browser; nothing opens in the app. */
export const linkOpensExternally = (url: string): boolean => {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
};

interface FrameLike {
  url: string;
}

/** Only the main frame of our own page may call: no subframe, no other origin. */
export function fromOurPage(event: {
  senderFrame: FrameLike | null;
  sender: { mainFrame: FrameLike };
}): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null && frame === event.sender.mainFrame && isOwnPage(frame.url)
  );
}

export const fileVariants = [
  "original",
  "thumb",
  "attachment",
  "slip",
] as const;
export const isFileVariant = (
  value: unknown,
): value is (typeof fileVariants)[number] =>
  fileVariants.includes(value as (typeof fileVariants)[number]);
