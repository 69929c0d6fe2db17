// The demo data's source of chance: faker's seeded generator, so a seed always gives the same data.
import {
  base,
  en,
  Faker,
  generateMersenne53Randomizer,
  nl,
} from "@faker-js/faker";

export interface Random {
  faker: Faker;
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Roughly normal noise with mean 0 and the given spread. */
  noise(spread: number): number;
}

export function seededRandom(seed: number): Random {
  const randomizer = generateMersenne53Randomizer(seed);
  const faker = new Faker({ locale: [nl, en, base], randomizer });
  const next = () => randomizer.next();
  return {
    faker,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) =>
      items[Math.floor(next() * items.length)] as (typeof items)[number],
    chance: (probability) => next() < probability,
    noise: (spread) => (next() + next() + next() - 1.5) * spread * 2,
  };
}
