// Demo users, partners and customers: European names and addresses, with the characters
// (Ł, ø, ü, IJ) that every screen and slip must keep.
import {
  base,
  Faker,
  nl as nlLocale,
  fakerDA,
  fakerDE,
  fakerFR_BE,
  fakerNL,
  fakerNL_BE,
  fakerPL,
} from "@faker-js/faker";
import type { Capability, Region, Role } from "../../../../shared/domain";
import type { Random } from "./random";
import type { RowSink } from "./row-sink";
import {
  customerKinds,
  demoCapabilities as allCapabilities,
  demoRegions as allRegions,
  partnerTrades,
  products,
} from "./vocabulary";

export interface Address {
  street: string;
  postcode: string;
  city: string;
  country: string;
}

export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: "admin@cutr.example", name: "Anna de Vries", role: "admin" },
  {
    email: "dispatcher@cutr.example",
    name: "Daan Janssen",
    role: "dispatcher",
  },
  {
    email: "dispatcher2@cutr.example",
    name: "Fatima El Amrani",
    role: "dispatcher",
  },
  {
    email: "quality@cutr.example",
    name: "Sanne Bakker",
    role: "quality_reviewer",
  },
  {
    email: "accounts@cutr.example",
    name: "Ruben IJzerman",
    role: "account_manager",
  },
];

const localeOf: Record<string, { faker: Faker; country: string }> = {
  NL: { faker: fakerNL, country: "Netherlands" },
  BE: { faker: fakerNL_BE, country: "Belgium" },
  BE_FR: { faker: fakerFR_BE, country: "Belgium" },
  DE: { faker: fakerDE, country: "Germany" },
  PL: { faker: fakerPL, country: "Poland" },
  DK: { faker: fakerDA, country: "Denmark" },
};

/** Pools of addresses made once, so scale data does not call faker per order. */
export function addressPools(
  seed: number,
  perLocale: number,
): Record<string, Address[]> {
  const pools: Record<string, Address[]> = {};
  for (const [code, { faker, country }] of Object.entries(localeOf)) {
    faker.seed(seed + code.length * 7919 + code.charCodeAt(0));
    pools[code] = Array.from({ length: perLocale }, () => ({
      street: faker.location.streetAddress(),
      postcode: faker.location.zipCode(),
      city: faker.location.city(),
      country,
    }));
  }
  // Addresses that must survive every screen and slip exactly.
  pools.NL?.unshift(
    {
      street: "IJsselmeerdijk 12",
      postcode: "8251 PN",
      city: "Dronten",
      country: "Netherlands",
    },
    {
      street: "IJburglaan 1489",
      postcode: "1087 KL",
      city: "Amsterdam",
      country: "Netherlands",
    },
  );
  return pools;
}

export function localeForRegion(region: Region, random: Random): string {
  if (region === "DE-NW") return "DE";
  if (region === "BE-BRU") return random.chance(0.5) ? "BE_FR" : "BE";
  if (region === "BE-VAN") return "BE";
  return "NL";
}

/** Dutch provinces weighted like Cutr's order book: most work in the Randstad. */
export const regionWeights: [Region, number][] = [
  ["NL-NH", 24],
  ["NL-ZH", 20],
  ["NL-UT", 12],
  ["NL-NB", 9],
  ["NL-GE", 8],
  ["NL-OV", 4],
  ["NL-GR", 3],
  ["NL-FR", 2],
  ["NL-DR", 2],
  ["NL-FL", 3],
  ["NL-ZE", 1],
  ["NL-LI", 3],
  ["BE-VAN", 4],
  ["BE-BRU", 3],
  ["DE-NW", 2],
];

export function pickRegion(random: Random): Region {
  const total = regionWeights.reduce((n, [, w]) => n + w, 0);
  let roll = random.next() * total;
  for (const [region, weight] of regionWeights) {
    roll -= weight;
    if (roll < 0) return region;
  }
  return "NL-NH";
}

export interface DemoPartner {
  id: number;
  skill: number;
  /** Partners made recently have no history yet: they show as new. */
  joinedDaysAgo: number;
  capabilities: Set<Capability>;
  regions: Set<Region>;
  capacity: number;
  communication: "customer_chat_allowed" | "cutr_only";
  name: string;
  email: string;
}

const partnerShowcase = [
  { name: "Stolarnia Łódź Sp. z o.o.", locale: "PL" },
  { name: "Ørsted Snedkeri ApS", locale: "DK" },
  { name: "Schreinerei Müller GmbH", locale: "DE" },
  { name: "Houtwerk IJsselstein B.V.", locale: "NL" },
];

/**
 * The details a person enters since partners and customers are kept in the console (0013): a
 * contact person and the street address. Written only where the schema has them (the migration
 * tests seed databases as they were), from a faker of their own so the rest of the demo stays the
 * same as it was.
 */
export interface DemoDetails {
  enabled: boolean;
  contacts: Faker;
}

