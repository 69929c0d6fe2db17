// The dispatch words every refusal in the caller's language: the user's own once signed in, the
// language the sign-in screen reads before that. English stays as it always was.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { signIn, testCore, valueOf } from "../fixtures/core";

let core: Core;
let dutch: string;
let english: string;
beforeEach(async () => {
  ({ core } = await testCore());
  dutch = await signIn(core, "dispatcher@cutr.example");
  valueOf(await core.call("auth.setLanguage", { language: "nl" }, dutch));
  english = await signIn(core, "accounts@cutr.example");
});
afterEach(() => core.close());

const messageOf = async (answer: Promise<unknown>) =>
  ((await answer) as { error: { message: string } }).error.message;

describe("refusals in the caller's language", () => {
  it("a missing order", async () => {
    expect(
      await messageOf(core.call("orders.get", { id: 999_999 }, dutch)),
    ).toBe("Order 999999 bestaat niet.");
    expect(
      await messageOf(core.call("orders.get", { id: 999_999 }, english)),
    ).toBe("Order 999999 does not exist.");
  });

  it("a bad field, in zod's words for that language", async () => {
    expect(
      await messageOf(core.call("orders.get", { id: "seven" }, dutch)),
    ).toMatch(/^Ongeldig id: /);
    expect(
      await messageOf(core.call("orders.get", { id: "seven" }, english)),
    ).toMatch(/^Invalid id: /);
  });

  it("an operation the role may not call", async () => {
    const reviewer = await signIn(core, "quality@cutr.example");
    valueOf(await core.call("auth.setLanguage", { language: "nl" }, reviewer));
    expect(await messageOf(core.call("dispatch.assign", {}, reviewer))).toBe(
      "Een kwaliteitscontroleur mag dispatch.assign niet aanroepen.",
    );
    expect(await messageOf(core.call("dispatch.assign", {}, english))).toBe(
      "An account manager may not call dispatch.assign.",
    );
  });

  it("before sign-in, the language the sign-in screen reads", async () => {
    expect(
      await messageOf(
        core.call(
          "auth.signIn",
          { email: "nobody@cutr.example", password: "x", language: "nl" },
          null,
        ),
      ),
    ).not.toMatch(/^No active user|^That email/);
    expect(await messageOf(core.call("orders.get", { id: 1 }, null))).toBe(
      "Sign in first: the session is missing or has expired.",
    );
  });
});
