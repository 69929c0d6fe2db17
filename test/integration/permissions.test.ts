// Every operation of the contract against every role: exactly the rights of DOMAIN.md's table,
// and hostile input of any shape answered with an envelope, never a crash, never a write.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../electron/core/start-core";
import { contract, type Method } from "../../shared/contract";
import { errorCodes } from "../../shared/errors";
import type { Role } from "../../shared/domain";
import { writeCounter } from "../fixtures/database-probes";
import { signIn, testCore } from "../fixtures/core";

/** DOMAIN.md, "People and permissions", written out again here on purpose. */
const rightsOf: Record<Role, string[]> = {
  dispatcher: [
    "see",
    "dispatch",
    "editSchedule",
    "moveStatus",
    "importFiles",
    "writeMessages",
    "pausePartners",
    "editOrders",
  ],
  quality_reviewer: ["see", "importFiles", "reviewPhotos", "writeMessages"],
  account_manager: [
    "see",
    "editSchedule",
    "moveStatus",
    "rate",
    "writeMessages",
    "editPartners",
    "pausePartners",
    "editCustomers",
    "editOrders",
  ],
  admin: [
    "see",
    "dispatch",
    "editSchedule",
    "moveStatus",
    "importFiles",
    "reviewPhotos",
    "rate",
    "writeMessages",
    "administer",
    "editPartners",
    "pausePartners",
    "editCustomers",
    "editOrders",
  ],
};
const emails: Record<Role, string> = {
  dispatcher: "dispatcher@cutr.example",
  quality_reviewer: "quality@cutr.example",
  account_manager: "accounts@cutr.example",
  admin: "admin@cutr.example",
};
const roles = Object.keys(rightsOf) as Role[];
const methods = Object.keys(contract) as Method[];

let core: Core;
const sessions = {} as Record<Role, string>;
let changes: () => Promise<number>;

beforeAll(async () => {
  ({ core } = await testCore());
  changes = await writeCounter(core);
  for (const role of roles) sessions[role] = await signIn(core, emails[role]);
});
afterAll(() => core.close());

describe("the permission table", () => {
  it("gives every role exactly its rights on every operation, and writes nothing when it refuses", async () => {
    for (const method of methods) {
      const access = contract[method].access;
      if (access === "public") continue;
      const before = await changes();
      expect(await core.call(method, {}, null), method).toMatchObject({
        ok: false,
        error: { code: "UNAUTHORIZED" },
      });
      expect(await changes(), `${method} without a session wrote`).toBe(before);
      for (const role of roles) {
        const allowed =
          access === "signedIn" || rightsOf[role].includes(access);
        // An input no operation accepts: the answer is about the caller or about the input.
        const start = await changes();
        const result = await core.call(method, { "": null }, sessions[role]);
        expect(result.ok, `${method} as ${role}`).toBe(false);
        const code = result.ok ? "" : result.error.code;
        expect(code, `${method} as ${role}`).toBe(
          allowed ? "BAD_INPUT" : "FORBIDDEN",
        );
        expect(await changes(), `${method} as ${role} wrote`).toBe(start);
      }
    }
  });
});

describe("hostile input", () => {
  it("gets an envelope for any input to any operation from any role, and no write when refused", async () => {
    const hostile = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.record({
        id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
        orderId: fc.oneof(
          fc.integer({ min: -5, max: 10_000 }),
          fc.constant(Number.MAX_SAFE_INTEGER),
        ),
        name: fc.oneof(
          fc.string(),
          fc.constant("../../etc/passwd"),
          fc.constant("a\u0000b"),
        ),
        dataBase64: fc.oneof(fc.base64String(), fc.string()),
        body: fc.anything({ maxDepth: 4 }),
        filter: fc.anything({ maxDepth: 2 }),
        limit: fc.oneof(fc.integer(), fc.constant(1e12), fc.constant(-1)),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.constantFrom(...roles, null),
        hostile,
        async (method, role, input) => {
          const before = await changes();
          const result = await core.call(
            method,
            input,
            role ? sessions[role] : null,
          );
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(result.error.code).not.toBe("INTERNAL");
            expect(typeof result.error.message).toBe("string");
            expect(await changes()).toBe(before);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
