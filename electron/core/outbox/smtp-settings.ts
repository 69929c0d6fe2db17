// The admin's SMTP settings: the server in the settings table, the password in the secret store.
import type { Kysely } from "kysely";
import { SmtpSettings, type SmtpSettingsView } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import {
  signedInUser,
  type CoreServices,
  type RequestContext,
} from "../context";
import type { Database } from "../db/schema";
import type { SecretStore } from "../secrets/secret-store";
import { saveSetting } from "../settings/save-setting";
import { readSetting } from "../settings/read-setting";

const key = "smtp";
export const smtpPasswordSecret = "smtp.password";
const passwordName = smtpPasswordSecret;

export interface SmtpConfig extends SmtpSettings {
  password: string | null;
}

export async function loadSmtp(
  db: Kysely<Database>,
  secrets: SecretStore,
): Promise<SmtpConfig | null> {
  const value = await readSetting(db, key);
  if (value === null) return null;
  const settings = SmtpSettings.parse(value);
  return { ...settings, password: secrets.get(passwordName) };
}

export function viewOf(
  config: SmtpConfig,
  services: Pick<CoreServices, "secrets" | "storage">,
): SmtpSettingsView {
  const { password, ...settings } = config;
  return {
    ...settings,
    passwordSet: password !== null,
    passwordProtection: services.secrets.protection,
    passwordPerConsole: services.storage.kind === "team",
  };
}

/**
 * Whether this console sends the outbox: sending is on, and the console has what signing in to the
 * server takes. On a team's server the password is kept per console: one without it leaves the
 * emails to a console that has it, instead of failing them.
 */
export const canSendWith = (
  config: SmtpConfig,
  services: Pick<CoreServices, "storage">,
) =>
  config.enabled &&
  !(
    services.storage.kind === "team" &&
    config.user &&
    config.password === null
  );

export async function updateSmtp(
  context: RequestContext,
  settings: SmtpSettings,
  password: string | null | undefined,
): Promise<SmtpSettingsView> {
  const user = signedInUser(context);
  const now = context.clock.now();
  const before = await loadSmtp(context.db, context.secrets);
  await context.db.transaction().execute(async (trx) => {
    await saveSetting(trx, key, settings, { userId: user.id, at: now });
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "smtp.updated",
      entity: "settings",
      entityId: null,
      orderId: null,
      before: before && viewOf(before, context),
      // Never the password itself: only whether it changed.
      after: { ...settings, passwordChanged: password !== undefined },
    });
  });
  if (password !== undefined) context.secrets.set(passwordName, password);
  const saved = await loadSmtp(context.db, context.secrets);
  if (!saved) throw new Error("The SMTP settings were not saved.");
  return viewOf(saved, context);
}
