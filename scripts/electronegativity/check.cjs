"use strict";
// `npm run check:electron`: Doyensec's Electronegativity over electron/ (or the folder given),
// failing on any finding.
// A finding that is not a problem is explained where it is (an `eng-disable` comment naming the
// check, with the reason beside it), or below for the checks that point at no line.
// Exit 0: no finding; 1: findings or files it could not read; 2: the run failed.
require("./offline.cjs"); // before Electronegativity loads: it must not reach for the network
const path = require("node:path");
const run = require("@doyensec/electronegativity");

const root = path.resolve(__dirname, "../..");
const input = path.resolve(process.argv[2] ?? path.join(root, "electron"));
const electronVersion = require(
  path.join(root, "node_modules/electron/package.json"),
).version;

run({
  input,
  electronVersionOverride: electronVersion,
  excludeFromScan: [
    // Both read Electron's release notes from a list that stopped being published in 2022
    // (electron/releases is archived): for today's Electron they can only say "unknown release".
    // Keeping Electron current is Dependabot's and npm audit's job.
    "AvailableSecurityFixesGlobalCheck",
    "ElectronVersionJSONCheck",
    // It looks for a CSP in HTML or in webRequest handlers. The console's pages get theirs as a
    // response header of the app:// protocol (electron/main/app-protocol.ts sends securityHeaders,
    // the same as browser mode), which test/unit/electron-security.test.ts checks.
    "CSPGlobalCheck",
  ],
  customScan: [],
  output: undefined,
  isSarif: false,
  isRelative: true,
  parserPlugins: [],
}).then(
  ({ globalChecks, atomicChecks, errors, issues }) => {
    console.log(
      `Electronegativity ${require("@doyensec/electronegativity/package.json").version} on ${path.relative(root, input) || "."} (Electron ${electronVersion}): ` +
        `${atomicChecks} checks per file, ${globalChecks} global checks, ${issues.length} finding(s).`,
    );
    for (const i of issues)
      console.log(
        `  ${i.id} [${i.severity.name}/${i.confidence.name}] ${i.file}:${i.location.line}:${i.location.column}` +
          `${i.manualReview ? " (review)" : ""}: ${i.description}`,
      );
    const unread = errors.filter((e) => !e.tolerable);
    for (const e of unread)
      console.log(`  Could not read ${e.file}: ${e.message}`);
    process.exitCode = issues.length > 0 || unread.length > 0 ? 1 : 0;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
