// The settings dispatch reads: kept only while the server's notices of their changes are heard.
import { expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "../../electron/core/db/schema";
import {
  SettingsCache,
  type DispatchSettings,
} from "../../electron/core/settings/settings-cache";
import { defaultPolicy } from "../../shared/policy";

const db = {} as Kysely<Database>;

function counted(fail = false) {
  let reads = 0;
  const cache = new SettingsCache(() => {
    reads++;
    return fail
      ? Promise.reject(new Error("server gone"))
      : Promise.resolve<DispatchSettings>({
          policy: { ...defaultPolicy, todoDueDays: reads },
          closingDays: new Set(),
        });
  });
  return { cache, reads: () => reads };
}

it("reads anew each time while no notices are heard (a local database, or a lost connection)", async () => {
  const { cache, reads } = counted();
  await cache.read(db);
  await cache.read(db);
  expect(reads()).toBe(2);
  expect(cache.keeping).toBe(false);
});

it("keeps what it read while notices are heard, until one says the settings changed", async () => {
  const { cache, reads } = counted();
  cache.setHearing(true);
  const first = await cache.read(db);
  expect(await cache.read(db)).toBe(first);
  expect(reads()).toBe(1);
  cache.forget();
  expect((await cache.read(db)).policy.todoDueDays).toBe(2);
  // The connection is lost: nothing kept, and nothing kept until it is back.
  cache.setHearing(false);
  await cache.read(db);
  await cache.read(db);
  expect(reads()).toBe(4);
  cache.setHearing(true);
  expect((await cache.read(db)).policy.todoDueDays).toBe(5);
});

it("does not keep a failed read", async () => {
  const { cache, reads } = counted(true);
  cache.setHearing(true);
  await expect(cache.read(db)).rejects.toThrow("server gone");
  await expect(cache.read(db)).rejects.toThrow("server gone");
  expect(reads()).toBe(2);
});
