// `npm run check:package` (part of `npm test`): builds the console, packs the Linux folder with
// electron-builder and the project's own configuration around a stand-in Electron (none can be
// downloaded here), then checks what went into app.asar and beside it (package-problems.ts) and that
// the fuses were flipped. The release workflow packs the real binary with the same configuration.
import { getCurrentFuseWire } from "@electron/fuses";
import { extractFile, listPackage, statFile } from "@electron/asar";
import { init, parse } from "es-module-lexer";
import { spawnSync } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { hardenedFuses } from "../fuses.mjs";
import {
  packageFolder,
  packageProblems,
  type PackageListing,
} from "./package-problems";
import { makeStandInElectron } from "./stand-in-electron";
import {
  extractPackage,
  startMainBundle,
  startProblems,
} from "./start-main-bundle";

const root = join(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);

export interface PackedConsole {
  /** The folder electron-builder wrote (linux-unpacked inside it). */
  outputDir: string;
  appDir: string;
  asarFile: string;
  binary: string;
}

function run(args: string[], what: string) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${what} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Builds the bundles and packs them into a Linux folder in a temporary directory. */
export function packConsole(options: { build: boolean }): PackedConsole {
  if (options.build)
    run(
      [
        join(root, "node_modules", "electron-vite", "bin", "electron-vite.js"),
        "build",
        "--logLevel",
        "error",
      ],
      "electron-vite build",
    );
  const work = mkdtempSync(join(tmpdir(), "cutr-package-"));
  const electronVersion = (
    JSON.parse(
      readFileSync(require.resolve("electron/package.json"), "utf8"),
    ) as { version: string }
  ).version;
  const standIn = makeStandInElectron(join(work, "electron"), electronVersion);
  run(
    [
      join(root, "node_modules", "electron-builder", "cli.js"),
      "--linux",
      "--dir",
      "--publish",
      "never",
      `-c.electronDist=${standIn}`,
      `-c.directories.output=${join(work, "dist")}`,
    ],
    "electron-builder",
  );
  const appDir = join(work, "dist", "linux-unpacked");
  return {
    outputDir: work,
    appDir,
    asarFile: join(appDir, "resources", "app.asar"),
    binary: join(appDir, "cutr-console"),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"),
    );
}

/** The bare packages the built main process and preload import. */
export async function runtimeImports(): Promise<string[]> {
  await init();
  const names = new Set<string>();
  const built = [join(root, "out", "main"), join(root, "out", "preload")];
  for (const dir of built)
    for (const file of filesUnder(dir).filter((f) => /\.(c|m)?js$/.test(f))) {
      const source = readFileSync(join(dir, file), "utf8");
      const specifiers = file.endsWith(".cjs")
        ? [...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])
        : parse(source)[0].map((entry) => entry.specifier);
      for (const specifier of specifiers) {
        if (!specifier || /^(\.|\/|node:)/.test(specifier)) continue;
        const parts = specifier.split("/");
        const name = parts
          .slice(0, specifier.startsWith("@") ? 2 : 1)
          .join("/");
        if (!isBuiltin(name)) names.add(name);
      }
    }
  names.delete("electron");
  return [...names].sort();
}

export function asarFiles(asarFile: string): string[] {
  return listPackage(asarFile, { isPack: false })
    .map((path) =>
      path
        .replace(/^[\\/]/, "")
        .split(sep)
        .join("/"),
    )
    .filter((path) => {
      const entry = statFile(asarFile, path, false);
      return "size" in entry && !("unpacked" in entry && entry.unpacked);
    });
}

export function asarMegabytes(asarFile: string): number {
  return statSync(asarFile).size / 1024 / 1024;
}

/** Every packaged package folder with the name and version its package.json gives. */
function packagedPackages(
  asarFile: string,
  inAsar: string[],
  unpackedDir: string,
  unpacked: string[],
): PackageListing["packages"] {
  const manifests = new Map<string, () => string>();
  for (const file of inAsar)
    manifests.set(file, () => extractFile(asarFile, file).toString("utf8"));
  for (const file of unpacked)
    manifests.set(file, () => readFileSync(join(unpackedDir, file), "utf8"));
  const folders = new Set(
    [...manifests.keys()].map(packageFolder).filter((f) => f !== null),
  );
  return [...folders].sort().flatMap((folder) => {
    const read = manifests.get(`${folder}/package.json`);
    if (!read) return [];
    const { name, version } = JSON.parse(read()) as {
      name: string;
      version: string;
    };
    return [{ folder, name, version }];
  });
}

async function fuseProblems(binary: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  const problems: string[] = [];
  for (const [option, wanted] of Object.entries(hardenedFuses)) {
    if (option === "version") continue;
    const state = (wire as unknown as Record<string, number>)[option];
    const expected = wanted ? 0x31 : 0x30;
    if (state !== expected)
      problems.push(`fuse ${option} is ${state}, not ${expected}`);
  }
  return problems;
}

export async function checkPackage(packed: PackedConsole): Promise<string[]> {
  const lock = JSON.parse(
    readFileSync(join(root, "package-lock.json"), "utf8"),
  ) as { packages: PackageListing["lockPackages"] };
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const unpackedDir = join(packed.appDir, "resources", "app.asar.unpacked");
  const inAsar = asarFiles(packed.asarFile);
  const unpacked = filesUnder(unpackedDir);
  const problems = packageProblems({
    asarFiles: inAsar,
    unpackedFiles: unpacked,
    packages: packagedPackages(packed.asarFile, inAsar, unpackedDir, unpacked),
    runtimeImports: await runtimeImports(),
    dependencies: Object.keys(pkg.dependencies),
    lockPackages: lock.packages,
    resources: ["fonts", "demo-photos"].flatMap((dir) =>
      filesUnder(join(root, "resources", dir)).map((f) => `${dir}/${f}`),
    ),
  });
  return [...problems, ...(await fuseProblems(packed.binary))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const packed = packConsole({ build: !process.argv.includes("--no-build") });
  try {
    const problems = await checkPackage(packed);
    const appDir = extractPackage(packed.asarFile, packed.outputDir);
    try {
      const report = startMainBundle(appDir, join(packed.outputDir, "data"));
      problems.push(...startProblems(appDir, report));
      console.log(
        `The packaged main process, under Node with Electron stood in, opened its window after ${Math.round(report.msSinceStart)} ms (a new demo database).`,
      );
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    console.log(
      `app.asar: ${asarMegabytes(packed.asarFile).toFixed(1)} MB (target <= 40 MB)`,
    );
    if (problems.length > 0) {
      console.error(`The package is not right:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else
      console.log(
        "Package contents as expected; fuses flipped; the main process starts from the package.",
      );
  } finally {
    rmSync(packed.outputDir, { recursive: true, force: true });
  }
}
