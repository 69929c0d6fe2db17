// API keys for integrations: `cutr_<prefix>_<secret>`, 256 random bits, shown once. The database
// keeps the prefix (to find the key, and to show staff which key is which) and an HMAC-SHA256 of
// the whole key made with the pepper, which lives outside the database (the service's
// CUTR_API_KEY_PEPPER, a console's secret store): a copy of the database alone verifies nothing.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const keyPattern = /^cutr_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewKey {
  key: string;
  prefix: string;
}

export function newApiKey(): NewKey {
  const prefix = randomBytes(6).toString("hex");
  return {
    key: `cutr_${prefix}_${randomBytes(32).toString("base64url")}`,
    prefix,
  };
}

/** The key's prefix, or null when the text is not shaped like a key at all. */
export function prefixOf(key: string): string | null {
  return keyPattern.exec(key)?.[1] ?? null;
}

export const hashApiKey = (pepper: string, key: string): string =>
  createHmac("sha256", pepper).update(key).digest("hex");

/** Compares in constant time: the answer's timing tells nothing about the stored hash. */
export function keyMatches(pepper: string, key: string, storedHash: string) {
  const given = Buffer.from(hashApiKey(pepper, key), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Says whether two processes hold the same pepper without either revealing it. */
export const pepperFingerprint = (pepper: string): string =>
  createHmac("sha256", pepper)
    .update("cutr api-key pepper check")
    .digest("hex")
    .slice(0, 32);
