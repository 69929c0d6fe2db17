// Where the desktop console keeps the team server it should use (Settings → Team database): the
// URL, password included, in the local secret store, read at the next start. CUTR_DATABASE_URL,
// when set, wins.
import type { TeamDatabaseView } from "../../../shared/contract";
import type { CoreServices } from "../context";
import { openPostgres, redactedUrl } from "../db/connect-postgres";
import { DatabaseTooNewError, migrateToLatest } from "../db/migrate";
import { checkServerReachable } from "../db/postgres-errors";
import { AppError } from "../errors";
import type { SecretStore } from "../secrets/secret-store";

export const teamDatabaseSecret = "team.databaseUrl";

/** The team server this console starts on: the environment's, else the one saved in Settings. */
export function teamDatabaseUrl(
  environment: string | undefined,
  secrets: SecretStore,
): string | undefined {
  return environment || secrets.get(teamDatabaseSecret) || undefined;
}

export function teamDatabaseView(services: CoreServices): TeamDatabaseView {
  const saved = services.secrets.get(teamDatabaseSecret);
  return {
    active: services.storage.kind === "team" ? "team" : "local",
    activeServer:
      services.storage.kind === "team" ? services.storage.label : null,
    saved: saved ? redactedUrl(saved) : null,
    fromEnvironment: Boolean(process.env.CUTR_DATABASE_URL),
    protection: services.secrets.protection,
  };
}

/** Saves the URL after checking the server answers and holds no newer schema (migrating it if empty or older). */
export async function saveTeamDatabase(
  services: CoreServices,
  url: string | null,
): Promise<TeamDatabaseView> {
  if (url) {
    let handle;
    try {
      handle = openPostgres(url);
    } catch (error) {
      throw new AppError("BAD_INPUT", (error as Error).message, {
        url: (error as Error).message,
      });
    }
    try {
      await checkServerReachable(handle);
      await migrateToLatest(handle);
    } catch (error) {
      const message =
        error instanceof DatabaseTooNewError
          ? error.message
          : (error as Error).message;
      throw new AppError("RULE", message, { url: message });
    } finally {
      await handle.close();
    }
  }
  services.secrets.set(teamDatabaseSecret, url);
  services.log.info(
    url
      ? `Team database saved for the next start: ${redactedUrl(url)}`
      : "Back to the local database at the next start.",
  );
  return teamDatabaseView(services);
}
