// The packaged main process started under plain Node with Electron's API stood in
// (electron-stand-in/), from the package's own files: every module it loads must be in the package.
// It runs up to the point where it opens its window, which the stand-in reports.
import { extractAll } from "@electron/asar";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const reportSchema = z.object({
  window: z.object({
    webPreferences: z.object({
      preload: z.string(),
      sandbox: z.boolean(),
      contextIsolation: z.boolean(),
      nodeIntegration: z.boolean(),
    }),
  }),
  loaded: z.string().nullable(),
  /** From process start to the window's creation. */
  msSinceStart: z.number(),
  /** From process start to the answer of the window's first call (the core started). */
  firstCallMs: z.number(),
  firstCall: z.object({ ok: z.boolean() }).loose(),
  menu: z.array(
    z.object({ role: z.string().optional(), items: z.array(z.string()) }),
  ),
  channels: z.array(z.string()),
});

export type StartReport = z.infer<typeof reportSchema>;

const register = join(import.meta.dirname, "electron-stand-in", "register.mjs");

/** Extracts app.asar (with its unpacked files) into `dir`/app. */
export function extractPackage(asarFile: string, dir: string): string {
  const appDir = join(dir, "app");
  extractAll(asarFile, appDir);
  return appDir;
}

/** Starts the extracted package's main bundle once, with its data in `dataDir`. */
export function startMainBundle(appDir: string, dataDir: string): StartReport {
  mkdirSync(dataDir, { recursive: true });
  const result = spawnSync(
    process.execPath,
    ["--import", register, join(appDir, "out", "main", "index.js")],
    {
      cwd: dataDir,
      encoding: "utf8",
      timeout: 120_000,
      env: {
        PATH: process.env.PATH,
        CUTR_STAND_IN_DATA: dataDir,
        CUTR_STAND_IN_VERSION: "0.0.0-check",
      },
    },
  );
  const line = result.stdout
    .split("\n")
    .find((text) => text.startsWith('{"window"'));
  if (result.status !== 0 || !line)
    throw new Error(
      `The packaged main process did not start (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  return reportSchema.parse(JSON.parse(line));
}

export function startProblems(appDir: string, report: StartReport): string[] {
  const problems: string[] = [];
  const prefs = report.window.webPreferences;
  if (!prefs.sandbox || !prefs.contextIsolation || prefs.nodeIntegration)
    problems.push("the window is not sandboxed and isolated without Node");
  if (!prefs.preload.startsWith(appDir) || !existsSync(prefs.preload))
    problems.push(
      `the window's preload is not in the package: ${prefs.preload}`,
    );
  if (report.loaded !== "app://console/index.html")
    problems.push(
      `the window loads ${report.loaded}, not app://console/index.html`,
    );
  const help = report.menu.find((item) => item.role === "help");
  if (
    !help?.items.includes("Copy diagnostics") ||
    !help.items.includes("Open log folder")
  )
    problems.push("the Help menu lacks Copy diagnostics or Open log folder");
  if (!report.firstCall.ok)
    problems.push(
      `the window's first call failed: ${JSON.stringify(report.firstCall)}`,
    );
  for (const channel of ["cutr:invoke", "cutr:restartToUpdate"])
    if (!report.channels.includes(channel))
      problems.push(`no IPC handler for ${channel}`);
  return problems;
}
