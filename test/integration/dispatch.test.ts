import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { signIn, testCore } from "../fixtures/core";

let core: Core;
beforeEach(async () => {
  ({ core } = await testCore());
});
afterEach(() => core.close());

describe("the dispatch envelope", () => {
  it("answers NOT_FOUND for a method that does not exist", async () => {
    const result = await core.call("orders.delete", {}, null);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "NOT_FOUND",
        message: 'There is no operation named "orders.delete".',
      },
    });
  });

  it("answers NOT_FOUND for inherited object keys, not a crash", async () => {
    const result = await core.call("__proto__", {}, null);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("NOT_FOUND");
  });

  it("answers BAD_INPUT naming the field", async () => {
    const session = await signIn(core);
    const result = await core.call("orders.list", { limit: "many" }, session);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("BAD_INPUT");
    expect(result.error.message).toContain("limit");
    expect(result.error.details).toEqual([
      expect.objectContaining({ field: "limit" }),
    ]);
  });

  it("rejects unknown fields instead of ignoring them", async () => {
    const session = await signIn(core);
    const result = await core.call(
      "orders.get",
      { id: 1, admin: true },
      session,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("BAD_INPUT");
  });

  it("answers UNAUTHORIZED without a session, and with an unknown one", async () => {
    for (const session of [null, "not-a-session"]) {
      const result = await core.call("orders.list", {}, session);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("UNAUTHORIZED");
    }
  });

  it("answers UNAUTHORIZED for an unknown user and writes no session", async () => {
    const before = await core.services.db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const result = await core.call(
      "auth.signIn",
      { email: "nobody@cutr.example" },
      null,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("UNAUTHORIZED");
    const after = await core.services.db
      .selectFrom("sessions")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("signs in, knows the user, and forgets the session on sign-out", async () => {
    const session = await signIn(core, "Quality@Cutr.example");
    const me = await core.call("auth.me", {}, session);
    expect(me).toMatchObject({
      ok: true,
      value: { email: "quality@cutr.example", role: "quality_reviewer" },
    });
    await core.call("auth.signOut", {}, session);
    const after = await core.call("auth.me", {}, session);
    expect(after.ok).toBe(false);
  });

  it("expires a session after its lifetime on the injected clock", async () => {
    const { core: timed, clock } = await testCore({ demo: true });
    const session = await signIn(timed);
    clock.advance(11 * 3_600_000);
    expect((await timed.call("auth.me", {}, session)).ok).toBe(true);
    clock.advance(2 * 3_600_000);
    const expired = await timed.call("auth.me", {}, session);
    await signIn(timed, "quality@cutr.example");
    const left = await timed.services.db
      .selectFrom("sessions")
      .select("expires_at")
      .execute();
    expect(
      left.every(
        (s) => s.expires_at > timed.services.clock.now().toISOString(),
      ),
    ).toBe(true);
    expect(expired.ok).toBe(false);
    if (!expired.ok) expect(expired.error.code).toBe("UNAUTHORIZED");
    await timed.close();
  });

  it("answers INTERNAL without leaking the fault", async () => {
    const session = await signIn(core);
    await sql`DROP TABLE order_items`.execute(core.services.db);
    const result = await core.call("orders.get", { id: 1 }, session);
    expect(result).toEqual({
      ok: false,
      error: {
        code: "INTERNAL",
        message: "Something went wrong on our side; it has been logged.",
      },
    });
  });
});
