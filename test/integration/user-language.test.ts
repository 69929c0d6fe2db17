// Each person's language: chosen once, kept with the user, and given back at every sign-in.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import type { User } from "../../shared/contract";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
beforeEach(async () => {
  ({ core } = await testCore());
});
afterEach(() => core.close());

describe("a user's language", () => {
  it("starts in English, is saved by the user and comes back at the next sign-in", async () => {
    const session = await signIn(core, "dispatcher@cutr.example");
    expect(
      valueOf<User>(await core.call("auth.me", {}, session)).language,
    ).toBe("en");
    const changed = valueOf<User>(
      await core.call("auth.setLanguage", { language: "nl" }, session),
    );
    expect(changed.language).toBe("nl");
    await core.call("auth.signOut", {}, session);
    const again = await signIn(core, "dispatcher@cutr.example");
    expect(valueOf<User>(await core.call("auth.me", {}, again)).language).toBe(
      "nl",
    );
  });

  it("refuses a language the console does not have, and a caller who is not signed in", async () => {
    const session = await signIn(core, "dispatcher@cutr.example");
    expect(
      await core.call("auth.setLanguage", { language: "fr" }, session),
    ).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(
      await core.call("auth.setLanguage", { language: "nl" }, null),
    ).toMatchObject({ ok: false, error: { code: "UNAUTHORIZED" } });
    expect(
      valueOf<User>(await core.call("auth.me", {}, session)).language,
    ).toBe("en");
  });

  it("changes only the caller's own language", async () => {
    const dispatcher = await signIn(core, "dispatcher@cutr.example");
    const admin = await signIn(core, "admin@cutr.example");
    valueOf(
      await core.call("auth.setLanguage", { language: "nl" }, dispatcher),
    );
    expect(valueOf<User>(await core.call("auth.me", {}, admin)).language).toBe(
      "en",
    );
  });
});
