// The settings dispatch reads: kept only while the server's notices of their changes are heard.
import { expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "../../electron/core/db/schema";
import {
  SettingsCache,
  type DispatchSettings,
} from "../../electron/core/settings/settings-cache";
import { fixedClock } from "../../electron/core/clock";
import { defaultPolicy } from "../../shared/policy";

const db = {} as Kysely<Database>;

function counted(fail = false) {
  let reads = 0;
  const clock = fixedClock("2026-11-22T09:00:00.000Z");
  const cache = new SettingsCache(clock, () => {
    reads++;
    return fail
      ? Promise.reject(new Error("server gone"))
      : Promise.resolve<DispatchSettings>({
          policy: { ...defaultPolicy, todoDueDays: reads },
          closingDays: new Set(),
        });
  });
  return { cache, clock, reads: () => reads };
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

it("keeps a read at most a minute, even when no notice comes", async () => {
  const { cache, clock, reads } = counted();
  cache.setHearing(true);
  await cache.read(db);
  clock.advance(59_999);
  await cache.read(db);
  expect(reads()).toBe(1);
  clock.advance(1);
  expect((await cache.read(db)).policy.todoDueDays).toBe(2);
});

it("forgets a read still under way when the settings change meanwhile", async () => {
  let release: (settings: DispatchSettings) => void = () => undefined;
  let reads = 0;
  const cache = new SettingsCache(
    fixedClock("2026-11-22T09:00:00.000Z"),
    () => {
      reads++;
      return new Promise<DispatchSettings>((resolve) => (release = resolve));
    },
  );
  cache.setHearing(true);
  const early = cache.read(db);
  cache.forget();
  const late = cache.read(db);
  expect(late).not.toBe(early);
  expect(reads).toBe(2);
  release({ policy: defaultPolicy, closingDays: new Set() });
  await late;
});
