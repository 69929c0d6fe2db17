import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../../electron/core/clock";
import { fileLogger, scrub } from "../../electron/core/logging/file-logger";
import { startCore } from "../../electron/core/start-core";
import { assignedOrder } from "../fixtures/assigned-order";
import { keepSmtpPassword } from "../fixtures/smtp-server";
import { signIn, smallDemo, valueOf } from "../fixtures/core";
import { textBody } from "../fixtures/message-body";

describe("the log", () => {
  it("withholds secrets and contents from any detail", () => {
    expect(
      scrub({
        method: "settings.updateSmtp",
        input: { password: "s3cret", settings: { host: "smtp.example.com" } },
        headers: { authorization: "Bearer abc", "x-cutr-session": "xyz" },
        body: { type: "doc" },
        dataBase64: "AAAA",
      }),
    ).toEqual({
      method: "settings.updateSmtp",
      input: { password: "[withheld]", settings: { host: "smtp.example.com" } },
      headers: { authorization: "[withheld]", "x-cutr-session": "[withheld]" },
      body: "[withheld]",
      dataBase64: "[withheld]",
    });
  });

  it("records who changed what, never a password, a session or a message", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cutr-log-"));
    const log = fileLogger(join(folder, "logs"));
    const core = await startCore({
      databaseFile: ":memory:",
      clock: fixedClock("2026-11-22T09:00:00Z"),
      demo: true,
      demoSize: smallDemo,
      log,
    });
    const admin = await signIn(core, "admin@cutr.example");
    const { orderId } = await assignedOrder(core, admin);
    valueOf(
      await core.call(
        "messages.send",
        {
          orderId,
          thread: "cutr",
          body: textBody("private words"),
        },
        admin,
      ),
    );
    await keepSmtpPassword(core, admin, "s3cret-password");
    await core.close();
    log.close();
    await new Promise((r) => setTimeout(r, 100));
    const text = readdirSync(join(folder, "logs"))
      .map((f) => readFileSync(join(folder, "logs", f), "utf8"))
      .join("");
    expect(text).toContain('"message":"messages.send by user 1"');
    expect(text).toContain('"message":"settings.updateSmtp by user 1"');
    for (const secret of ["s3cret-password", "private words", admin])
      expect(text).not.toContain(secret);
    rmSync(folder, { recursive: true, force: true });
  });
});
