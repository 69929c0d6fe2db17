// Team mode's sign-in: a password for everyone, the same answer for every refusal, sessions that
// expire and end when an admin changes the person, and an audit log that names the real person.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../../electron/core/start-core";
import { ensureAdmin } from "../../../electron/core/users/first-admin";
import type { UserRow } from "../../../shared/contract";
import { signIn, testCore, testPassword, valueOf } from "../../fixtures/core";

let core: Core;
let clock: Awaited<ReturnType<typeof testCore>>["clock"];
beforeEach(async () => {
  ({ core, clock } = await testCore());
});
afterEach(() => core.close());

const attempt = (email: string, password?: string) =>
  core.call("auth.signIn", { email, password }, null);
const refusal = {
  ok: false,
  error: {
    code: "UNAUTHORIZED",
    message: "That email address and password do not match an active user.",
  },
};

describe("signing in to a team's server", () => {
  it("says it is team mode and does not list who may sign in", async () => {
    expect(valueOf(await core.call("auth.mode", {}, null))).toEqual({
      mode: "team",
    });
    expect(await core.call("auth.users", {}, null)).toMatchObject({
      ok: false,
      error: { code: "RULE" },
    });
  });

  it("refuses a missing or wrong password and an unknown person with one and the same answer", async () => {
    expect(await attempt("dispatcher@cutr.example")).toEqual(refusal);
    expect(
      await attempt("dispatcher@cutr.example", "not the password"),
    ).toEqual(refusal);
    expect(await attempt("nobody@cutr.example", testPassword)).toEqual(refusal);
    expect(
      valueOf(await attempt("Dispatcher@Cutr.example", testPassword)),
    ).toMatchObject({
      user: { email: "dispatcher@cutr.example" },
    });
  });

  it("ends a session after its lifetime, and at once when the admin deactivates the person", async () => {
    const session = await signIn(core, "dispatcher@cutr.example");
    const me = () => core.call("auth.me", {}, session);
    expect((await me()).ok).toBe(true);
    clock.advance(13 * 3_600_000);
    expect(await me()).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORIZED" },
    });

    const again = await signIn(core, "dispatcher@cutr.example");
    const admin = await signIn(core, "admin@cutr.example");
    const dispatcher = valueOf<{ id: number }>(
      await core.call("auth.me", {}, again),
    );
    valueOf(
      await core.call(
        "users.update",
        { id: dispatcher.id, active: false },
        admin,
      ),
    );
    expect(await core.call("auth.me", {}, again)).toMatchObject({
      ok: false,
      error: { code: "UNAUTHORIZED" },
    });
    expect(await attempt("dispatcher@cutr.example", testPassword)).toEqual(
      refusal,
    );
  });

  it("lets an admin add a person with a password, who then signs in; the audit log names the admin", async () => {
    const admin = await signIn(core, "admin@cutr.example");
    const created = valueOf<UserRow>(
      await core.call(
        "users.create",
        {
          email: "new.dispatcher@cutr.example",
          name: "Noor de Vries",
          role: "dispatcher",
          password: "a long enough passphrase",
        },
        admin,
      ),
    );
    expect(created).toMatchObject({
      hasPassword: true,
      active: true,
      role: "dispatcher",
    });
    expect(
      valueOf(
        await attempt(
          "new.dispatcher@cutr.example",
          "a long enough passphrase",
        ),
      ),
    ).toMatchObject({ user: { name: "Noor de Vries" } });
    const adminUser = valueOf<{ id: number }>(
      await core.call("auth.me", {}, admin),
    );
    const audit = await core.services.db
      .selectFrom("audit_log")
      .select(["user_id", "after"])
      .where("action", "=", "user_created")
      .where("entity_id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(audit.user_id).toBe(adminUser.id);
    expect(audit.after).not.toContain("passphrase");
  });

  it("changes one's own password only with the current one, and ends one's other sessions", async () => {
    const first = await signIn(core, "accounts@cutr.example");
    const second = await signIn(core, "accounts@cutr.example");
    expect(
      await core.call(
        "auth.changePassword",
        { current: "wrong", next: "another long passphrase" },
        first,
      ),
    ).toMatchObject({ ok: false, error: { code: "RULE" } });
    valueOf(
      await core.call(
        "auth.changePassword",
        { current: testPassword, next: "another long passphrase" },
        first,
      ),
    );
    expect((await core.call("auth.me", {}, first)).ok).toBe(true);
    expect((await core.call("auth.me", {}, second)).ok).toBe(false);
    expect(await attempt("accounts@cutr.example", testPassword)).toEqual(
      refusal,
    );
    expect(
      (await attempt("accounts@cutr.example", "another long passphrase")).ok,
    ).toBe(true);
  });

  it("makes the first admin from the command line, and re-keys an existing one", async () => {
    const now = clock.now();
    expect(
      await ensureAdmin(core.services.db, now, {
        email: "owner@cutr.example",
        name: "Owner",
        password: "the first admin's passphrase",
      }),
    ).toBe("created");
    expect(
      (await attempt("owner@cutr.example", "the first admin's passphrase")).ok,
    ).toBe(true);
    await expect(
      ensureAdmin(core.services.db, now, {
        email: "owner@cutr.example",
        name: "Owner",
        password: "short",
      }),
    ).rejects.toThrow(/at least 12 characters/);
    expect(
      await ensureAdmin(core.services.db, now, {
        email: "owner@cutr.example",
        name: "Owner",
        password: "a brand new passphrase",
      }),
    ).toBe("updated");
    expect(
      (await attempt("owner@cutr.example", "the first admin's passphrase")).ok,
    ).toBe(false);
  });
});
