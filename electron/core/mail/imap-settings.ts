// The admin's mailbox settings: the IMAP server and the reply domain in the settings table, the
// password in the secret store (per console in team mode, like the SMTP password).
import type { Kysely } from "kysely";
import { ImapSettings, type ImapSettingsView } from "../../../shared/contract";
import { writeAudit } from "../audit/write-audit";
import {
  signedInUser,
  type CoreServices,
  type RequestContext,
} from "../context";
import type { Database } from "../db/schema";
import type { SecretStore } from "../secrets/secret-store";
import { readSetting } from "../settings/read-setting";
import { saveSetting } from "../settings/save-setting";

const key = "imap";
export const imapPasswordSecret = "imap.password";
const passwordName = imapPasswordSecret;
const lastReadKey = "imap.last_read";

export interface ImapConfig extends ImapSettings {
  password: string | null;
}

/** The mailbox settings without the password (which is this console's own). */
export async function loadImapSettings(
  db: Kysely<Database>,
): Promise<ImapSettings | null> {
  const value = await readSetting(db, key);
  return value === null ? null : ImapSettings.parse(value);
}

export async function loadImap(
  db: Kysely<Database>,
  secrets: SecretStore,
): Promise<ImapConfig | null> {
  const settings = await loadImapSettings(db);
  if (settings === null) return null;
  return { ...settings, password: secrets.get(passwordName) };
}

/** Whether this console reads the mailbox: reading is on and this console has the password. */
export const canReadWith = (config: ImapConfig) =>
  config.enabled && config.password !== null;

interface LastRead {
  at: string;
  error: string | null;
}

/** Notes when the mailbox was last read and what failed then, for Settings to show. */
export const noteMailboxRead = (
  db: Kysely<Database>,
  at: Date,
  error: string | null,
) =>
  saveSetting(
    db,
    lastReadKey,
    { at: at.toISOString(), error } satisfies LastRead,
    {
      userId: null,
      at,
    },
  );

export async function imapView(
  config: ImapConfig,
  services: Pick<CoreServices, "db" | "secrets" | "storage">,
): Promise<ImapSettingsView> {
  const { password, ...settings } = config;
  const lastRead = (await readSetting(
    services.db,
    lastReadKey,
  )) as LastRead | null;
  return {
    ...settings,
    passwordSet: password !== null,
    passwordProtection: services.secrets.protection,
    passwordPerConsole: services.storage.kind === "team",
    lastReadAt: lastRead?.at ?? null,
    lastError: lastRead?.error ?? null,
  };
}

export async function updateImap(
  context: RequestContext,
  settings: ImapSettings,
  password: string | null | undefined,
): Promise<ImapSettingsView> {
  const user = signedInUser(context);
  const now = context.clock.now();
  const before = await loadImap(context.db, context.secrets);
  await context.db.transaction().execute(async (trx) => {
    await saveSetting(trx, key, settings, { userId: user.id, at: now });
    await writeAudit(trx, {
      at: now,
      userId: user.id,
      action: "imap.updated",
      entity: "settings",
      entityId: null,
      orderId: null,
      before: before && { ...before, password: undefined },
      // Never the password itself: only whether it changed.
      after: { ...settings, passwordChanged: password !== undefined },
    });
  });
  if (password !== undefined) context.secrets.set(passwordName, password);
  const saved = await loadImap(context.db, context.secrets);
  if (!saved) throw new Error("The mailbox settings were not saved.");
  return imapView(saved, context);
}
