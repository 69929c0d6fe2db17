// What a change did to a record, for its audit row: the fields that differ, before and after.

/** Who makes a change and when; `userId` is null for the console's own jobs. */
export interface ChangeBy {
  userId: number | null;
  now: Date;
  /** Said in the audit: "import" for rows that came from a file. */
  source?: "import";
}

/** JSON with every object's keys in one order: the same value always gives the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

/** The fields of `after` that differ from `before` (lists of codes compared as sets). */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {};
  const is: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const a = before[key];
    const b = after[key];
    const same =
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.every((x) => typeof x === "string") &&
      b.every((x) => typeof x === "string")
        ? [...a].sort().join("\u0000") === [...b].sort().join("\u0000")
        : canonical(a) === canonical(b);
    if (!same) {
      was[key] = a;
      is[key] = b;
    }
  }
  return { before: was, after: is };
}