export function demoDetails(enabled: boolean, seed: number): DemoDetails {
  const contacts = new Faker({ locale: [nlLocale, base] });
  contacts.seed(seed);
  return { enabled, contacts };
}

export function makePartners(
  sink: RowSink,
  random: Random,
  pools: Record<string, Address[]>,
  count: number,
  nowMs: number,
  details: DemoDetails,
): DemoPartner[] {
  const partners: DemoPartner[] = [];
  for (let id = 1; id <= count; id++) {
    const showcase = partnerShowcase[id - 1];
    const locale =
      showcase?.locale ??
      (random.chance(0.8) ? "NL" : random.pick(["BE", "DE", "PL", "DK"]));
    const pool = pools[locale] ?? [];
    const address = pool[random.int(0, pool.length - 1)] as Address;
    const trade = partnerTrades[locale] ?? partnerTrades.NL;
    const lastName =
      (localeOf[locale] ?? localeOf.NL)?.faker.person.lastName() ?? "Bakker";
    const name =
      showcase?.name ??
      `${random.pick(trade.names)} ${lastName} ${random.pick(trade.forms)}`.trim();
    // A workshop specialises in a few kinds of product and has what they need, plus a little more.
    const capabilities = new Set<Capability>();
    const specialities = random.int(2, 5);
    for (let i = 0; i < specialities; i++)
      for (const c of random.pick(products).capabilities) capabilities.add(c);
    if (random.chance(0.5)) capabilities.add(random.pick(allCapabilities));
    const regions = new Set<Region>([pickRegion(random)]);
    const regionCount = random.int(2, 6);
    while (regions.size < regionCount) regions.add(random.pick(allRegions));
    // Skill spread so that every tier is well represented.
    const roll = random.next();
    const skill =
      roll < 0.3
        ? 4.6 + random.next() * 0.4
        : roll < 0.75
          ? 4.05 + random.next() * 0.5
          : 3.2 + random.next() * 0.8;
    const partner: DemoPartner = {
      id,
      skill,
      joinedDaysAgo: random.chance(0.08)
        ? random.int(5, 40)
        : random.int(400, 2000),
      capabilities,
      regions,
      capacity: random.int(3, 14),
      communication: random.chance(0.15)
        ? "cutr_only"
        : "customer_chat_allowed",
      name,
      email: `orders+p${id}@partners.cutr.example`,
    };
    partners.push(partner);
    sink.insert("partners", {
      id,
      name,
      email: partner.email,
      phone: random.faker.phone.number(),
      city: address.city,
      country: address.country,
      ...(details.enabled
        ? {
            contact_name: details.contacts.person.fullName(),
            street: address.street,
            postcode: address.postcode,
          }
        : {}),
      capacity: partner.capacity,
      active: random.chance(0.96) ? 1 : 0,
      communication: partner.communication,
      rating: null,
      tier: "new",
      created_at: new Date(
        nowMs - partner.joinedDaysAgo * 86_400_000,
      ).toISOString(),
    });
    for (const capability of capabilities)
      sink.insert("partner_capabilities", { partner_id: id, capability });
    for (const region of regions)
      sink.insert("partner_regions", { partner_id: id, region });
  }
  return partners;
}

export interface DemoCustomer {
  id: number;
  name: string;
  email: string;
  keyAccount: boolean;
  region: Region;
}

const customerShowcase = [
  "Hotel Ørsted Amsterdam",
  "Müller & Zwart Architecten",
  "Łukasz Nowak Interiors",
  "IJmond Kantoorinrichting",
];

export function makeCustomers(
  sink: RowSink,
  random: Random,
  pools: Record<string, Address[]>,
  count: number,
  nowMs: number,
  details: DemoDetails,
): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  const keyAccounts = Math.max(1, Math.round(count / 8));
  for (let id = 1; id <= count; id++) {
    const region = pickRegion(random);
    const pool = pools[localeForRegion(region, random)] ?? [];
    const address = pool[random.int(0, pool.length - 1)] as Address;
    const person = random.faker.person.lastName();
    const name =
      customerShowcase[id - 1] ??
      (random.chance(0.6)
        ? `${person} ${random.pick(customerKinds)}`
        : random.faker.person.fullName());
    const customer: DemoCustomer = {
      id,
      name,
      email: `contact+c${id}@customers.cutr.example`,
      keyAccount: id <= keyAccounts,
      region,
    };
    customers.push(customer);
    sink.insert("customers", {
      id,
      name,
      email: customer.email,
      phone: random.faker.phone.number(),
      city: address.city,
      country: address.country,
      ...(details.enabled
        ? { street: address.street, postcode: address.postcode }
        : {}),
      key_account: customer.keyAccount ? 1 : 0,
      created_at: new Date(
        nowMs - random.int(800, 2000) * 86_400_000,
      ).toISOString(),
    });
  }
  return customers;
}
