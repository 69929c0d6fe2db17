// The API-key pepper: the team service has it from CUTR_API_KEY_PEPPER, a console from its secret
// store (entered once by an admin). The first process to use it notes its fingerprint in the
// settings; a process with another pepper is told, since keys it made would never verify.
import type { Kysely } from "kysely";
import type { PepperState } from "../../../shared/contract";
import type { Database } from "../db/schema";
import { AppError } from "../errors";
import type { SecretStore } from "../secrets/secret-store";
import { readSetting } from "../settings/read-setting";
import { saveSetting } from "../settings/save-setting";
import { pepperFingerprint } from "./api-keys";

export const pepperSecret = "integration.pepper";
const fingerprintKey = "integration.pepperCheck";

export async function pepperState(
  db: Kysely<Database>,
  secrets: SecretStore,
): Promise<PepperState> {
  const pepper = secrets.get(pepperSecret);
  if (!pepper) return "missing";
  const noted = await readSetting(db, fingerprintKey);
  return noted === null || noted === pepperFingerprint(pepper)
    ? "ready"
    : "differs";
}

/** Checks a pepper against the fingerprint noted, noting it when none was. */
export async function checkPepper(
  db: Kysely<Database>,
  pepper: string,
  now: Date,
): Promise<void> {
  const noted = await readSetting(db, fingerprintKey);
  if (noted === null)
    await saveSetting(db, fingerprintKey, pepperFingerprint(pepper), {
      userId: null,
      at: now,
    });
  else if (noted !== pepperFingerprint(pepper))
    throw new AppError("RULE", { key: "errors:integrations.pepperDiffers" });
}

/** The pepper to hash keys and sign webhooks with; refused when missing or not the one noted. */
export async function usablePepper(
  db: Kysely<Database>,
  secrets: SecretStore,
  now: Date,
): Promise<string> {
  const pepper = secrets.get(pepperSecret);
  if (!pepper)
    throw new AppError("RULE", { key: "errors:integrations.pepperMissing" });
  await checkPepper(db, pepper, now);
  return pepper;
}
