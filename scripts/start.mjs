// `npm start`: build, then open the Electron window on the demo database. Where no Electron binary
// can be had (no download access), say so in one line and run browser mode instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const bin = (name) => join("node_modules", ".bin", name);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function electronBinary() {
  const folder = dirname(require.resolve("electron/package.json"));
  const binaryPath = () => {
    const pathFile = join(folder, "path.txt");
    if (!existsSync(pathFile)) return null;
    const binary = join(folder, "dist", readFileSync(pathFile, "utf8"));
    return existsSync(binary) ? binary : null;
  };
  if (binaryPath()) return binaryPath();
  // Electron fetches its binary on first launch; try once, quietly, with a time limit.
  spawnSync(process.execPath, [join(folder, "install.js")], {
    stdio: "ignore",
    timeout: 120_000,
  });
  return binaryPath();
}

function openInBrowser(url) {
  const opener =
    process.platform === "darwin"
      ? "open"
      : process.platform === "win32"
        ? "explorer"
        : "xdg-open";
  const child = spawn(opener, [url], { stdio: "ignore", detached: true });
  child.on("error", () => console.log(`[cutr] Open ${url} in your browser.`));
  child.unref();
}

run(process.execPath, [bin("electron-vite"), "build", "--logLevel", "warn"]);

const electron = electronBinary();
if (electron) {
  const child = spawn(electron, ["."], { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log(
    "[cutr] No Electron binary can be had on this machine, so the console starts in browser mode instead.",
  );
  const server = spawn(process.execPath, ["out/main/server.js"], {
    stdio: ["inherit", "pipe", "inherit"],
  });
  let opened = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(
      chunk.toString(),
    )?.[0];
    if (url && !opened) {
      opened = true;
      openInBrowser(url);
    }
  });
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => server.kill(signal));
}
