import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  CustomerRow,
  Page,
  PartnerDetail,
  PartnerRow,
} from "../../shared/contract";
import type { Core } from "../../electron/core/start-core";
import { signIn, smallDemo, testCore, valueOf } from "../fixtures/core";

let core: Core;
let session: string;

beforeAll(async () => {
  ({ core } = await testCore());
  session = await signIn(core, "accounts@cutr.example");
});
afterAll(() => core.close());

describe("partners", () => {
  it("lists partners by rating, unrated last, with a tier that fits the rating", async () => {
    const page = valueOf<Page<PartnerRow>>(
      await core.call(
        "partners.list",
        { limit: 100, sort: { column: "rating", direction: "desc" } },
        session,
      ),
    );
    expect(page.total).toBe(smallDemo.partners);
    const ratings = page.rows.map((p) => p.rating);
    const firstUnrated = ratings.indexOf(null);
    const rated = (
      firstUnrated === -1 ? ratings : ratings.slice(0, firstUnrated)
    ) as number[];
    expect(rated).toEqual([...rated].sort((a, b) => b - a));
    if (firstUnrated !== -1)
      expect(ratings.slice(firstUnrated).every((r) => r === null)).toBe(true);
    for (const p of page.rows) {
      if (p.rating === null) expect(p.tier).toBe("new");
      else if (p.rating >= 4.5) expect(p.tier).toBe("highly_rated");
      else if (p.rating >= 4) expect(p.tier).toBe("compliant");
      else expect(p.tier).toBe("lower");
    }
  });

  it("filters by tier and gets one partner with its capabilities and regions", async () => {
    const compliant = valueOf<Page<PartnerRow>>(
      await core.call(
        "partners.list",
        { filter: { tier: "compliant" } },
        session,
      ),
    );
    expect(compliant.rows.every((p) => p.tier === "compliant")).toBe(true);
    const id = compliant.rows[0]?.id ?? 1;
    const partner = valueOf<PartnerDetail>(
      await core.call("partners.get", { id }, session),
    );
    expect(partner.capabilities.length).toBeGreaterThan(0);
    expect(partner.regions.length).toBeGreaterThan(0);
  });

  it("lists customers by name, and the key accounts alone when asked", async () => {
    const page = valueOf<Page<CustomerRow>>(
      await core.call("customers.list", { limit: 100 }, session),
    );
    expect(page.total).toBe(smallDemo.customers);
    const names = page.rows.map((c) => c.name);
    expect(names).toEqual(
      [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const keyAccounts = valueOf<Page<CustomerRow>>(
      await core.call(
        "customers.list",
        { filter: { keyAccount: true } },
        session,
      ),
    );
    expect(keyAccounts.total).toBeGreaterThan(0);
    expect(keyAccounts.total).toBeLessThan(page.total);
    expect(keyAccounts.rows.every((c) => c.keyAccount)).toBe(true);
  });
});
