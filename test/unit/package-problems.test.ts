// The packaged console's contents check (npm run check:package runs it on electron-builder's real
// output): it passes a right package and names each thing missing or forbidden.
import { describe, expect, it } from "vitest";
import {
  packageProblems,
  type PackageListing,
} from "../../scripts/package/package-problems";

function rightPackage(): PackageListing {
  return {
    asarFiles: [
      "package.json",
      "out/main/index.js",
      "out/main/slip-worker.js",
      "out/main/chunks/start-core-abc.js",
      "out/preload/index.cjs",
      "out/renderer/index.html",
      "resources/fonts/DejaVuSans.ttf",
      "resources/demo-photos/table.jpg",
      "node_modules/pdfkit/package.json",
      "node_modules/pdfkit/js/pdfkit.node.mjs",
      "node_modules/better-sqlite3/package.json",
      "node_modules/better-sqlite3/lib/index.js",
    ],
    unpackedFiles: [
      "node_modules/better-sqlite3/prebuilds/linux-x64.node",
      "node_modules/@img/sharp-linux-x64/package.json",
      "node_modules/@img/sharp-linux-x64/lib/sharp-linux-x64.node",
    ],
    packages: [
      { folder: "node_modules/pdfkit", name: "pdfkit", version: "0.17.0" },
      {
        folder: "node_modules/better-sqlite3",
        name: "better-sqlite3",
        version: "13.2.0",
      },
      {
        folder: "node_modules/@img/sharp-linux-x64",
        name: "@img/sharp-linux-x64",
        version: "0.35.5",
      },
    ],
    runtimeImports: ["better-sqlite3", "pdfkit"],
    dependencies: ["better-sqlite3", "pdfkit", "sharp"],
    lockPackages: {
      "": {},
      "node_modules/pdfkit": { version: "0.17.0" },
      "node_modules/better-sqlite3": { version: "13.2.0" },
      // Nested in the lock, hoisted in the package: matched by name and version.
      "node_modules/sharp/node_modules/@img/sharp-linux-x64": {
        version: "0.35.5",
      },
      "node_modules/vitest": { version: "4.0.0", dev: true },
    },
    resources: ["fonts/DejaVuSans.ttf", "demo-photos/table.jpg"],
  };
}

describe("the package contents check", () => {
  it("passes a package holding what the console needs and nothing else", () => {
    expect(packageProblems(rightPackage())).toEqual([]);
  });

  it("names a missing build file, resource and native module", () => {
    const listing = rightPackage();
    listing.asarFiles = listing.asarFiles.filter(
      (file) =>
        file !== "out/preload/index.cjs" &&
        file !== "resources/fonts/DejaVuSans.ttf",
    );
    listing.unpackedFiles = listing.unpackedFiles.filter(
      (file) => !file.startsWith("node_modules/better-sqlite3/"),
    );
    expect(packageProblems(listing)).toEqual([
      "missing from app.asar: out/preload/index.cjs",
      "missing from app.asar: resources/fonts/DejaVuSans.ttf",
      "missing from app.asar.unpacked: better-sqlite3's native module",
    ]);
  });

  it("names an import the package cannot satisfy", () => {
    const listing = rightPackage();
    listing.runtimeImports.push("kysely");
    expect(packageProblems(listing)).toEqual([
      "the main process imports kysely, which is not in package.json's dependencies",
      "the main process imports kysely, which is not packaged",
    ]);
  });

  it("names maps, sources, tests, the service and development packages", () => {
    const listing = rightPackage();
    listing.asarFiles.push(
      "out/main/index.js.map",
      "shared/domain.ts",
      "node_modules/pdfkit/test/fixture.pdf",
      "out/main/service.js",
      "node_modules/vitest/package.json",
      "node_modules/sharp/build/Release/sharp.node",
    );
    listing.packages.push({
      folder: "node_modules/vitest",
      name: "vitest",
      version: "4.0.0",
    });
    expect(packageProblems(listing)).toEqual([
      "native module inside app.asar (cannot load): node_modules/sharp/build/Release/sharp.node",
      "packaged, but production does not need it: vitest@4.0.0 (node_modules/vitest)",
      "a source map is packaged: out/main/index.js.map",
      "TypeScript source is packaged: shared/domain.ts",
      "the checkout's source is packaged: shared/domain.ts",
      "a test is packaged: node_modules/pdfkit/test/fixture.pdf",
      "browser mode or the team service is packaged: out/main/service.js",
    ]);
  });
});
