// Team mode: each console keeps the policy and closing days that dispatch reads, and forgets them
// the moment another console changes them (the server's notice, migration 0012).
import { addDays, format } from "date-fns";
import { expect, it, vi } from "vitest";
import type { Policy } from "../../../shared/policy";
import { assignedOrder } from "../../fixtures/assigned-order";
import { secondConsole, signIn, testNow, valueOf } from "../../fixtures/core";
import { teamDatabasePerTest } from "../../fixtures/team-database";

const team = teamDatabasePerTest();

it("keeps the dispatch settings, and uses another console's new policy and closing day within a second", async () => {
  const { core, url } = team;
  const cache = core.services.settingsCache;
  await vi.waitFor(() => expect(cache.keeping).toBe(true), { timeout: 5_000 });
  const kept = await cache.read(core.services.db);
  expect(await cache.read(core.services.db)).toBe(kept);

  const other = await secondConsole(url);
  try {
    const admin = await signIn(other, "admin@cutr.example");
    const policy = valueOf<Policy>(
      await other.call("settings.policy", {}, admin),
    );
    const todoDueDays = policy.todoDueDays + 2;
    valueOf(
      await other.call(
        "settings.updatePolicy",
        { policy: { ...policy, todoDueDays } },
        admin,
      ),
    );
    valueOf(
      await other.call(
        "calendar.addClosingDay",
        { date: "2026-12-24", name: "Kerstavond" },
        admin,
      ),
    );
    await vi.waitFor(
      async () => {
        const now = await cache.read(core.services.db);
        expect(now.policy.todoDueDays).toBe(todoDueDays);
        expect(now.closingDays.has("2026-12-24")).toBe(true);
      },
      { timeout: 1_000 },
    );

    // What a dispatcher at this console does next follows the new policy.
    const { orderId } = await assignedOrder(core, await signIn(core));
    const todos = await core.services.db
      .selectFrom("todos")
      .select("due_date")
      .where("order_id", "=", orderId)
      .execute();
    const due = format(addDays(new Date(testNow), todoDueDays), "yyyy-MM-dd");
    expect(new Set(todos.map((t) => t.due_date))).toEqual(new Set([due]));
  } finally {
    await other.close();
  }
});
