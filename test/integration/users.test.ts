// The admin's people screen: add, rename, change a role, deactivate; never the last admin away.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { UserRow } from "../../shared/contract";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let admin: string;
beforeEach(async () => {
  ({ core } = await testCore());
  admin = await signIn(core, "admin@cutr.example");
});
afterEach(() => core.close());

const list = async () =>
  valueOf<UserRow[]>(await core.call("users.list", {}, admin));

describe("users", () => {
  it("lists everyone with role, state and whether a password is set, never the hash", async () => {
    const users = await list();
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(users)).not.toMatch(/scrypt/);
    expect(users.map((u) => u.role)).toContain("admin");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const answer = await core.call(
      "users.create",
      { email: "Dispatcher@cutr.example", name: "Copy", role: "dispatcher" },
      admin,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("changes a role and ends that person's sessions, so the new rights apply at once", async () => {
    const session = await signIn(core, "dispatcher@cutr.example");
    const dispatcher = (await list()).find(
      (u) => u.email === "dispatcher@cutr.example",
    )!;
    const updated = valueOf<UserRow>(
      await core.call(
        "users.update",
        { id: dispatcher.id, role: "quality_reviewer" },
        admin,
      ),
    );
    expect(updated.role).toBe("quality_reviewer");
    expect((await core.call("auth.me", {}, session)).ok).toBe(false);
  });

  it("never demotes or deactivates the last active admin", async () => {
    const admins = (await list()).filter((u) => u.role === "admin" && u.active);
    for (const extra of admins.slice(1))
      valueOf(
        await core.call("users.update", { id: extra.id, active: false }, admin),
      );
    const last = admins[0]!;
    for (const change of [{ role: "dispatcher" as const }, { active: false }])
      expect(
        await core.call("users.update", { id: last.id, ...change }, admin),
      ).toMatchObject({ ok: false, error: { code: "RULE" } });
  });

  it("refuses a short password with the reason", async () => {
    const answer = await core.call(
      "users.setPassword",
      { id: 1, password: "short" },
      admin,
    );
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: "BAD_INPUT",
        message: expect.stringMatching(/12 characters/),
      },
    });
  });
});
