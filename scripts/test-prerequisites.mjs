// The first step of `npm test`: the programs the tests start must be on this machine. What is
// missing is installed with apt-get when this runs as root on Debian (as CI and a fresh machine of
// this kind do); anywhere else the command stops at once, saying in one line what to install.
//   chromium       the end-to-end tests (Playwright cannot download its browsers here; or CHROMIUM_PATH)
//   postgresql     initdb and postgres, for the team-mode tests' private server on loopback
//   dovecot-imapd  the mail tests' private IMAP server on loopback
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const onPath = (name) =>
  spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status ===
  0;

const postgresInstalled = () =>
  existsSync("/usr/lib/postgresql") &&
  readdirSync("/usr/lib/postgresql").some((version) =>
    existsSync(`/usr/lib/postgresql/${version}/bin/initdb`),
  );

const needs = [
  {
    pkg: "chromium",
    what: "the end-to-end tests",
    present: () => Boolean(process.env.CHROMIUM_PATH) || onPath("chromium"),
  },
  {
    pkg: "postgresql",
    what: "the team-mode tests",
    present: postgresInstalled,
  },
  {
    pkg: "dovecot-imapd",
    what: "the mail tests",
    present: () => onPath("dovecot") || existsSync("/usr/sbin/dovecot"),
  },
];

const missing = needs.filter((need) => !need.present());
if (missing.length === 0) process.exit(0);

const names = missing.map((m) => m.pkg).join(" ");
const root = process.getuid?.() === 0;
if (!root || !onPath("apt-get")) {
  console.error(
    `npm test needs ${missing.map((m) => `${m.pkg} (${m.what})`).join(", ")}: install ${missing.length === 1 ? "it" : "them"} (Debian: sudo apt-get install ${names}), then run npm test again.`,
  );
  process.exit(1);
}
console.log(`Installing what the tests need with apt-get: ${names}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [
  ["update", "-qq"],
  [
    "install",
    "-y",
    "-qq",
    "--no-install-recommends",
    ...missing.map((m) => m.pkg),
  ],
]) {
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
  if (result.status !== 0) {
    console.error(
      `apt-get ${args[0]} failed: install ${names} by hand, then run npm test again.`,
    );
    process.exit(1);
  }
}
const still = missing.filter((need) => !need.present());
if (still.length > 0) {
  console.error(
    `Still missing after apt-get: ${still.map((m) => m.pkg).join(" ")}.`,
  );
  process.exit(1);
}
