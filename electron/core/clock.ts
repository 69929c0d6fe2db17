// Time as the rules see it. Rules never call `new Date()`: they ask the clock, so tests and demos
// can freeze it (CUTR_NOW) or move it forward.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(
  instant: Date | string,
): Clock & { set(to: Date | string): void; advance(ms: number): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    set: (to) => {
      current = new Date(to);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** CUTR_NOW (an ISO instant) freezes the clock; unset, the system clock runs. */
export function clockFromEnvironment(value: string | undefined): Clock {
  if (!value) return systemClock;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(
      `CUTR_NOW must be an ISO-8601 instant such as 2026-11-22T09:00:00Z, not "${value}".`,
    );
  }
  return fixedClock(instant);
}
