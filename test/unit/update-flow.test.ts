// The desktop console's update decisions with electron-updater stood in: it answers the way
// electron-updater does (events, error codes), the flow decides what happens.
import { EventEmitter } from "node:events";
import { describe, expect, it, vi } from "vitest";
import {
  dailyCheck,
  startUpdateFlow,
  updateErrorKind,
  type Updater,
} from "../../electron/main/updates/update-flow";
import type { UpdateState } from "../../shared/update-state";

function codedError(message: string, code: string) {
  return Object.assign(new Error(message), { code });
}

function standIn() {
  const events = new EventEmitter();
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: false,
    allowDowngrade: true,
    checkForUpdates: vi.fn(() => Promise.resolve(null)),
    downloadUpdate: vi.fn(() => Promise.resolve([])),
    quitAndInstall: vi.fn(),
    on: (event: string, listener: (...args: unknown[]) => void) =>
      events.on(event, listener),
  } as Updater & {
    checkForUpdates: ReturnType<typeof vi.fn>;
    downloadUpdate: ReturnType<typeof vi.fn>;
    quitAndInstall: ReturnType<typeof vi.fn>;
  };
  const states: UpdateState[] = [];
  const daily: (() => void)[] = [];
  const log = { info: vi.fn(), error: vi.fn() };
  const flow = startUpdateFlow({
    updater,
    currentVersion: "1.4.0",
    now: () => new Date("2026-12-07T09:00:00Z"),
    every: (ms, check) => {
      expect(ms).toBe(dailyCheck);
      daily.push(check);
    },
    onState: (state) => states.push(state),
    log,
  });
  return {
    events,
    updater,
    states,
    flow,
    log,
    nextDay: () => daily.forEach((check) => check()),
  };
}

describe("the update flow", () => {
  it("checks at start, downloads a newer version in the background and installs it at restart", () => {
    const { events, updater, states, flow } = standIn();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.allowDowngrade).toBe(false);
    expect(flow.restartToUpdate()).toBe(false);

    events.emit("update-available", { version: "1.5.0" });
    expect(updater.downloadUpdate).toHaveBeenCalledTimes(1);
    events.emit("download-progress", { percent: 42.7 });
    expect(flow.state()).toEqual({
      status: "downloading",
      version: "1.5.0",
      percent: 42,
    });
    events.emit("update-downloaded", { version: "1.5.0" });
    expect(states.at(-1)).toEqual({ status: "ready", version: "1.5.0" });

    expect(flow.restartToUpdate()).toBe(true);
    expect(updater.quitAndInstall).toHaveBeenCalledTimes(1);
  });

  it("never downloads the same or an older version than the one running", () => {
    const { events, updater, flow } = standIn();
    events.emit("update-available", { version: "1.3.9" });
    events.emit("update-available", { version: "1.4.0" });
    events.emit("update-available", { version: "not-a-version" });
    expect(updater.downloadUpdate).not.toHaveBeenCalled();
    expect(flow.state()).toEqual({
      status: "current",
      checkedAt: "2026-12-07T09:00:00.000Z",
    });
  });

  it("refuses a download whose checksum or signature is damaged, and installs nothing", () => {
    const { events, updater, flow, log } = standIn();
    events.emit("update-available", { version: "1.5.0" });
    events.emit(
      "error",
      codedError(
        "sha512 checksum mismatch, expected abc, got def",
        "ERR_CHECKSUM_MISMATCH",
      ),
    );
    expect(flow.state()).toMatchObject({ status: "refused", version: "1.5.0" });
    expect(log.error).toHaveBeenCalled();
    expect(flow.restartToUpdate()).toBe(false);
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it("stays quiet without a network and tries again the next day", () => {
    const { events, updater, flow, log, nextDay } = standIn();
    events.emit(
      "error",
      codedError("getaddrinfo ENOTFOUND github.com", "ENOTFOUND"),
    );
    expect(flow.state()).toEqual({
      status: "offline",
      checkedAt: "2026-12-07T09:00:00.000Z",
    });
    expect(log.error).not.toHaveBeenCalled();
    nextDay();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
    events.emit("update-not-available");
    expect(flow.state().status).toBe("current");
  });

  it("does not check again while a download runs or waits for the restart", () => {
    const { events, updater, nextDay } = standIn();
    events.emit("update-available", { version: "2.0.0" });
    nextDay();
    events.emit("update-downloaded", { version: "2.0.0" });
    nextDay();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  });

  it("does not stay checking when the updater is inactive and answers nothing", async () => {
    const { updater, flow, nextDay } = standIn();
    await Promise.resolve(); // the first check's answer: null, and no event
    await Promise.resolve();
    expect(flow.state()).toEqual({ status: "idle" });
    nextDay();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it("tells a damaged signature, a missing network and other failures apart", () => {
    expect(
      updateErrorKind(codedError("x", "ERR_UPDATER_INVALID_SIGNATURE")),
    ).toBe("signature");
    expect(
      updateErrorKind(
        new Error("Code signature at URL file:///x did not pass validation"),
      ),
    ).toBe("signature");
    expect(updateErrorKind(new Error("net::ERR_INTERNET_DISCONNECTED"))).toBe(
      "network",
    );
    expect(
      updateErrorKind(codedError("connect ECONNREFUSED", "ECONNREFUSED")),
    ).toBe("network");
    expect(
      updateErrorKind(
        codedError("no feed", "ERR_UPDATER_CHANNEL_FILE_NOT_FOUND"),
      ),
    ).toBe("other");
  });
});
