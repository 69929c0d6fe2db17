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

/**
 * A link the page tries to open: https goes to the user's browser (once confirmed); nothing opens
 * in the app. Not with a user name or password in it, which can dress up another host.
 */
export const linkOpensExternally = (url: string): boolean => {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === "https:" &&
      parsed.username === "" &&
      parsed.password === ""
    );
  } catch {
    return false;
  }
};

interface FrameLike {
  url: string;
}

/** Only the main frame of our own page may call: no subframe, no other origin. */
/** The answer to an IPC call that does not come from the console's own page. */
export const refusedCall = {
  ok: false,
  error: {
    code: "FORBIDDEN",
    message: "Calls are accepted only from the console page.",
  },
} as const;

export function fromOurPage(event: {
  senderFrame: FrameLike | null;
  sender: { mainFrame: FrameLike };
}): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null && frame === event.sender.mainFrame && isOwnPage(frame.url)
  );
}

/** A desktop notice the page asks for: short plain text, and a screen of the console to open. */
export interface DesktopNotice {
  title: string;
  body: string;
  route: string;
}

const isShortText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max;

/** The notice the page asked for, or null when it is not one the shell will show. */
export function desktopNotice(value: unknown): DesktopNotice | null {
  if (typeof value !== "object" || value === null) return null;
  const { title, body, route } = value as Record<string, unknown>;
  if (!isShortText(title, 120) || !isShortText(body, 300)) return null;
  // A route inside the console (#/messages), never a URL the window would load.
  if (!isShortText(route, 200) || !/^\/(?!\/)[\w\-/?=&.]*$/.test(route))
    return null;
  return { title, body, route };
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

/** A download's token as the core hands them out (base64url), and nothing else. */
export const isDownloadToken = (value: unknown): value is string =>
  typeof value === "string" && /^[A-Za-z0-9_-]{16,64}$/.test(value);
