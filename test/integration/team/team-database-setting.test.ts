// Settings → Team database: a desktop console is pointed at the team's server for its next start,
// after the server was checked; a bad address is refused with the reason and nothing is saved.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, inject } from "vitest";
import { fixedClock } from "../../../electron/core/clock";
import { fileSecretStore } from "../../../electron/core/secrets/secret-store";
import { teamDatabaseUrl } from "../../../electron/core/settings/team-database";
import { startCore, type Core } from "../../../electron/core/start-core";
import type { TeamDatabaseView } from "../../../shared/contract";
import {
  dutchAndEnglishAdmins,
  refusalsIn,
  signIn,
  smallDemo,
  testNow,
  valueOf,
} from "../../fixtures/core";
import {
  createDatabase,
  dropDatabase,
} from "../../fixtures/postgres-databases";
import { databaseUrl } from "../../fixtures/postgres-server";

const adminUrl = inject("postgresAdminUrl");
let folder: string;
let local: Core;
let admin: string;
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), "cutr-team-setting-"));
  local = await startCore({
    databaseFile: join(folder, "cutr.sqlite"),
    clock: fixedClock(testNow),
    demo: true,
    demoSize: smallDemo,
    log: { error: () => undefined, info: () => undefined },
  });
  admin = await signIn(local, "admin@cutr.example");
});
afterEach(() => local.close());

const save = (url: string | null) =>
  local.call("settings.setTeamDatabase", { url }, admin);

describe("Settings → Team database", () => {
  it("checks the server before saving, and says why it cannot be used", async () => {
    const closed = new URL(adminUrl);
    closed.port = "1";
    expect(await save(closed.toString())).toMatchObject({
      ok: false,
      error: {
        code: "RULE",
        message: expect.stringMatching(/refused the connection/),
      },
    });
    expect(await save("postgres://host")).toMatchObject({
      ok: false,
      error: {
        code: "BAD_INPUT",
        message: expect.stringMatching(/names no database/),
      },
    });
    expect(await save("https://example.com/db")).toMatchObject({
      ok: false,
      error: { code: "BAD_INPUT" },
    });
    const view = valueOf<TeamDatabaseView>(
      await local.call("settings.teamDatabase", {}, admin),
    );
    expect(view).toMatchObject({ active: "local", saved: null });
  });

  it("says what is wrong with the URL's shape in the admin's language, on the form's field", async () => {
    const admins = await dutchAndEnglishAdmins(local);
    const noDatabase = await refusalsIn(
      local,
      admins,
      "settings.setTeamDatabase",
      { url: "postgres://db.cutr.example" },
    );
    expect(noDatabase.en).toMatchObject({
      code: "BAD_INPUT",
      message:
        "This URL names no database: add it after the host, as in postgres://user@host:5432/cutr.",
      details: { url: expect.stringContaining("names no database") },
    });
    expect(noDatabase.nl.message).toBe(
      "Deze URL noemt geen database: zet die achter de host, zoals in postgres://gebruiker@host:5432/cutr.",
    );
    const notUrl = await refusalsIn(local, admins, "settings.setTeamDatabase", {
      url: "postgres://db cutr/orders",
    });
    expect(notUrl.en.message).toMatch(/^This is not a URL\./);
    expect(notUrl.nl.message).toMatch(/^Dit is geen URL\./);
  });

  it("saves a working server for the next start, without showing its password, and can go back", async () => {
    const name = `cutr_setting_${process.pid}`;
    await createDatabase(adminUrl, name);
    try {
      const withPassword = new URL(databaseUrl(adminUrl, name));
      withPassword.password = "s3cret";
      const view = valueOf<TeamDatabaseView>(
        await save(withPassword.toString()),
      );
      expect(view.saved).toContain("***");
      expect(view.saved).not.toContain("s3cret");
      expect(view.active).toBe("local");
      const secrets = fileSecretStore(folder);
      expect(teamDatabaseUrl(undefined, secrets)).toBe(withPassword.toString());
      expect(teamDatabaseUrl("postgres://env/db", secrets)).toBe(
        "postgres://env/db",
      );
      valueOf(await save(null));
      expect(
        teamDatabaseUrl(undefined, fileSecretStore(folder)),
      ).toBeUndefined();
    } finally {
      await dropDatabase(adminUrl, name);
    }
  });

  it("is for admins only", async () => {
    const dispatcher = await signIn(local, "dispatcher@cutr.example");
    expect(
      await local.call("settings.setTeamDatabase", { url: null }, dispatcher),
    ).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});
