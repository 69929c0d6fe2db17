// Electron's security checklist, checked on the decisions the shell makes (no Electron binary can
// run here; the smoke test drives a real window where one can).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  desktopNotice,
  fromOurPage,
  isFileVariant,
  isOwnPage,
  linkOpensExternally,
  secureWebPreferences,
} from "../../electron/main/security-rules";
import { FuseV1Options } from "@electron/fuses";
import { hardenedFuses } from "../../scripts/fuses.mjs";
import {
  contentSecurityPolicy,
  securityHeaders,
} from "../../electron/server/security-headers";

const mainDir = join(import.meta.dirname, "../../electron/main");
const mainSources = readdirSync(mainDir, {
  recursive: true,
  withFileTypes: true,
})
  .filter((entry) => entry.isFile())
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"));

describe("the Electron window", () => {
  it("is sandboxed and isolated, with no Node and web security on", () => {
    expect(secureWebPreferences("/p/index.cjs")).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it("is the only kind of window the shell makes", () => {
    const windows = mainSources.join("\n").match(/new BrowserWindow\(/g) ?? [];
    const hardened =
      mainSources.join("\n").match(/webPreferences: secureWebPreferences\(/g) ??
      [];
    expect(windows.length).toBeGreaterThan(0);
    expect(hardened.length).toBe(windows.length);
    for (const source of mainSources) {
      expect(source).not.toMatch(/nodeIntegration:\s*true/);
      expect(source).not.toMatch(/webSecurity:\s*false/);
      expect(source).not.toMatch(/contextIsolation:\s*false/);
    }
  });

  it("opens a link outside the console only over https, once the user agrees", () => {
    expect(mainSources.join("\n").match(/shell\.openExternal\(/g)).toHaveLength(
      1,
    );
    const links = readFileSync(join(mainDir, "external-links.ts"), "utf8");
    const order = [
      "if (!linkOpensExternally(url) || asking || window.isDestroyed()) return;",
      "dialog.showMessageBox(",
      "if (response === 0) await shell.openExternal(url);",
    ].map((step) => links.indexOf(step));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("denies every permission request and check", () => {
    const window = mainSources.join("\n");
    expect(window).toContain("setPermissionRequestHandler(");
    expect(window).toMatch(/callback\(false\)/);
    expect(window).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it("never navigates away and opens only https links, outside the app", () => {
    expect(isOwnPage("app://console/index.html")).toBe(true);
    for (const url of [
      "https://evil.example/",
      "app://console.evil/",
      "file:///etc/passwd",
      "app://other/index.html",
    ])
      expect(isOwnPage(url), url).toBe(false);
    expect(linkOpensExternally("https://cutr.example/track")).toBe(true);
    for (const url of [
      "http://cutr.example/",
      "javascript:alert(1)",
      "file:///etc/passwd",
      "smb://share/x",
      "not a url",
      // A name before @ dresses up another host: https://cutr.example@evil.example/ goes to evil.
      "https://cutr.example@evil.example/",
      "https://user:secret@cutr.example/",
    ])
      expect(linkOpensExternally(url), url).toBe(false);
  });

  it("takes IPC calls only from its own page's main frame", () => {
    const main = { url: "app://console/index.html" };
    expect(
      fromOurPage({ senderFrame: main, sender: { mainFrame: main } }),
    ).toBe(true);
    const sub = { url: "app://console/index.html" };
    expect(fromOurPage({ senderFrame: sub, sender: { mainFrame: main } })).toBe(
      false,
    );
    const other = { url: "https://evil.example/" };
    expect(
      fromOurPage({ senderFrame: other, sender: { mainFrame: other } }),
    ).toBe(false);
    expect(
      fromOurPage({ senderFrame: null, sender: { mainFrame: main } }),
    ).toBe(false);
    expect(isFileVariant("thumb")).toBe(true);
    expect(isFileVariant("../etc")).toBe(false);
  });

  it("shows only short plain desktop notices that open a screen of the console", () => {
    const notice = {
      title: "2 new messages",
      body: "5 threads have messages you have not read.",
      route: "/orders/12?tab=messages",
    };
    expect(desktopNotice(notice)).toEqual(notice);
    for (const route of [
      "https://evil.example/",
      "javascript:alert(1)",
      "//evil.example",
      "/orders/<script>",
      "",
    ])
      expect(desktopNotice({ ...notice, route }), route).toBeNull();
    expect(desktopNotice({ ...notice, title: "x".repeat(121) })).toBeNull();
    expect(desktopNotice({ ...notice, body: "" })).toBeNull();
    expect(desktopNotice({ ...notice, body: 42 })).toBeNull();
    expect(desktopNotice("2 new messages")).toBeNull();
    expect(desktopNotice(null)).toBeNull();
  });

  it("serves its pages with a strict Content-Security-Policy", () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy).not.toMatch(
      /unsafe-eval|script-src[^;]*unsafe-inline/,
    );
    expect(securityHeaders["X-Content-Type-Options"]).toBe("nosniff");
    const protocol = readFileSync(join(mainDir, "app-protocol.ts"), "utf8");
    expect(protocol).toContain("...securityHeaders");
  });

  it("ships with the fuses that close Node's back doors", () => {
    expect(hardenedFuses).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
  });
});
