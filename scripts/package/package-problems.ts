// What must and must not be in the packaged console, as a list of problems (empty when the package is
// right). Pure: scripts/package/check-package.ts feeds it electron-builder's output.

export interface PackageListing {
  /** Files inside app.asar, relative, with "/" (e.g. "out/main/index.js"). */
  asarFiles: string[];
  /** Files in app.asar.unpacked, relative, with "/". */
  unpackedFiles: string[];
  /** The bare packages the built main process and preload import ("pdfkit", "@date-fns/tz"). */
  runtimeImports: string[];
  /** package.json's `dependencies`. */
  dependencies: string[];
  /** Each packaged package folder ("node_modules/a/node_modules/b") with its name and version. */
  packages: { folder: string; name: string; version: string }[];
  /** package-lock.json's `packages` entries: which installed packages only development needs. */
  lockPackages: Record<
    string,
    { name?: string; version?: string; dev?: boolean }
  >;
  /** The shipped resources that must go in (from resources/ in the checkout), relative. */
  resources: string[];
}

const requiredBuild = [
  "package.json",
  "out/main/index.js",
  "out/main/slip-worker.js",
  "out/preload/index.cjs",
  "out/renderer/index.html",
];

/** Built into app.asar.unpacked: native code cannot be loaded from inside an archive. */
const requiredNative = [
  {
    what: "better-sqlite3's native module",
    test: (file: string) =>
      /^node_modules\/better-sqlite3\/prebuilds\/[^/]+\.node$/.test(file),
  },
  {
    what: "sharp's native module (@img/sharp-<platform>)",
    test: (file: string) =>
      /^node_modules\/@img\/sharp-[^/]+\/lib\/[^/]+\.node$/.test(file),
  },
];

const forbidden: { what: string; test: (file: string) => boolean }[] = [
  { what: "a source map", test: (file) => file.endsWith(".map") },
  {
    what: "TypeScript source",
    test: (file) => /\.(ts|tsx|mts|cts)$/.test(file),
  },
  {
    what: "a test",
    test: (file) => /(^|\/)(test|tests|__tests__)\//.test(file),
  },
  {
    what: "the checkout's source",
    test: (file) =>
      /^(electron|renderer|shared|bench|scripts|docs|test)\//.test(file),
  },
  {
    what: "browser mode or the team service",
    test: (file) => /^out\/main\/(server|service)\.js$/.test(file),
  },
];

/** "node_modules/a/node_modules/@b/c/lib/x.js" → "node_modules/a/node_modules/@b/c". */
export function packageFolder(file: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

/** "node_modules/a/node_modules/@b/c" → "@b/c". */
function lockName(path: string): string {
  return path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
}

export function packageProblems(listing: PackageListing): string[] {
  const problems: string[] = [];
  const inAsar = new Set(listing.asarFiles);
  const everywhere = [...listing.asarFiles, ...listing.unpackedFiles];

  for (const file of requiredBuild)
    if (!inAsar.has(file)) problems.push(`missing from app.asar: ${file}`);
  for (const file of listing.resources)
    if (!inAsar.has(`resources/${file}`))
      problems.push(`missing from app.asar: resources/${file}`);
  for (const native of requiredNative)
    if (!listing.unpackedFiles.some(native.test))
      problems.push(`missing from app.asar.unpacked: ${native.what}`);
  for (const file of listing.asarFiles.filter((f) => f.endsWith(".node")))
    problems.push(`native module inside app.asar (cannot load): ${file}`);

  const dependencies = new Set(listing.dependencies);
  const folders = new Set(
    everywhere.map(packageFolder).filter((f) => f !== null),
  );
  for (const name of listing.runtimeImports) {
    if (!dependencies.has(name))
      problems.push(
        `the main process imports ${name}, which is not in package.json's dependencies`,
      );
    if (!folders.has(`node_modules/${name}`))
      problems.push(`the main process imports ${name}, which is not packaged`);
  }

  // electron-builder lays the tree out anew (a package nested in the lock may be hoisted), so a
  // packaged package is matched by name and version with what production needs.
  const production = new Set(
    Object.entries(listing.lockPackages)
      .filter(([path, entry]) => path !== "" && !entry.dev)
      .map(
        ([path, entry]) => `${entry.name ?? lockName(path)}@${entry.version}`,
      ),
  );
  for (const pkg of listing.packages)
    if (!production.has(`${pkg.name}@${pkg.version}`))
      problems.push(
        `packaged, but production does not need it: ${pkg.name}@${pkg.version} (${pkg.folder})`,
      );

  for (const file of everywhere)
    for (const rule of forbidden)
      if (rule.test(file)) problems.push(`${rule.what} is packaged: ${file}`);
  return problems;
}
