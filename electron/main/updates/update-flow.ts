// Updates from the release feed: checked at start and once a day, downloaded in the background,
// installed at "Restart to update" or at the next quit. electron-updater fetches the feed, checks the
// download against the feed's sha512 and, on Windows and macOS, the installer's code signature;
// what to do with each of its answers is decided here, with the updater passed in, so the decisions
// are tested without Electron (test/unit/update-flow.test.ts).
import semver from "semver";
import type { UpdateState } from "../../../shared/update-state";

/** The part of electron-updater's AppUpdater the flow uses. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
  on(
    event: "update-available",
    listener: (info: { version: string }) => void,
  ): unknown;
  on(event: "update-not-available", listener: () => void): unknown;
  on(
    event: "download-progress",
    listener: (progress: { percent: number }) => void,
  ): unknown;
  on(
    event: "update-downloaded",
    listener: (info: { version: string }) => void,
  ): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
}

export interface UpdateFlowOptions {
  updater: Updater;
  currentVersion: string;
  now: () => Date;
  /** Runs `check` every `ms` (setInterval in the app, a hand-moved clock in the tests). */
  every: (ms: number, check: () => void) => void;
  /** Each change of state, for the window. */
  onState: (state: UpdateState) => void;
  log: {
    info(message: string, detail?: unknown): void;
    error(message: string, detail?: unknown): void;
  };
}

export const dailyCheck = 24 * 60 * 60 * 1000;

const signatureCodes = new Set([
  "ERR_CHECKSUM_MISMATCH",
  "ERR_UPDATER_INVALID_SIGNATURE",
  "ERR_UPDATER_NO_CHECKSUM",
]);
const networkCodes = new Set([
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);

type ErrorKind = "signature" | "network" | "other";

/** What went wrong, from electron-updater's error codes and Electron's net:: errors. */
export function updateErrorKind(error: Error): ErrorKind {
  const code = (error as Error & { code?: unknown }).code;
  if (typeof code === "string" && signatureCodes.has(code)) return "signature";
  // Squirrel.Mac refuses an update whose code signature does not validate.
  if (/code signature|did not pass validation/i.test(error.message))
    return "signature";
  if (typeof code === "string" && networkCodes.has(code)) return "network";
  if (
    /net::ERR_(INTERNET_DISCONNECTED|NAME_NOT_RESOLVED|CONNECTION|NETWORK|TIMED_OUT|PROXY|ADDRESS_UNREACHABLE)/.test(
      error.message,
    )
  )
    return "network";
  return "other";
}

export function startUpdateFlow(options: UpdateFlowOptions) {
  const { updater, currentVersion, log } = options;
  let state: UpdateState = { status: "idle" };
  let offered: string | null = null;
  const set = (next: UpdateState) => {
    state = next;
    options.onState(next);
  };
  const checkedAt = () => options.now().toISOString();

  // The flow decides when to download; electron-updater installs a finished download at quit.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = true;
  updater.allowDowngrade = false;

  updater.on("update-available", (info) => {
    if (
      !semver.valid(info.version) ||
      !semver.gt(info.version, currentVersion)
    ) {
      // A feed that names this version or an older one offers nothing: no downgrade, ever.
      set({ status: "current", checkedAt: checkedAt() });
      return;
    }
    offered = info.version;
    set({ status: "downloading", version: info.version, percent: 0 });
    updater.downloadUpdate().catch(() => undefined); // reported through "error"
  });
  updater.on("update-not-available", () =>
    set({ status: "current", checkedAt: checkedAt() }),
  );
  updater.on("download-progress", (progress) => {
    if (state.status === "downloading")
      set({ ...state, percent: Math.floor(progress.percent) });
  });
  updater.on("update-downloaded", (info) => {
    log.info(`Update ${info.version} downloaded; it installs at restart.`);
    set({ status: "ready", version: info.version });
  });
  updater.on("error", (error) => {
    const kind = updateErrorKind(error);
    if (kind === "signature") {
      log.error(
        "An update was refused: its download did not match its signature.",
        error,
      );
      set({ status: "refused", version: offered, reason: error.message });
    } else if (kind === "network") {
      log.info("The release feed could not be reached; trying again later.");
      set({ status: "offline", checkedAt: checkedAt() });
    } else {
      log.error("Checking for updates failed.", error);
      set({ status: "failed", reason: error.message });
    }
  });

  const check = () => {
    // One download at a time; a finished one waits for the restart.
    if (
      state.status === "checking" ||
      state.status === "downloading" ||
      state.status === "ready"
    )
      return;
    set({ status: "checking" });
    updater
      .checkForUpdates()
      // An inactive updater (an AppImage started outside its image, say) answers null, no event.
      .then((result) => {
        if (result === null && state.status === "checking")
          set({ status: "idle" });
      })
      .catch(() => undefined); // reported through "error"
  };

  check();
  options.every(dailyCheck, check);

  return {
    state: () => state,
    check,
    /** "Restart to update": only once a verified download is ready. */
    restartToUpdate(): boolean {
      if (state.status !== "ready") return false;
      updater.quitAndInstall();
      return true;
    },
  };
}

export type UpdateFlow = ReturnType<typeof startUpdateFlow>;
