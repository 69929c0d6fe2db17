// A JSON list of codes kept in a text column (a key's scopes, a webhook's events), read back with
// the contract's enum: a code no longer known (an older version's) is left out, not trusted.
import type { z } from "zod";

export const storedCodes = <C extends string>(
  json: string,
  codes: z.ZodType<C>,
): C[] =>
  (JSON.parse(json) as unknown[]).flatMap((code) => {
    const parsed = codes.safeParse(code);
    return parsed.success ? [parsed.data] : [];
  });
