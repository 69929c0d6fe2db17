// Help → "Copy diagnostics": what support needs, and never a stored password, key, database password,
// message text or address, even when the log's errors quote them.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  diagnosticsText,
  withoutSecrets,
} from "../../electron/core/support/diagnostics";
import { keepSmtpPassword } from "../fixtures/smtp-server";
import { signIn, testCore, testDatabase } from "../fixtures/core";

const smtpPassword = "Sm7p-Pa55word!";
const apiKey = `cutr_0123456789ab_${"K".repeat(43)}`;
const teamUrl = "postgres://cutr:Db-Pa55@db.example.com:5432/cutr";
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0))
    rmSync(folder, { recursive: true, force: true });
});

function logWith(lines: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), "cutr-diagnostics-"));
  folders.push(dir);
  mkdirSync(join(dir, "logs"));
  writeFileSync(
    join(dir, "logs", "cutr.log"),
    lines.map((line) => JSON.stringify(line)).join("\n") + "\n",
  );
  return join(dir, "logs");
}

describe("diagnostics", () => {
  it("say version, platform, database and the last errors, without any secret", async () => {
    const { core } = await testCore();
    const admin = await signIn(core, "admin@cutr.example");
    await keepSmtpPassword(core, admin, smtpPassword);
    const logDir = logWith([
      {
        at: "2026-11-22T08:00:00.000Z",
        level: "info",
        message: "orders.create by user 1",
      },
      {
        at: "2026-11-22T08:10:00.000Z",
        level: "error",
        message: "Sending mail failed",
        detail: {
          name: "Error",
          message: `535 Authentication failed for cutr/${smtpPassword}`,
        },
      },
      {
        at: "2026-11-22T08:20:00.000Z",
        level: "error",
        message: "Integration call failed",
        detail: {
          message: `key ${apiKey} from jan@example.com token=abc123 at ${teamUrl}`,
        },
      },
      {
        at: "2026-11-22T08:30:00.000Z",
        level: "error",
        message:
          "Team database refused: password authentication failed (Db-Pa55)",
      },
    ]);

    const text = await diagnosticsText(core.services, {
      version: "1.2.3",
      runtime: "Node 24",
      platform: "linux 6.1 x64",
      logDir,
      moreSecrets: [teamUrl],
    });

    expect(text).toContain("Version: 1.2.3");
    expect(text).toContain("Platform: linux 6.1 x64");
    expect(text).toMatch(
      testDatabase === "sqlite"
        ? /Database: local SQLite, [\d.]+ MB .*, \d+ migrations applied/
        : /Database: team PostgreSQL, [\d.]+ MB, \d+ migrations applied/,
    );
    // Newest first, errors only.
    expect(text.indexOf("Team database refused")).toBeLessThan(
      text.indexOf("Sending mail failed"),
    );
    expect(text).not.toContain("orders.create");
    for (const secret of [
      smtpPassword,
      apiKey,
      "Db-Pa55",
      "jan@example.com",
      "abc123",
    ])
      expect(text).not.toContain(secret);
    await core.close();
  });

  it("tell the log's errors even when the core has not started", async () => {
    const logDir = logWith([
      {
        at: "2026-11-22T08:30:00.000Z",
        level: "error",
        message: "The team database refused the sign-in of jan@example.com",
      },
    ]);
    const text = await diagnosticsText(null, {
      version: "1.2.3",
      runtime: "Node 24",
      platform: "linux",
      logDir,
    });
    expect(text).toContain("Database: not started");
    expect(text).toContain(
      "The team database refused the sign-in of [address]",
    );
  });

  it("say so when the log holds no error", async () => {
    const { core } = await testCore({ demo: false });
    const text = await diagnosticsText(core.services, {
      version: "1.2.3",
      runtime: "Node 24",
      platform: "linux",
      logDir: join(tmpdir(), "no-such-log-folder"),
    });
    expect(text).toContain("Last errors: none in the log");
    await core.close();
  });

  it("take out keys, URL passwords and addresses from any text", () => {
    expect(
      withoutSecrets(
        `a ${apiKey} b https://u:p4ss@h.example/x c jan.de.vries@cutr.example password: hunter2 s3cret`,
        ["s3cret"],
      ),
    ).toBe(
      "a cutr_[withheld] b https://u:[withheld]@h.example/x c [address] password: [withheld] [withheld]",
    );
  });
});
